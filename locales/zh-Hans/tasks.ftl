# 任务、项目和内部备忘录（DOMAIN.md §6.2、§11）。

field-subtask_one_responsible = 这是子任务，只能指定一名负责人。
field-active_subtask = 仍有子任务在进行中，无法关闭主任务。

task-closed-automatically = 主任务已自动关闭。
task-next-step-done = 完成
deal-workflow-memo = 已撰写内部备忘录 - { $name }

notice-memo-received = 您收到了内部备忘录
notice-memo-subscribed = 您已订阅该内部备忘录
notice-memo-reviewed = 内部备忘录已审阅
notice-work-responsible = 您是负责人
notice-work-subscribed = 您已订阅
