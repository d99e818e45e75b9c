# Văn bản mà CRM thay mặt người dùng ghi vào bản ghi, bằng ngôn ngữ của người dùng đó.

deal-first-next-step = Thiết lập liên hệ đầu tiên với khách hàng.
deal-workflow-request = Yêu cầu
deal-product-shipped = Sản phẩm đã được giao đi.
