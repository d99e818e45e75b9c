# E-mail del CRM (R-EMAIL): messaggi dei campi, testi aggiunti alle lettere e ciò che viene comunicato all’utente.

field-not_allowed_address = Indirizzo non consentito: { $address }
field-no_recipient = Nessun destinatario
field-empty_letter = Compila l’oggetto e il testo della lettera.
field-no_sending_account = Per inviare un messaggio serve un account e-mail contrassegnato come principale.
field-sent_from_crm = Questo messaggio è stato inviato dal CRM; è già memorizzato.
field-not_an_inquiry = Solo un’e-mail in arrivo contrassegnata come richiesta di informazioni diventa una richiesta.

# R-EMAIL-9: chiude una lettera di una trattativa o di una richiesta; il ticket tiene unita la corrispondenza.
email-keep-ticket = Alla sua richiesta è stato assegnato il ticket [ticket:{ $ticket }]. La preghiamo di mantenerlo nell’oggetto delle sue risposte, così potremo ritrovare subito la nostra corrispondenza.

# R-EMAIL-4: ciò che viene comunicato al mittente e ciò che registra il flusso di lavoro della trattativa.
email-sent-to = L’e-mail è stata inviata a “{ $recipient }”
email-sent-to-cc = L’e-mail è stata inviata a “{ $recipient }”, “{ $cc }”
email-send-failed = Non riuscito: { $error }
# R-DEAL-6, R-EMAIL-10: la riga del flusso di lavoro della trattativa per un’e-mail ricevuta.
email-received-from = Ricevuta un’e-mail da “{ $sender }”

# R-EMAIL-5: l’intestazione sopra la corrispondenza citata o inoltrata.
email-reply-header = Il giorno { $date }, { $sender } ha scritto:
email-forward-header =
    ---------- Messaggio inoltrato ----------
    Da: { $sender }
    Data: { $date }
    Oggetto: { $subject }
    A: { $to }

# R-EMAIL-11: la nota dell’elenco della posta in uscita.
email-outbox-note = Nota: questo è un elenco di e-mail non inviate.
