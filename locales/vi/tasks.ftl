# Công việc, dự án và bản ghi nhớ nội bộ (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = Đây là công việc con, vì vậy chỉ chỉ định một người chịu trách nhiệm.
field-active_subtask = Không thể đóng công việc chính khi vẫn còn công việc con đang hoạt động.

task-closed-automatically = Công việc chính đã được tự động đóng.
task-next-step-done = Xong
deal-workflow-memo = Đã viết bản ghi nhớ nội bộ - { $name }

notice-memo-received = Bạn đã nhận được bản ghi nhớ nội bộ
notice-memo-subscribed = Bạn đã đăng ký theo dõi bản ghi nhớ nội bộ này
notice-memo-reviewed = Bản ghi nhớ nội bộ đã được xem xét
notice-work-responsible = Bạn là người chịu trách nhiệm
notice-work-subscribed = Bạn đã đăng ký theo dõi
