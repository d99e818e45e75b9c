# Tasks, projects and office memos (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = This is a sub-task, so specify only one responsible.
field-active_subtask = The main task cannot be closed while one of its sub-tasks is still active.

task-closed-automatically = The main task is closed automatically.
task-next-step-done = Done
deal-workflow-memo = The office memo was written - { $name }

notice-memo-received = You received the office memo
notice-memo-subscribed = You are subscribed to the office memo
notice-memo-reviewed = The office memo has been reviewed
notice-work-responsible = You are responsible for it
notice-work-subscribed = You are subscribed to it
