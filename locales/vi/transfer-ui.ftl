# Màn hình nhập và xuất (R-IMP-1, R-IMP-2): nhập bảng tính công ty, liên hệ và khách hàng tiềm năng,
# xuất bảng tính công ty, liên hệ, khách hàng tiềm năng và giao dịch.

nav-transfer = Nhập và xuất
transfer-description = Đưa bản ghi vào từ bảng tính, hoặc xuất bản ghi ra bảng tính.
transfer-entity = Loại bản ghi

## Import

import-heading = Nhập
import-hint = Tệp XLSX có hàng đầu tiên là tên các cột, giống như tệp đã xuất. Những hàng có bản ghi đã tồn tại sẽ được bỏ qua.
import-file = Tệp
import-start = Bắt đầu nhập
import-reading = Đang đọc tệp…
import-progress-label = Tiến độ nhập
import-progress-rows = { $done } / { $total } hàng
import-cancel = Hủy nhập
import-cancelling = Đang dừng sau hàng hiện tại…
import-failed = Không nhập được tệp.
import-report-heading = Kết quả nhập
import-report-found = Số hàng trong tệp
import-report-created = Đã tạo
import-report-skipped = Đã bỏ qua
import-report-failed = Thất bại
import-report-cancelled = Quá trình nhập đã bị hủy. Các hàng đã lưu trước đó được giữ lại; phần còn lại của tệp chưa được đọc.
import-report-complete = Đã đọc toàn bộ tệp.
import-report-messages = Các hàng bị bỏ qua và thất bại
import-row-skipped = Hàng { $row }, đã bỏ qua: { $message }
import-row-failed = Hàng { $row }, thất bại: { $message }

## Export

export-heading = Xuất
export-hint = Tệp chứa mọi bản ghi loại này do bạn phụ trách.
export-start = Xuất ra XLSX
export-working = Đang xuất…
export-ready = Đã xuất { $rows } bản ghi.
export-download = Lưu { $file }
