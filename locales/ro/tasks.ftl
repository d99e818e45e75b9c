# Tasks, projects and office memos (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = Aceasta este o subsarcină, deci specificați un singur responsabil.
field-active_subtask = Sarcina principală nu poate fi închisă cât timp una dintre subsarcinile sale este încă activă.

task-closed-automatically = Sarcina principală a fost închisă automat.
task-next-step-done = Gata
deal-workflow-memo = A fost redactată nota internă – { $name }

notice-memo-received = Ați primit o notă internă
notice-memo-subscribed = Sunteți abonat la nota internă
notice-memo-reviewed = Nota internă a fost analizată
notice-work-responsible = Sunteți responsabil
notice-work-subscribed = Sunteți abonat
