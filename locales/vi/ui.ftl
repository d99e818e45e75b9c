# Các màn hình làm việc: điều hướng, danh sách, biểu mẫu, bảng lệnh và phím tắt.

## Common actions

action-new = Tạo { $entity } mới
action-cancel = Hủy
action-close = Đóng
action-retry = Thử lại
action-back-to = Quay lại { $list }

## Navigation

nav-label = Điều hướng chính
nav-home = Tổng quan
nav-pipeline = Quy trình bán hàng
nav-unknown = Màn hình này không tồn tại.
nav-pending = { $older } đang chờ từ những ngày trước, { $today } nhận hôm nay
nav-group-sales = Bán hàng
nav-group-customers = Khách hàng
nav-group-goods = Sản phẩm và tiền
nav-group-reference = Danh mục tham chiếu
nav-group-admin = Quản trị

## Lists

list-count = { $count } bản ghi
list-empty = Chưa có gì ở đây.
list-loading = Đang tải…
list-search-placeholder = Tìm trong danh sách này
list-mine = Chỉ của tôi
list-filters = Bộ lọc
list-views = Chế độ xem đã lưu
list-view-name = Tên chế độ xem
list-view-save = Lưu chế độ xem
list-view-delete = Xóa chế độ xem “{ $name }”
filter-any = Bất kỳ
filter-clear = Xóa bộ lọc

## Bulk actions

bulk-label = Thao tác trên các bản ghi đã chọn
bulk-selected = Đã chọn { $count }
bulk-select-all = Chọn tất cả bản ghi đã tải
bulk-select-row = Chọn { $name }
bulk-owner = Đổi người phụ trách
bulk-tag = Thêm thẻ
bulk-delete = Xóa mục đã chọn
bulk-progress = Đã xong { $done } / { $total }
bulk-failed = Bản ghi #{ $id }: { $message }

## Record form

record-save = Lưu
record-saving = Đang lưu…
record-saved = Đã lưu.
record-revert = Hoàn tác thay đổi của tôi
record-delete = Xóa
record-delete-confirm = Xóa bản ghi này? Bản ghi sẽ được chuyển vào thùng rác và có thể khôi phục.
picker-search = Nhập để tìm…
picker-clear = Bỏ lựa chọn
picker-remove = Gỡ { $name }

## History

history-title = Lịch sử
history-empty = Chưa có thay đổi nào được ghi lại.
history-unavailable = Không thể tải lịch sử.
history-system = Oriel CRM
history-action-create = Đã tạo
history-action-update = Đã thay đổi
history-action-delete = Đã xóa
history-action-restore = Đã khôi phục
history-action-merge = Đã gộp
history-action-purge = Đã xóa vĩnh viễn

## Edit conflicts

conflict-title = Người khác đã lưu bản ghi này trong khi bạn đang chỉnh sửa
conflict-explanation = Không có gì bạn đã nhập bị mất. Với mỗi trường khác nhau, hãy chọn giá trị cần giữ rồi lưu.
conflict-field = Trường
conflict-mine = Bạn đã nhập
conflict-stored = Người kia đã lưu
conflict-base = Khi bạn bắt đầu
conflict-all-mine = Giữ tất cả giá trị của tôi
conflict-all-stored = Lấy tất cả giá trị của họ
conflict-back = Quay lại biểu mẫu của tôi
conflict-apply = Lưu lựa chọn của tôi

## Workflows

