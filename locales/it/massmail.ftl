# Invii massivi (DOMAIN.md §12) e moduli web (R-REQ-13, R-REQ-14): rifiuti, avvisi e righe che il
# CRM scrive nei report degli invii.

field-no_mailing_account = Non ci sono account di posta disponibili per gli invii massivi. Contatta l’amministratore.
field-mixed_owners = Seleziona solo destinatari con lo stesso responsabile.
field-no_recipients = Risultato non valido: nessun destinatario! Fai un’altra scelta.
field-no_main_account = Aggiungi prima il tuo account e-mail principale.
field-two_accounts_needed = Per inviare un messaggio di prova servono almeno due dei tuoi account di posta.
field-mailings_differ = Si possono unire solo invii con lo stesso responsabile, lo stesso tipo di destinatario e lo stesso messaggio.
field-after_later_than_before = La data di inizio non deve essere successiva alla data di fine.

massmail-untitled = Senza titolo
massmail-united = (unito)
massmail-unsubscribed-excluded = Gli utenti che hanno annullato l’iscrizione sono stati esclusi dalla lista di invio.
massmail-no-weekend-sending = Nota: gli invii non vengono effettuati di venerdì, sabato e domenica.
massmail-no-account-paused = Non hai un account e-mail disponibile per gli invii massivi.
massmail-vip-only = Il tuo unico account di invio è il tuo account principale: questo invio può raggiungere solo destinatari VIP.
massmail-default-unsubscribe-url = Il link per annullare l’iscrizione porta ancora all’indirizzo predefinito. Chiedi all’amministratore di impostarne uno personalizzato.
massmail-done = { $date } Completato correttamente.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } L’account { $account } è stato rifiutato: { $reason }
massmail-excluded = Numero di destinatari esclusi: { $count }.
massmail-test-sent = È stato inviato un messaggio di prova a { $count } dei tuoi account.
massmail-account-refused-subject = Invio massivo: l’account { $account } è stato disattivato
massmail-account-refused-text = Il server di posta ha rifiutato l’account { $account } ({ $sender }): { $reason }. I suoi invii sono stati contrassegnati come non riusciti.

webform-thanks = Gentile { $name }, grazie per la sua richiesta!
webform-invalid-subject = Modulo web: dati non validi
webform-invalid-text = È stato inviato un modulo web con dati non validi.
webform-unknown-source-subject = Modulo web: fonte del lead sconosciuta
webform-unknown-source-text = È stato inviato un modulo web con un token di fonte dei lead che non corrisponde a nessuna fonte dei lead.
webform-country-error-subject = Errore nel nome del paese.
webform-country-error-text = Un modulo web ha indicato un paese che il CRM non conosce: { $country }
webform-inquiry-content =
    Nome: { $name }
    Telefono: { $phone }
    E-mail: { $email }
    Azienda: { $company }
    Messaggio: { $message }
