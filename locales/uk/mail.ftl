# CRM e-mail (R-EMAIL): field messages, the texts added to letters, and what the user is told.

field-not_allowed_address = Недозволена адреса: { $address }
field-no_recipient = Немає одержувача
field-empty_letter = Заповніть тему й текст листа.
field-no_sending_account = Щоб надіслати повідомлення, потрібен обліковий запис електронної пошти, позначений як основний.
field-sent_from_crm = Це повідомлення надіслано з CRM; його вже збережено.
field-not_an_inquiry = Запитом стає лише вхідний лист, позначений як звернення.

# R-EMAIL-9: closes a letter of a deal or a request; the ticket keeps the correspondence together.
email-keep-ticket = Вашому зверненню присвоєно номер [ticket:{ $ticket }]. Будь ласка, залишайте його в темі відповідей, щоб ми могли одразу знайти наше листування.

# R-EMAIL-4: what the sender is told, and what the deal's workflow records.
email-sent-to = Лист надіслано одержувачу «{ $recipient }»
email-sent-to-cc = Лист надіслано одержувачам «{ $recipient }», «{ $cc }»
email-send-failed = Помилка: { $error }
# R-DEAL-6, R-EMAIL-10: the deal's workflow line for a received e-mail.
email-received-from = Отримано лист від «{ $sender }»

# R-EMAIL-5: the header above quoted or forwarded correspondence.
email-reply-header = { $date } { $sender } пише:
email-forward-header =
    ---------- Переслане повідомлення ----------
    Від: { $sender }
    Дата: { $date }
    Тема: { $subject }
    Кому: { $to }

# R-EMAIL-11: the outbox list's note.
email-outbox-note = Зверніть увагу: це список ненадісланих листів.
