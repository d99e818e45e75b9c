# Tasks, projects and office memos (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = Jde o dílčí úkol, proto uveďte pouze jednoho odpovědného.
field-active_subtask = Hlavní úkol nelze uzavřít, dokud je některý z jeho dílčích úkolů stále aktivní.

task-closed-automatically = Hlavní úkol byl automaticky uzavřen.
task-next-step-done = Hotovo
deal-workflow-memo = Bylo sepsáno interní sdělení – { $name }

notice-memo-received = Obdrželi jste interní sdělení
notice-memo-subscribed = Odebíráte interní sdělení
notice-memo-reviewed = Interní sdělení bylo posouzeno
notice-work-responsible = Jste odpovědnou osobou
notice-work-subscribed = Odebíráte oznámení
