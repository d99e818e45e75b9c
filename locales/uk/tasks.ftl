# Tasks, projects and office memos (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = Це підзавдання, тому вкажіть лише одного відповідального.
field-active_subtask = Основне завдання не можна закрити, поки одне з його підзавдань ще активне.

task-closed-automatically = Основне завдання закрито автоматично.
task-next-step-done = Виконано
deal-workflow-memo = Написано службову записку — { $name }

notice-memo-received = Ви отримали службову записку
notice-memo-subscribed = Ви підписані на службову записку
notice-memo-reviewed = Службову записку розглянуто
notice-work-responsible = Вас призначено відповідальним
notice-work-subscribed = Ви підписані на оновлення
