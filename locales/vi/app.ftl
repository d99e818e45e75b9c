# Mọi chuỗi mà cửa sổ ứng dụng hiển thị. Các thông báo do phía Rust tạo nằm trong errors.ftl.

## Application shell

app-name = Oriel CRM
app-starting = Đang khởi động…
app-start-failed = Không thể khởi động Oriel CRM
app-start-retry = Thử lại
locale-switch-label = Ngôn ngữ
unexpected-error = Đã xảy ra sự cố không mong muốn. Vui lòng thử lại và khởi động lại Oriel CRM nếu sự cố vẫn tiếp diễn.

## Connect screen

connect-title = Chọn cơ sở dữ liệu
connect-intro = Oriel CRM lưu khách hàng, giao dịch và yêu cầu của bạn trong một cơ sở dữ liệu. Hãy bắt đầu ngay với cơ sở dữ liệu tích hợp trên máy tính này, hoặc kết nối tới máy chủ PostgreSQL hay MySQL của nhóm bạn.
connect-opening = Đang mở cơ sở dữ liệu…
connect-embedded-heading = Trên máy tính này
connect-embedded-description = Một tệp cơ sở dữ liệu riêng, dùng được ngay mà không cần thiết lập gì. Phù hợp nhất khi bạn làm việc một mình.
connect-embedded = Mở cơ sở dữ liệu tích hợp
connect-embedded-path = Tệp:
connect-saved-heading = Dùng gần đây
connect-saved-reopen = Mở lại
connect-server-heading = Trên máy chủ
connect-server-description = Dùng chung một CRM với nhóm của bạn. Mỗi người đăng nhập bằng tài khoản cơ sở dữ liệu của riêng mình.
server-url-label = Địa chỉ máy chủ
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = Ví dụ: postgres://anna@db.example.org:5432/crm hoặc mysql://anna@db.example.org:3306/crm
server-password-label = Mật khẩu
server-password-saved-hint = Để trống để dùng mật khẩu đã lưu trong chuỗi khóa của hệ thống.
remember-password-label = Ghi nhớ mật khẩu trong chuỗi khóa của hệ thống
connect-server = Kết nối tới máy chủ

## Home screen

home-title = Tổng quan
disconnect = Ngắt kết nối
connection-heading = Kết nối
connection-backend-label = Cơ sở dữ liệu
connection-location-label = Vị trí
schema-version-label = Phiên bản lược đồ
backend-sqlite = Cơ sở dữ liệu tích hợp (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installation settings

settings-heading = Cài đặt hệ thống
settings-description = Các cài đặt này áp dụng cho tất cả những ai làm việc với cơ sở dữ liệu này.
settings-loading = Đang tải cài đặt…
settings-load-retry = Thử lại
org-name-label = Tên tổ chức
vat-percent-label = Thuế GTGT (%)
vat-percent-hint = Tỷ lệ phần trăm từ 0 đến 100, ví dụ 19 hoặc 7,5.
mark-payments-label = Đánh dấu các khoản thanh toán qua văn phòng đại diện
mark-payments-hint = Cho phép đánh dấu “đã thanh toán qua văn phòng đại diện” trên mỗi khoản thanh toán.
check-shipment-dates-label = Kiểm tra ngày giao hàng
check-shipment-dates-hint = Đánh dấu các giao dịch chưa có ngày giao hàng theo hợp đồng hoặc đã quá ngày đó.
default-language-label = Ngôn ngữ mặc định
settings-save = Lưu cài đặt
settings-saving = Đang lưu…
settings-saved = Đã lưu cài đặt.
conflict-hint = Các giá trị của bạn vẫn còn trong biểu mẫu. Các giá trị hiện đang được lưu hiển thị bên cạnh.
conflict-use-stored = Dùng các giá trị đã lưu
conflict-save-mine = Vẫn lưu giá trị của tôi

## Stored values

stored-heading = Đã lưu trong cơ sở dữ liệu
stored-description = Các giá trị mà cơ sở dữ liệu trả về lần gần nhất.
stored-updated-at-label = Thay đổi lần cuối
value-yes = Có
value-no = Không
value-empty = (trống)
