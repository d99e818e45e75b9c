# The deal pipeline board: one column per deal stage, cards that move between them.

pipeline-with-closed = Afișează tranzacțiile închise
pipeline-department = Departament
pipeline-no-stages = Acest departament nu are încă etape pentru tranzacții.
# $stage is the stage's name, $count the number of deals, $amount the column's total with its currency.
pipeline-column-label = { $stage }: { $count ->
        [one] { $count } tranzacție
        [few] { $count } tranzacții
       *[other] { $count } de tranzacții
    }, { $amount }
# $shown is $count formatted for the reader's language.
pipeline-column-deals = { $count ->
        [one] { $shown } tranzacție
        [few] { $shown } tranzacții
       *[other] { $shown } de tranzacții
    }
pipeline-column-empty = Nicio tranzacție în această etapă.
pipeline-load-more = Afișează mai multe
pipeline-no-amount = Fără sumă
pipeline-next-step = Pasul următor: { $date }
pipeline-move-label = Mută tranzacția „{ $deal }” în etapa
pipeline-moved = Tranzacția „{ $deal }” a fost mutată în etapa „{ $stage }”.
pipeline-closed = Tranzacția „{ $deal }” este închisă.
pipeline-conflict = Între timp, altcineva a modificat tranzacția „{ $deal }”. Cardul arată acum versiunea salvată; dacă tranzacția trebuie în continuare mutată, mutați-o din nou.

## Closing a deal by moving it

pipeline-close-title = Închide tranzacția
pipeline-close-explanation = Mutarea tranzacției „{ $deal }” în etapa „{ $stage }” închide tranzacția. De ce a fost închisă?
pipeline-close-reason = Motiv de închidere
pipeline-close-no-reason = Acest departament nu are niciun motiv de închidere pentru această etapă. Un administrator poate adăuga unul în nomenclatorul motivelor de închidere.
pipeline-close-confirm = Închide tranzacția
