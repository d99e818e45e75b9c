# Tên của dữ liệu tham chiếu có sẵn (giai đoạn, lý do đóng, loại khách hàng, ngành, nguồn khách hàng
# tiềm năng, phòng ban, vai trò) theo từng ngôn ngữ. Mã là `refname-` cộng với tên đã lưu viết thường,
# trong đó mỗi chuỗi ký tự khác được thay bằng một dấu gạch nối. Tên do người dùng nhập được hiển thị như đã nhập.

## Departments

refname-global-sales = Kinh doanh quốc tế
refname-local-sales = Kinh doanh trong nước
refname-bookkeeping = Kế toán

## Roles

refname-managers = Quản lý
refname-operators = Nhân viên vận hành
refname-superoperators = Nhân viên vận hành cấp cao
refname-chiefs = Lãnh đạo
refname-accountants = Kế toán viên
refname-task-operators = Nhân viên xử lý công việc
refname-co-workers = Đồng nghiệp
refname-department-heads = Trưởng phòng

## Deal stages

refname-request = Yêu cầu
refname-analysis-of-request = Phân tích yêu cầu
refname-clarification-of-the-requirements = Làm rõ nhu cầu
refname-price-offer = Báo giá
refname-commercial-proposal = Đề xuất thương mại
refname-commercial-offer = Chào hàng thương mại
refname-agreement = Thỏa thuận
refname-invoice = Hóa đơn
refname-receiving-the-first-payment = Nhận khoản thanh toán đầu tiên
refname-shipment = Giao hàng
refname-closed-successful = Đã đóng (thành công)

## Closing reasons

refname-the-client-is-not-responding = Khách hàng không phản hồi
refname-specifications-are-not-suitable = Thông số kỹ thuật không phù hợp
refname-the-deal-was-closed-successfully = Giao dịch đã đóng thành công
refname-purchase-postponed = Hoãn mua hàng
refname-the-price-is-not-competitive = Giá không cạnh tranh

## Client types

refname-distributor = Nhà phân phối
refname-dealer = Đại lý
refname-reseller = Nhà bán lại
refname-end-customer = Khách hàng cuối
refname-competitor = Đối thủ cạnh tranh

## Industries

refname-railway = Đường sắt
refname-aviation = Hàng không
refname-oil-gas = Dầu khí
refname-power-generation = Phát điện
refname-metallurgy = Luyện kim
refname-shipbuilding = Đóng tàu
refname-automotive-industry = Công nghiệp ô tô
refname-capital-construction = Xây dựng cơ bản
refname-service-companies = Công ty dịch vụ
refname-educational-institutions = Cơ sở giáo dục
refname-welders = Thợ hàn
refname-pipelines = Đường ống
refname-pipe-production = Sản xuất ống
refname-mining = Khai khoáng

## Lead sources

refname-website-form = Biểu mẫu trên trang web
refname-website-email = Email từ trang web
refname-exhibition = Triển lãm
refname-website-form-iframe = Biểu mẫu trên trang web (iframe)

## Other

refname-technical-and-commercial-offer = Chào hàng kỹ thuật và thương mại
