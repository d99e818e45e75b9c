# Tareas, proyectos y memorandos internos (DOMAIN.md §6.2, §11).

field-subtask_one_responsible = Esta es una subtarea, así que indique un solo responsable.
field-active_subtask = La tarea principal no se puede cerrar mientras una de sus subtareas siga activa.

task-closed-automatically = La tarea principal se cierra automáticamente.
task-next-step-done = Hecho
deal-workflow-memo = Se redactó el memorando interno - { $name }

notice-memo-received = Ha recibido el memorando interno
notice-memo-subscribed = Está suscrito al memorando interno
notice-memo-reviewed = El memorando interno se ha revisado
notice-work-responsible = Usted es el responsable
notice-work-subscribed = Está suscrito
