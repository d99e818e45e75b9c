# The deal pipeline board: one column per deal stage, cards that move between them.

pipeline-with-closed = Показувати закриті угоди
pipeline-department = Відділ
pipeline-no-stages = У цього відділу ще немає етапів угод.
# $stage is the stage's name, $count the number of deals, $amount the column's total with its currency.
pipeline-column-label = { $stage }: { $count ->
        [one] { $count } угода
        [few] { $count } угоди
        [many] { $count } угод
       *[other] { $count } угоди
    }, { $amount }
# $shown is $count formatted for the reader's language.
pipeline-column-deals = { $count ->
        [one] { $shown } угода
        [few] { $shown } угоди
        [many] { $shown } угод
       *[other] { $shown } угоди
    }
pipeline-column-empty = На цьому етапі немає угод.
pipeline-load-more = Показати ще
pipeline-no-amount = Без суми
pipeline-next-step = Наступний крок: { $date }
pipeline-move-label = Перемістити угоду «{ $deal }» на етап
pipeline-moved = Угоду «{ $deal }» переміщено на етап «{ $stage }».
pipeline-closed = Угоду «{ $deal }» закрито.
pipeline-conflict = Тим часом хтось інший змінив угоду «{ $deal }». Тепер на картці показано збережену версію; якщо угоду досі потрібно перемістити, перемістіть її знову.

## Closing a deal by moving it

pipeline-close-title = Закрити угоду
pipeline-close-explanation = Переміщення угоди «{ $deal }» на етап «{ $stage }» закриває її. Чому угоду закрито?
pipeline-close-reason = Причина закриття
pipeline-close-no-reason = У цього відділу немає причини закриття для цього етапу. Адміністратор може додати її в довіднику причин закриття.
pipeline-close-confirm = Закрити угоду
