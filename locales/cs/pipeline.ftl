# The deal pipeline board: one column per deal stage, cards that move between them.

pipeline-with-closed = Zobrazit uzavřené obchody
pipeline-department = Oddělení
pipeline-no-stages = Toto oddělení zatím nemá žádné fáze obchodů.
# $stage is the stage's name, $count the number of deals, $amount the column's total with its currency.
pipeline-column-label = { $stage }: { $count ->
        [one] { $count } obchod
        [few] { $count } obchody
        [many] { $count } obchodu
       *[other] { $count } obchodů
    }, { $amount }
# $shown is $count formatted for the reader's language.
pipeline-column-deals = { $count ->
        [one] { $shown } obchod
        [few] { $shown } obchody
        [many] { $shown } obchodu
       *[other] { $shown } obchodů
    }
pipeline-column-empty = V této fázi nejsou žádné obchody.
pipeline-load-more = Zobrazit další
pipeline-no-amount = Bez částky
pipeline-next-step = Další krok: { $date }
pipeline-move-label = Přesunout obchod „{ $deal }“ do fáze
pipeline-moved = Obchod „{ $deal }“ byl přesunut do fáze „{ $stage }“.
pipeline-closed = Obchod „{ $deal }“ je uzavřen.
pipeline-conflict = Obchod „{ $deal }“ mezitím změnil někdo jiný. Karta teď ukazuje uloženou verzi; pokud má obchod být jinde, přesuňte ho znovu.

## Closing a deal by moving it

pipeline-close-title = Uzavřít obchod
pipeline-close-explanation = Přesunem obchodu „{ $deal }“ do fáze „{ $stage }“ se obchod uzavře. Proč byl uzavřen?
pipeline-close-reason = Důvod uzavření
pipeline-close-no-reason = Toto oddělení nemá pro tuto fázi žádný důvod uzavření. Správce ho může přidat v číselníku důvodů uzavření.
pipeline-close-confirm = Uzavřít obchod
