# CRM e-mail (R-EMAIL): field messages, the texts added to letters, and what the user is told.

field-not_allowed_address = Niet toegestaan adres: { $address }
field-no_recipient = Geen ontvanger
field-empty_letter = Vul het onderwerp en de tekst van het bericht in.
field-no_sending_account = Om een bericht te versturen hebt u een e-mailaccount nodig dat als hoofdaccount is gemarkeerd.
field-sent_from_crm = Dit bericht is vanuit het CRM verstuurd; het is al opgeslagen.
field-not_an_inquiry = Alleen een inkomende e-mail die als klantvraag is gemarkeerd, wordt een aanvraag.

# R-EMAIL-9: closes a letter of a deal or a request; the ticket keeps the correspondence together.
email-keep-ticket = Uw aanvraag heeft het ticketnummer [ticket:{ $ticket }] gekregen. Laat dit nummer in het onderwerp van uw antwoorden staan, zodat we onze correspondentie direct kunnen terugvinden.

# R-EMAIL-4: what the sender is told, and what the deal's workflow records.
email-sent-to = De e-mail is verzonden naar ‘{ $recipient }’
email-sent-to-cc = De e-mail is verzonden naar ‘{ $recipient }’, ‘{ $cc }’
email-send-failed = Mislukt: { $error }
# R-DEAL-6, R-EMAIL-10: the deal's workflow line for a received e-mail.
email-received-from = E-mail ontvangen van ‘{ $sender }’

# R-EMAIL-5: the header above quoted or forwarded correspondence.
email-reply-header = Op { $date } schreef { $sender }:
email-forward-header =
    ---------- Doorgestuurd bericht ----------
    Van: { $sender }
    Datum: { $date }
    Onderwerp: { $subject }
    Aan: { $to }

# R-EMAIL-11: the outbox list's note.
email-outbox-note = Let op: dit is een lijst met niet-verzonden e-mails.
