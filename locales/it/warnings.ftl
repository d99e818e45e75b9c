# Note mostrate accanto a un record salvato o aperto senza errori, ma che richiede attenzione.

warning-specify-products = Specifica i prodotti.
warning-country-not-specified = Paese non specificato nella richiesta.
warning-counterparty-assigned = La controparte trovata è assegnata a { $username }.
warning-lead-disqualified = Questo lead è squalificato! Leggi la descrizione.
warning-no-state-currency = È necessario specificare la valuta nazionale.
warning-no-marketing-currency = È necessario specificare la valuta di marketing.
