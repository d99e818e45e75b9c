# CRM 이메일 (R-EMAIL): 필드 메시지, 메일에 덧붙는 텍스트, 사용자에게 알리는 내용.

field-not_allowed_address = 허용되지 않는 주소: { $address }
field-no_recipient = 받는 사람 없음
field-empty_letter = 메일의 제목과 본문을 입력하세요.
field-no_sending_account = 메시지를 보내려면 기본으로 지정된 이메일 계정이 있어야 합니다.
field-sent_from_crm = 이 메시지는 CRM에서 보낸 것이며 이미 저장되어 있습니다.
field-not_an_inquiry = 문의로 표시된 받은 이메일만 요청이 됩니다.

# R-EMAIL-9: 거래나 요청의 메일 끝에 붙습니다. 티켓으로 주고받은 메일을 한데 묶습니다.
email-keep-ticket = 고객님의 요청에 티켓 [ticket:{ $ticket }]이(가) 부여되었습니다. 주고받은 메일을 바로 찾을 수 있도록 회신하실 때 제목에 이 티켓을 그대로 남겨 주세요.

# R-EMAIL-4: 보낸 사람에게 알리는 내용과 거래 워크플로에 기록되는 내용.
email-sent-to = 이메일을 "{ $recipient }"에게 보냈습니다
email-sent-to-cc = 이메일을 "{ $recipient }", "{ $cc }"에게 보냈습니다
email-send-failed = 실패: { $error }
# R-DEAL-6, R-EMAIL-10: 받은 이메일에 대한 거래 워크플로 줄.
email-received-from = "{ $sender }"에게서 이메일을 받았습니다

# R-EMAIL-5: 인용하거나 전달한 메일 위에 붙는 머리글.
email-reply-header = { $date }에 { $sender } 님이 작성:
email-forward-header =
    ---------- 전달된 메시지 ----------
    보낸 사람: { $sender }
    날짜: { $date }
    제목: { $subject }
    받는 사람: { $to }

# R-EMAIL-11: 보낼 편지함 목록의 안내.
email-outbox-note = 보내지 않은 이메일 목록입니다.
