# Avvisi ed e-mail di notifica (DOMAIN.md §14), nella lingua dell’utente a cui sono destinati.

notice-request-received = Hai ricevuto la richiesta
notice-request-co-owner = Sei corresponsabile della richiesta
notice-deal-received = Hai ricevuto la trattativa
notice-deal-co-owner = Sei corresponsabile della trattativa
notice-product-shipped = Il prodotto è stato spedito.
notice-reminder = Promemoria CRM: { $subject }
notice-no-email-address = { $username } non ha un indirizzo e-mail, quindi l’e-mail “{ $subject }” non gli è arrivata. Aggiungi un indirizzo al suo utente.

# R-NOTIF-5: ciò che viene comunicato agli amministratori.
admin-notice-invalid-web-form = È stato inviato un modulo web con un token di modulo sconosciuto o non valido.
admin-notice-unknown-country = Un nome di paese non è stato riconosciuto.
admin-notice-rate-provider = Non è stato possibile caricare i tassi di cambio.
admin-notice-mailbox = Non è stato possibile leggere una casella di posta o usarla per l’invio.
admin-notice-massmail-account = Un account per gli invii massivi non ha funzionato.
admin-notice-import = Un’importazione non è riuscita.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = Nuova richiesta assegnata a te
announce-request-co-owner = Ora sei co-responsabile di una richiesta
announce-while-away-title = Mentre eri via: { $title }
announce-request-body = { $request } — assegnata da { $by }
announce-while-away = Mentre eri via
announce-while-away-count =
    { $count ->
        [one] Ti è stata assegnata una richiesta.
       *[other] Ti sono state assegnate { $count } richieste.
    }
announce-open = Apri
