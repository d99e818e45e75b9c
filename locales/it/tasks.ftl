# Attività, progetti e note di servizio (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = Questa è una sottoattività: specifica un solo responsabile.
field-active_subtask = L’attività principale non può essere chiusa finché una delle sue sottoattività è ancora attiva.

task-closed-automatically = L’attività principale viene chiusa automaticamente.
task-next-step-done = Fatto
deal-workflow-memo = È stata redatta la nota di servizio - { $name }

notice-memo-received = Hai ricevuto la nota di servizio
notice-memo-subscribed = Sei iscritto alla nota di servizio
notice-memo-reviewed = La nota di servizio è stata esaminata
notice-work-responsible = Ne sei responsabile
notice-work-subscribed = Sei iscritto
