# Thông báo và email thông báo (DOMAIN.md §14), bằng ngôn ngữ của người dùng nhận chúng.

notice-request-received = Bạn đã nhận được yêu cầu
notice-request-co-owner = Bạn là người đồng phụ trách yêu cầu này
notice-deal-received = Bạn đã nhận được giao dịch
notice-deal-co-owner = Bạn là người đồng phụ trách giao dịch này
notice-product-shipped = Sản phẩm đã được giao đi.
notice-reminder = Nhắc nhở CRM: { $subject }
notice-no-email-address = { $username } không có địa chỉ email nên email “{ $subject }” đã không đến được với họ. Hãy thêm địa chỉ cho người dùng này.

# R-NOTIF-5: điều quản trị viên được báo.
admin-notice-invalid-web-form = Một biểu mẫu web đã được gửi với mã biểu mẫu không xác định hoặc không hợp lệ.
admin-notice-unknown-country = Không nhận dạng được một tên quốc gia.
admin-notice-rate-provider = Không thể tải tỷ giá hối đoái.
admin-notice-mailbox = Không thể đọc một hộp thư hoặc dùng nó để gửi thư.
admin-notice-massmail-account = Một tài khoản gửi thư hàng loạt đã gặp lỗi.
admin-notice-import = Một lần nhập dữ liệu đã thất bại.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = Bạn được giao một yêu cầu mới
announce-request-co-owner = Bạn hiện là đồng phụ trách một yêu cầu
announce-while-away-title = Trong lúc bạn vắng mặt: { $title }
announce-request-body = { $request } — do { $by } giao
announce-while-away = Trong lúc bạn vắng mặt
announce-while-away-count =
    { $count ->
       *[other] Bạn được giao { $count } yêu cầu.
    }
announce-open = Mở
