# Tasks, projects and office memos (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = Это подзадача, поэтому укажите только одного ответственного.
field-active_subtask = Основную задачу нельзя закрыть, пока одна из её подзадач ещё активна.

task-closed-automatically = Основная задача закрыта автоматически.
task-next-step-done = Выполнено
deal-workflow-memo = Написана служебная записка — { $name }

notice-memo-received = Вы получили служебную записку
notice-memo-subscribed = Вы подписаны на служебную записку
notice-memo-reviewed = Служебная записка рассмотрена
notice-work-responsible = Вы назначены ответственным
notice-work-subscribed = Вы подписаны на обновления
