# Bảng quy trình bán hàng: mỗi giai đoạn giao dịch là một cột, các thẻ di chuyển giữa các cột.

pipeline-with-closed = Hiện giao dịch đã đóng
pipeline-department = Phòng ban
pipeline-no-stages = Phòng ban này chưa có giai đoạn giao dịch nào.
# $stage là tên giai đoạn, $count là số giao dịch, $amount là tổng của cột kèm tiền tệ.
pipeline-column-label = { $stage }: { $count } giao dịch, { $amount }
# $shown là $count được định dạng theo ngôn ngữ của người đọc.
pipeline-column-deals = { $shown } giao dịch
pipeline-column-empty = Không có giao dịch nào ở giai đoạn này.
pipeline-load-more = Hiện thêm
pipeline-no-amount = Chưa có số tiền
pipeline-next-step = Bước tiếp theo: { $date }
pipeline-move-label = Chuyển “{ $deal }” sang giai đoạn
pipeline-moved = Đã chuyển “{ $deal }” sang “{ $stage }”.
pipeline-closed = “{ $deal }” đã đóng.
pipeline-conflict = Trong lúc đó, người khác đã thay đổi “{ $deal }”. Thẻ hiện hiển thị phiên bản đã lưu; hãy chuyển lại nếu vẫn cần.

## Closing a deal by moving it

pipeline-close-title = Đóng giao dịch
pipeline-close-explanation = Chuyển “{ $deal }” sang “{ $stage }” sẽ đóng giao dịch. Vì sao giao dịch được đóng?
pipeline-close-reason = Lý do đóng
pipeline-close-no-reason = Phòng ban này chưa có lý do đóng nào cho giai đoạn này. Quản trị viên có thể thêm trong danh mục lý do đóng.
pipeline-close-confirm = Đóng giao dịch
