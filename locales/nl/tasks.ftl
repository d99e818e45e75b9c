# Tasks, projects and office memos (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = Dit is een subtaak, dus geef maar één verantwoordelijke op.
field-active_subtask = De hoofdtaak kan niet worden gesloten zolang een van de subtaken nog actief is.

task-closed-automatically = De hoofdtaak is automatisch gesloten.
task-next-step-done = Klaar
deal-workflow-memo = Het interne memo is geschreven – { $name }

notice-memo-received = U hebt het interne memo ontvangen
notice-memo-subscribed = U bent geabonneerd op het interne memo
notice-memo-reviewed = Het interne memo is beoordeeld
notice-work-responsible = U bent hiervoor verantwoordelijk
notice-work-subscribed = U bent hierop geabonneerd
