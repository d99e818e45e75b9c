# The deal pipeline board: one column per deal stage, cards that move between them.

pipeline-with-closed = Pokaż zamknięte transakcje
pipeline-department = Dział
pipeline-no-stages = Ten dział nie ma jeszcze etapów transakcji.
# $stage is the stage's name, $count the number of deals, $amount the column's total with its currency.
pipeline-column-label = { $stage }: { $count ->
        [one] { $count } transakcja
        [few] { $count } transakcje
        [many] { $count } transakcji
       *[other] { $count } transakcji
    }, { $amount }
# $shown is $count formatted for the reader's language.
pipeline-column-deals = { $count ->
        [one] { $shown } transakcja
        [few] { $shown } transakcje
        [many] { $shown } transakcji
       *[other] { $shown } transakcji
    }
pipeline-column-empty = Brak transakcji na tym etapie.
pipeline-load-more = Pokaż więcej
pipeline-no-amount = Brak kwoty
pipeline-next-step = Następny krok: { $date }
pipeline-move-label = Przenieś transakcję „{ $deal }” do etapu
pipeline-moved = Transakcję „{ $deal }” przeniesiono do etapu „{ $stage }”.
pipeline-closed = Transakcja „{ $deal }” jest zamknięta.
pipeline-conflict = W międzyczasie ktoś inny zmienił transakcję „{ $deal }”. Karta pokazuje teraz zapisaną wersję; jeśli transakcja nadal ma zostać przeniesiona, przenieś ją ponownie.

## Closing a deal by moving it

pipeline-close-title = Zamknij transakcję
pipeline-close-explanation = Przeniesienie transakcji „{ $deal }” do etapu „{ $stage }” zamyka ją. Dlaczego została zamknięta?
pipeline-close-reason = Powód zamknięcia
pipeline-close-no-reason = Ten dział nie ma powodu zamknięcia dla tego etapu. Administrator może go dodać w słowniku powodów zamknięcia.
pipeline-close-confirm = Zamknij transakcję
