# Thư hàng loạt (DOMAIN.md §12) và biểu mẫu web (R-REQ-13, R-REQ-14): từ chối, thông báo và các dòng
# mà CRM ghi vào báo cáo gửi thư.

field-no_mailing_account = Không có tài khoản email nào dùng được để gửi thư hàng loạt. Vui lòng liên hệ quản trị viên.
field-mixed_owners = Vui lòng chỉ chọn những người nhận có cùng người phụ trách.
field-no_recipients = Kết quả không phù hợp: không có người nhận! Hãy chọn lại.
field-no_main_account = Vui lòng thêm tài khoản email chính của bạn trước.
field-two_accounts_needed = Cần ít nhất hai tài khoản email của bạn để gửi thư thử nghiệm.
field-mailings_differ = Chỉ có thể gộp các đợt gửi có cùng người phụ trách, loại người nhận và nội dung thư.
field-after_later_than_before = Ngày bắt đầu không được muộn hơn ngày kết thúc.

massmail-untitled = Không có tiêu đề
massmail-united = (đã gộp)
massmail-unsubscribed-excluded = Những người dùng đã hủy đăng ký đã bị loại khỏi danh sách gửi thư.
massmail-no-weekend-sending = Xin lưu ý rằng thư hàng loạt không được gửi vào thứ Sáu, thứ Bảy và Chủ nhật.
massmail-no-account-paused = Bạn không có tài khoản email nào dùng được để gửi thư hàng loạt.
massmail-vip-only = Tài khoản gửi thư duy nhất của bạn là tài khoản chính: đợt gửi này chỉ có thể đến được người nhận VIP.
massmail-default-unsubscribe-url = Liên kết hủy đăng ký vẫn dẫn tới địa chỉ mặc định. Vui lòng nhờ quản trị viên đặt địa chỉ riêng của bạn.
massmail-done = { $date } Đã hoàn tất thành công.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } Tài khoản { $account } bị từ chối: { $reason }
massmail-excluded = Số người nhận bị loại: { $count }.
massmail-test-sent = Đã gửi thư thử nghiệm tới { $count } tài khoản của bạn.
massmail-account-refused-subject = Thư hàng loạt: tài khoản { $account } đã bị tắt
massmail-account-refused-text = Máy chủ thư đã từ chối tài khoản { $account } ({ $sender }): { $reason }. Các đợt gửi của tài khoản này đã được đánh dấu là thất bại.

webform-thanks = Kính gửi { $name }, cảm ơn bạn đã gửi yêu cầu!
webform-invalid-subject = Biểu mẫu web: dữ liệu không hợp lệ
webform-invalid-text = Một biểu mẫu web đã được gửi với dữ liệu không hợp lệ.
webform-unknown-source-subject = Biểu mẫu web: nguồn khách hàng tiềm năng không xác định
webform-unknown-source-text = Một biểu mẫu web đã được gửi với mã nguồn khách hàng tiềm năng không khớp với nguồn nào.
webform-country-error-subject = Lỗi tên quốc gia.
webform-country-error-text = Một biểu mẫu web đã nêu một quốc gia mà CRM không biết: { $country }
webform-inquiry-content =
    Tên: { $name }
    Điện thoại: { $phone }
    Email: { $email }
    Công ty: { $company }
    Lời nhắn: { $message }
