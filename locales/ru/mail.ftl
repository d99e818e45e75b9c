# CRM e-mail (R-EMAIL): field messages, the texts added to letters, and what the user is told.

field-not_allowed_address = Недопустимый адрес: { $address }
field-no_recipient = Нет получателя
field-empty_letter = Заполните тему и текст письма.
field-no_sending_account = Чтобы отправить сообщение, нужна учётная запись электронной почты, отмеченная как основная.
field-sent_from_crm = Это сообщение отправлено из CRM; оно уже сохранено.
field-not_an_inquiry = Запросом становится только входящее письмо, отмеченное как обращение.

# R-EMAIL-9: closes a letter of a deal or a request; the ticket keeps the correspondence together.
email-keep-ticket = Вашему обращению присвоен номер [ticket:{ $ticket }]. Пожалуйста, сохраняйте его в теме ответных писем, чтобы мы могли сразу найти нашу переписку.

# R-EMAIL-4: what the sender is told, and what the deal's workflow records.
email-sent-to = Письмо отправлено получателю «{ $recipient }»
email-sent-to-cc = Письмо отправлено получателям «{ $recipient }», «{ $cc }»
email-send-failed = Ошибка: { $error }
# R-DEAL-6, R-EMAIL-10: the deal's workflow line for a received e-mail.
email-received-from = Получено письмо от «{ $sender }»

# R-EMAIL-5: the header above quoted or forwarded correspondence.
email-reply-header = { $date }, { $sender } пишет:
email-forward-header =
    ---------- Пересланное сообщение ----------
    От: { $sender }
    Дата: { $date }
    Тема: { $subject }
    Кому: { $to }

# R-EMAIL-11: the outbox list's note.
email-outbox-note = Обратите внимание: это список неотправленных писем.
