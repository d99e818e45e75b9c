# The deal pipeline board: one column per deal stage, cards that move between them.

pipeline-with-closed = Afgesloten deals tonen
pipeline-department = Afdeling
pipeline-no-stages = Deze afdeling heeft nog geen dealfasen.
# $stage is the stage's name, $count the number of deals, $amount the column's total with its currency.
pipeline-column-label = { $stage }: { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }, { $amount }
# $shown is $count formatted for the reader's language.
pipeline-column-deals = { $count ->
        [one] { $shown } deal
       *[other] { $shown } deals
    }
pipeline-column-empty = Geen deals in deze fase.
pipeline-load-more = Meer tonen
pipeline-no-amount = Geen bedrag
pipeline-next-step = Volgende stap: { $date }
pipeline-move-label = ‘{ $deal }’ naar fase verplaatsen
pipeline-moved = ‘{ $deal }’ is verplaatst naar ‘{ $stage }’.
pipeline-closed = ‘{ $deal }’ is afgesloten.
pipeline-conflict = Iemand anders heeft ‘{ $deal }’ intussen gewijzigd. De kaart toont nu de opgeslagen versie; verplaats de deal opnieuw als dat nog nodig is.

## Closing a deal by moving it

pipeline-close-title = Deal afsluiten
pipeline-close-explanation = Door ‘{ $deal }’ naar ‘{ $stage }’ te verplaatsen, wordt de deal afgesloten. Waarom is de deal afgesloten?
pipeline-close-reason = Reden van afsluiting
pipeline-close-no-reason = Deze afdeling heeft geen reden van afsluiting voor deze fase. Een beheerder kan er een toevoegen bij de redenen van afsluiting.
pipeline-close-confirm = Deal afsluiten
