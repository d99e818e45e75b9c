# La bacheca della pipeline delle trattative: una colonna per fase, schede che si spostano tra le colonne.

pipeline-with-closed = Mostra le trattative chiuse
pipeline-department = Reparto
pipeline-no-stages = Questo reparto non ha ancora fasi delle trattative.
# $stage è il nome della fase, $count il numero di trattative, $amount il totale della colonna con la valuta.
pipeline-column-label = { $stage }: { $count ->
        [one] una trattativa
       *[other] { $count } trattative
    }, { $amount }
# $shown è $count formattato per la lingua di chi legge.
pipeline-column-deals = { $count ->
        [one] { $shown } trattativa
       *[other] { $shown } trattative
    }
pipeline-column-empty = Nessuna trattativa in questa fase.
pipeline-load-more = Mostra altro
pipeline-no-amount = Nessun importo
pipeline-next-step = Prossimo passo: { $date }
pipeline-move-label = Sposta “{ $deal }” in un’altra fase
pipeline-moved = “{ $deal }” è stata spostata in “{ $stage }”.
pipeline-closed = “{ $deal }” è chiusa.
pipeline-conflict = Nel frattempo qualcun altro ha modificato “{ $deal }”. La scheda ora mostra la versione salvata; spostala di nuovo se deve ancora cambiare fase.

## Chiudere una trattativa spostandola

pipeline-close-title = Chiudi la trattativa
pipeline-close-explanation = Spostare “{ $deal }” in “{ $stage }” chiude la trattativa. Perché è stata chiusa?
pipeline-close-reason = Motivo di chiusura
pipeline-close-no-reason = Questo reparto non ha un motivo di chiusura per questa fase. Un amministratore può aggiungerne uno in Motivi di chiusura.
pipeline-close-confirm = Chiudi la trattativa
