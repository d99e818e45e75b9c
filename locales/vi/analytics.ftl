# Văn bản của các báo cáo phân tích (DOMAIN.md §10).

analytics-funnel-total = Tổng số giao dịch đã đóng
analytics-income-title = Thu nhập hằng tháng (tổng số tiền của kỳ hiện tại: { $total } { $currency } ({ $delta }))
analytics-not-specified = Chưa xác định

# Các khoảng ngày đặt sẵn của bộ lọc ngày (R-ANL-9).
analytics-range-today = Hôm nay
analytics-range-past-7-days = 7 ngày qua
analytics-range-this-month = Tháng này
analytics-range-this-year = Năm nay
analytics-range-last-month = Tháng trước
analytics-range-first-half-of-year = Nửa đầu năm
analytics-range-nine-months-of-year = Chín tháng đầu năm
analytics-range-second-half-of-last-year = Nửa cuối năm trước
