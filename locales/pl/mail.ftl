# CRM e-mail (R-EMAIL): field messages, the texts added to letters, and what the user is told.

field-not_allowed_address = Niedozwolony adres: { $address }
field-no_recipient = Brak odbiorcy
field-empty_letter = Wypełnij temat i treść wiadomości.
field-no_sending_account = Aby wysłać wiadomość, potrzebujesz konta e-mail oznaczonego jako główne.
field-sent_from_crm = Ta wiadomość została wysłana z CRM; jest już zapisana.
field-not_an_inquiry = Zapytaniem staje się tylko przychodzący e-mail oznaczony jako zapytanie ofertowe.

# R-EMAIL-9: closes a letter of a deal or a request; the ticket keeps the correspondence together.
email-keep-ticket = Twojemu zapytaniu nadano numer [ticket:{ $ticket }]. Prosimy o pozostawienie go w temacie odpowiedzi, abyśmy mogli od razu odnaleźć naszą korespondencję.

# R-EMAIL-4: what the sender is told, and what the deal's workflow records.
email-sent-to = E-mail został wysłany do „{ $recipient }”
email-sent-to-cc = E-mail został wysłany do „{ $recipient }”, „{ $cc }”
email-send-failed = Niepowodzenie: { $error }
# R-DEAL-6, R-EMAIL-10: the deal's workflow line for a received e-mail.
email-received-from = Otrzymano e-mail od „{ $sender }”

# R-EMAIL-5: the header above quoted or forwarded correspondence.
email-reply-header = W dniu { $date } { $sender } pisze:
email-forward-header =
    ---------- Przekazana wiadomość ----------
    Od: { $sender }
    Data: { $date }
    Temat: { $subject }
    Do: { $to }

# R-EMAIL-11: the outbox list's note.
email-outbox-note = Uwaga: to jest lista niewysłanych e-maili.
