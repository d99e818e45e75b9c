# 대량 메일 (DOMAIN.md §12)과 웹 양식 (R-REQ-13, R-REQ-14): 거부, 안내, 그리고 CRM이
# 발송 보고서에 기록하는 줄.

field-no_mailing_account = 대량 메일에 사용할 수 있는 메일 계정이 없습니다. 관리자에게 문의하세요.
field-mixed_owners = 담당자가 같은 받는 사람만 선택하세요.
field-no_recipients = 받는 사람이 없습니다. 다른 조건으로 다시 선택하세요.
field-no_main_account = 먼저 기본 이메일 계정을 추가하세요.
field-two_accounts_needed = 테스트 메시지를 보내려면 메일 계정이 두 개 이상 필요합니다.
field-mailings_differ = 담당자, 받는 사람 유형, 메시지가 같은 발송만 병합할 수 있습니다.
field-after_later_than_before = 시작일은 종료일보다 늦을 수 없습니다.

massmail-untitled = 제목 없음
massmail-united = (병합됨)
massmail-unsubscribed-excluded = 수신 거부한 사용자는 발송 목록에서 제외되었습니다.
massmail-no-weekend-sending = 금요일, 토요일, 일요일에는 대량 메일이 발송되지 않습니다.
massmail-no-account-paused = 대량 메일에 사용할 수 있는 이메일 계정이 없습니다.
massmail-vip-only = 발송에 사용할 수 있는 계정이 기본 계정뿐이므로 이 발송은 VIP 받는 사람에게만 전달됩니다.
massmail-default-unsubscribe-url = 수신 거부 링크가 아직 기본 주소로 연결됩니다. 관리자에게 자체 주소를 설정해 달라고 요청하세요.
massmail-done = { $date } 성공적으로 완료되었습니다.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } { $account } 계정이 거부되었습니다: { $reason }
massmail-excluded = 제외된 받는 사람 수: { $count }.
massmail-test-sent = 내 계정 { $count }개로 테스트 메시지를 보냈습니다.
massmail-account-refused-subject = 대량 메일: { $account } 계정이 비활성화되었습니다
massmail-account-refused-text = 메일 서버가 { $account } ({ $sender }) 계정을 거부했습니다: { $reason }. 이 계정의 발송은 실패로 표시되었습니다.

webform-thanks = { $name } 님, 요청해 주셔서 감사합니다!
webform-invalid-subject = 웹 양식: 잘못된 데이터
webform-invalid-text = 잘못된 데이터로 웹 양식이 제출되었습니다.
webform-unknown-source-subject = 웹 양식: 알 수 없는 리드 소스
webform-unknown-source-text = 어떤 리드 소스와도 일치하지 않는 리드 소스 토큰으로 웹 양식이 제출되었습니다.
webform-country-error-subject = 국가 이름 오류.
webform-country-error-text = 웹 양식에 CRM이 알지 못하는 국가가 입력되었습니다: { $country }
webform-inquiry-content =
    이름: { $name }
    전화번호: { $phone }
    이메일: { $email }
    회사: { $company }
    메시지: { $message }
