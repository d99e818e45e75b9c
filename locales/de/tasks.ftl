# Aufgaben, Projekte und Aktennotizen (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = Dies ist eine Teilaufgabe, geben Sie daher nur einen Verantwortlichen an.
field-active_subtask = Die Hauptaufgabe kann nicht abgeschlossen werden, solange eine ihrer Teilaufgaben noch aktiv ist.

task-closed-automatically = Die Hauptaufgabe wurde automatisch abgeschlossen.
task-next-step-done = Erledigt
deal-workflow-memo = Die Aktennotiz wurde geschrieben - { $name }

notice-memo-received = Sie haben die Aktennotiz erhalten
notice-memo-subscribed = Sie haben die Aktennotiz abonniert
notice-memo-reviewed = Die Aktennotiz wurde geprüft
notice-work-responsible = Sie sind dafür verantwortlich
notice-work-subscribed = Sie haben es abonniert
