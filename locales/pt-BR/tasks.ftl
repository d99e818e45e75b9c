# Tarefas, projetos e memorandos internos (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = Esta é uma subtarefa, então informe apenas um responsável.
field-active_subtask = A tarefa principal não pode ser encerrada enquanto uma de suas subtarefas ainda estiver ativa.

task-closed-automatically = A tarefa principal é encerrada automaticamente.
task-next-step-done = Concluído
deal-workflow-memo = O memorando interno foi redigido - { $name }

notice-memo-received = Você recebeu o memorando interno
notice-memo-subscribed = Você está inscrito no memorando interno
notice-memo-reviewed = O memorando interno foi revisado
notice-work-responsible = Você é o responsável
notice-work-subscribed = Você está inscrito
