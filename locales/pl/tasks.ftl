# Tasks, projects and office memos (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = To jest podzadanie, więc wskaż tylko jedną osobę odpowiedzialną.
field-active_subtask = Zadania głównego nie można zamknąć, dopóki jedno z jego podzadań jest nadal aktywne.

task-closed-automatically = Zadanie główne zostało zamknięte automatycznie.
task-next-step-done = Gotowe
deal-workflow-memo = Napisano notatkę służbową – { $name }

notice-memo-received = Masz nową notatkę służbową
notice-memo-subscribed = Subskrybujesz notatkę służbową
notice-memo-reviewed = Notatka służbowa została rozpatrzona
notice-work-responsible = Jesteś osobą odpowiedzialną
notice-work-subscribed = Subskrybujesz powiadomienia
