# 알림과 알림 이메일 (DOMAIN.md §14). 받는 사용자의 언어로 표시됩니다.

notice-request-received = 요청을 받았습니다
notice-request-co-owner = 이 요청의 공동 담당자입니다
notice-deal-received = 거래를 받았습니다
notice-deal-co-owner = 이 거래의 공동 담당자입니다
notice-product-shipped = 제품이 출하되었습니다.
notice-reminder = CRM 알림: { $subject }
notice-no-email-address = { $username } 님에게 이메일 주소가 없어 이메일 “{ $subject }”을(를) 전달하지 못했습니다. 해당 사용자에 주소를 추가하세요.

# R-NOTIF-5: 관리자에게 알리는 내용.
admin-notice-invalid-web-form = 알 수 없거나 잘못된 양식 토큰으로 웹 양식이 제출되었습니다.
admin-notice-unknown-country = 국가 이름을 인식하지 못했습니다.
admin-notice-rate-provider = 환율을 불러올 수 없습니다.
admin-notice-mailbox = 메일함을 읽거나 발송에 사용할 수 없습니다.
admin-notice-massmail-account = 대량 메일 계정에 오류가 발생했습니다.
admin-notice-import = 가져오기에 실패했습니다.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = 새 요청이 배정되었습니다
announce-request-co-owner = 이제 요청의 공동 담당자입니다
announce-while-away-title = 부재 중: { $title }
announce-request-body = { $request } — { $by } 님이 배정
announce-while-away = 부재 중
announce-while-away-count =
    { $count ->
       *[other] 요청 { $count }건이 배정되었습니다.
    }
announce-open = 열기
