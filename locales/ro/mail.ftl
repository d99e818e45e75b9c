# CRM e-mail (R-EMAIL): field messages, the texts added to letters, and what the user is told.

field-not_allowed_address = Adresă nepermisă: { $address }
field-no_recipient = Niciun destinatar
field-empty_letter = Completați subiectul și textul mesajului.
field-no_sending_account = Pentru a trimite un mesaj aveți nevoie de un cont de e-mail marcat ca principal.
field-sent_from_crm = Acest mesaj a fost trimis din CRM; este deja salvat.
field-not_an_inquiry = Doar un e-mail primit, marcat ca solicitare de ofertă, devine o cerere.

# R-EMAIL-9: closes a letter of a deal or a request; the ticket keeps the correspondence together.
email-keep-ticket = Cererii dumneavoastră i s-a atribuit tichetul [ticket:{ $ticket }]. Vă rugăm să îl păstrați în subiectul răspunsurilor, ca să putem găsi imediat corespondența noastră.

# R-EMAIL-4: what the sender is told, and what the deal's workflow records.
email-sent-to = E-mailul a fost trimis către „{ $recipient }”
email-sent-to-cc = E-mailul a fost trimis către „{ $recipient }”, „{ $cc }”
email-send-failed = Eșec: { $error }
# R-DEAL-6, R-EMAIL-10: the deal's workflow line for a received e-mail.
email-received-from = S-a primit un e-mail de la „{ $sender }”

# R-EMAIL-5: the header above quoted or forwarded correspondence.
email-reply-header = Pe { $date }, { $sender } a scris:
email-forward-header =
    ---------- Mesaj redirecționat ----------
    De la: { $sender }
    Data: { $date }
    Subiect: { $subject }
    Către: { $to }

# R-EMAIL-11: the outbox list's note.
email-outbox-note = Rețineți că aceasta este o listă de e-mailuri netrimise.
