# Tâches, projets et notes de service (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = Ceci est une sous-tâche : indiquez un seul responsable.
field-active_subtask = La tâche principale ne peut pas être close tant que l’une de ses sous-tâches est encore active.

task-closed-automatically = La tâche principale est close automatiquement.
task-next-step-done = Terminé
deal-workflow-memo = La note de service a été rédigée - { $name }

notice-memo-received = Vous avez reçu la note de service
notice-memo-subscribed = Vous êtes abonné à la note de service
notice-memo-reviewed = La note de service a été examinée
notice-work-responsible = Vous en êtes responsable
notice-work-subscribed = Vous y êtes abonné