workflow-request-to-deal = Chuyển thành giao dịch
workflow-open-deal = Mở giao dịch
workflow-lead-convert = Chuyển thành công ty và liên hệ
workflow-converted = Khách hàng tiềm năng đã được chuyển đổi
workflow-company-created = Đã tạo công ty mới:
workflow-company-found = Đã tìm thấy và dùng công ty hiện có:
workflow-contact-created = Đã tạo liên hệ mới:
workflow-contact-found = Đã tìm thấy và dùng liên hệ hiện có:
workflow-record-payment = Ghi nhận thanh toán
workflow-merge = Gộp bản trùng lặp
workflow-merge-title = Gộp bản ghi này vào một bản ghi khác
workflow-merge-explanation = Bản ghi này là bản trùng lặp: các bản ghi liên quan sẽ chuyển sang bản gốc, sau đó bản ghi này bị xóa.
workflow-merge-original = Bản ghi gốc
workflow-merge-confirm = Gộp vào bản gốc
workflow-transfer = Chuyển người phụ trách
workflow-transfer-title = Giao công ty này cho người phụ trách khác
workflow-transfer-explanation = Các liên hệ của công ty sẽ được chuyển theo.
workflow-transfer-owner = Người phụ trách mới
workflow-transfer-confirm = Chuyển

## Command palette and shortcuts

palette-open = Tìm kiếm hoặc chạy lệnh…
palette-shortcut = Ctrl K
palette-label = Bảng lệnh
palette-placeholder = Tìm bất kỳ bản ghi hoặc thao tác nào
palette-action = Thao tác
palette-nothing = Không tìm thấy gì.
palette-searching = Đang tìm…
palette-go = Đi tới { $area }
palette-theme = Đổi chủ đề màu
palette-language = Ngôn ngữ: { $language }
shortcut-title = Phím tắt
shortcut-palette = Mở bảng lệnh
shortcut-save = Lưu biểu mẫu đang mở
shortcut-new = Tạo bản ghi mới trong danh sách này
shortcut-search = Tìm trong danh sách này
shortcut-help = Hiển thị các phím tắt này
shortcut-go-requests = Đi tới yêu cầu
shortcut-go-deals = Đi tới giao dịch
shortcut-go-pipeline = Đi tới quy trình bán hàng
shortcut-go-companies = Đi tới công ty
shortcut-go-contacts = Đi tới liên hệ
shortcut-go-leads = Đi tới khách hàng tiềm năng
shortcut-list-move = Di chuyển trong danh sách và mở một hàng
shortcut-close = Đóng hộp thoại

## Theme and connection state

theme-switch = Chủ đề màu
theme-system = Chủ đề: theo hệ thống
theme-light = Chủ đề: sáng
theme-dark = Chủ đề: tối
offline-message = Không thể kết nối tới cơ sở dữ liệu. Nội dung bạn nhập vẫn được giữ; Oriel CRM sẽ thử lại sau mỗi vài giây.
offline-retry = Thử lại ngay

## Deal money

deal-money-amount = Giá trị giao dịch
deal-money-paid = Đã thanh toán
deal-money-expected = Còn phải thu

## Form sections

section-person = Thông tin cá nhân
section-reach = Cách liên lạc
section-place = Địa chỉ
section-classification = Phân loại
section-notes = Ghi chú
section-company = Công ty
section-ownership = Người phụ trách
section-inquiry = Thông tin yêu cầu
section-sender = Người gửi
section-matches = Bản ghi khớp
section-state = Trạng thái
section-deal = Giao dịch
section-money = Tài chính
section-counterparty = Khách hàng

## Trash

list-trash = Thùng rác
record-in-trash = Bản ghi này đang ở trong thùng rác.
record-restore = Khôi phục

## Notifications

notices-button = Thông báo
notices-open = Thông báo, { $count } chưa đọc
notices-title = Thông báo
notices-none = Không có thông báo nào.
notices-mark-all = Đánh dấu tất cả là đã đọc

## Overview tiles

today-title = Hôm nay
today-requests = Yêu cầu đang chờ xử lý
today-deals = Giao dịch đang mở của tôi
today-due = Bước tiếp theo của tôi đến hạn hôm nay hoặc đã quá hạn
notices-while-away = Trong lúc bạn vắng mặt
notices-include-own = Thông báo cả những yêu cầu tôi tự giao cho mình
