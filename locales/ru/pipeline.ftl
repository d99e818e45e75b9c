# The deal pipeline board: one column per deal stage, cards that move between them.

pipeline-with-closed = Показывать закрытые сделки
pipeline-department = Отдел
pipeline-no-stages = У этого отдела пока нет этапов сделок.
# $stage is the stage's name, $count the number of deals, $amount the column's total with its currency.
pipeline-column-label = { $stage }: { $count ->
        [one] { $count } сделка
        [few] { $count } сделки
        [many] { $count } сделок
       *[other] { $count } сделки
    }, { $amount }
# $shown is $count formatted for the reader's language.
pipeline-column-deals = { $count ->
        [one] { $shown } сделка
        [few] { $shown } сделки
        [many] { $shown } сделок
       *[other] { $shown } сделки
    }
pipeline-column-empty = На этом этапе нет сделок.
pipeline-load-more = Показать ещё
pipeline-no-amount = Без суммы
pipeline-next-step = Следующий шаг: { $date }
pipeline-move-label = Переместить сделку «{ $deal }» на этап
pipeline-moved = Сделка «{ $deal }» перемещена на этап «{ $stage }».
pipeline-closed = Сделка «{ $deal }» закрыта.
pipeline-conflict = Тем временем кто-то другой изменил сделку «{ $deal }». На карточке теперь показана сохранённая версия; если сделку всё ещё нужно переместить, переместите её снова.

## Closing a deal by moving it

pipeline-close-title = Закрыть сделку
pipeline-close-explanation = Перемещение сделки «{ $deal }» на этап «{ $stage }» закрывает её. Почему сделка закрыта?
pipeline-close-reason = Причина закрытия
pipeline-close-no-reason = У этого отдела нет причины закрытия для этого этапа. Администратор может добавить её в справочнике причин закрытия.
pipeline-close-confirm = Закрыть сделку
