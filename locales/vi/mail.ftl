# Email CRM (R-EMAIL): thông báo của trường, văn bản được thêm vào thư và những gì người dùng được báo.

field-not_allowed_address = Địa chỉ không được phép: { $address }
field-no_recipient = Không có người nhận
field-empty_letter = Vui lòng điền tiêu đề và nội dung thư.
field-no_sending_account = Để gửi thư, bạn cần có một tài khoản email được đánh dấu là tài khoản chính.
field-sent_from_crm = Thư này đã được gửi từ CRM; thư đã được lưu rồi.
field-not_an_inquiry = Chỉ email đến được đánh dấu là thư yêu cầu mới trở thành yêu cầu.

# R-EMAIL-9: kết thúc thư của một giao dịch hoặc yêu cầu; mã phiếu giúp giữ các thư trao đổi cùng nhau.
email-keep-ticket = Yêu cầu của bạn đã được cấp mã phiếu [ticket:{ $ticket }]. Vui lòng giữ mã này trong tiêu đề khi trả lời để chúng tôi có thể tìm ngay các thư trao đổi giữa hai bên.

# R-EMAIL-4: điều người gửi được báo và điều quy trình của giao dịch ghi lại.
email-sent-to = Email đã được gửi tới "{ $recipient }"
email-sent-to-cc = Email đã được gửi tới "{ $recipient }", "{ $cc }"
email-send-failed = Thất bại: { $error }
# R-DEAL-6, R-EMAIL-10: dòng trong quy trình của giao dịch khi nhận được email.
email-received-from = Đã nhận email từ "{ $sender }"

# R-EMAIL-5: phần đầu phía trên thư được trích dẫn hoặc chuyển tiếp.
email-reply-header = Vào { $date }, { $sender } đã viết:
email-forward-header =
    ---------- Thư được chuyển tiếp ----------
    Từ: { $sender }
    Ngày: { $date }
    Tiêu đề: { $subject }
    Tới: { $to }

# R-EMAIL-11: ghi chú của danh sách hộp thư đi.
email-outbox-note = Xin lưu ý rằng đây là danh sách các email chưa gửi.
