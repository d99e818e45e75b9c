# Nhập và xuất công ty, liên hệ và khách hàng tiềm năng (R-IMP-1, R-IMP-2): một dòng kết quả cho mỗi
# hàng bị bỏ qua hoặc bị lỗi trong bảng tính được nhập.

import-already-exists = Đã tồn tại: { $name } ({ $country })
import-already-exists-nowhere = Đã tồn tại: { $name }
import-invalid-email = Không có địa chỉ email hợp lệ: { $name }
import-company-not-found = Không tìm thấy công ty: { $name }
import-row-refused = { $column }: { $message }
