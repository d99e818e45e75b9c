# Ghi chú hiển thị bên cạnh một bản ghi đã được lưu hoặc mở mà không có lỗi nhưng cần chú ý.

warning-specify-products = Hãy chỉ định sản phẩm.
warning-country-not-specified = Yêu cầu chưa có quốc gia.
warning-counterparty-assigned = Đã tìm thấy đối tác được giao cho { $username }.
warning-lead-disqualified = Khách hàng tiềm năng này không đủ điều kiện! Vui lòng đọc phần mô tả.
warning-no-state-currency = Phải chỉ định tiền tệ quốc gia.
warning-no-marketing-currency = Phải chỉ định tiền tệ tiếp thị.
