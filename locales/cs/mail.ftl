# CRM e-mail (R-EMAIL): field messages, the texts added to letters, and what the user is told.

field-not_allowed_address = Nepovolená adresa: { $address }
field-no_recipient = Žádný příjemce
field-empty_letter = Vyplňte prosím předmět a text zprávy.
field-no_sending_account = K odeslání zprávy potřebujete e-mailový účet označený jako hlavní.
field-sent_from_crm = Tato zpráva byla odeslána z CRM; je už uložena.
field-not_an_inquiry = Poptávkou se stane pouze příchozí e-mail označený jako dotaz.

# R-EMAIL-9: closes a letter of a deal or a request; the ticket keeps the correspondence together.
email-keep-ticket = Vaší poptávce bylo přiděleno číslo [ticket:{ $ticket }]. Ponechte ho prosím v předmětu svých odpovědí, abychom naši korespondenci hned našli.

# R-EMAIL-4: what the sender is told, and what the deal's workflow records.
email-sent-to = E-mail byl odeslán na „{ $recipient }“
email-sent-to-cc = E-mail byl odeslán na „{ $recipient }“, „{ $cc }“
email-send-failed = Nezdařilo se: { $error }
# R-DEAL-6, R-EMAIL-10: the deal's workflow line for a received e-mail.
email-received-from = Přijat e-mail od „{ $sender }“

# R-EMAIL-5: the header above quoted or forwarded correspondence.
email-reply-header = Dne { $date } { $sender } napsal(a):
email-forward-header =
    ---------- Přeposlaná zpráva ----------
    Od: { $sender }
    Datum: { $date }
    Předmět: { $subject }
    Komu: { $to }

# R-EMAIL-11: the outbox list's note.
email-outbox-note = Upozorňujeme, že toto je seznam neodeslaných e-mailů.
