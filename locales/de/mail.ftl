# CRM-E-Mail (R-EMAIL): Feldmeldungen, Texte in Briefen und Hinweise an den Benutzer.

field-not_allowed_address = Nicht erlaubte Adresse: { $address }
field-no_recipient = Kein Empfänger
field-empty_letter = Bitte füllen Sie Betreff und Text des Briefes aus.
field-no_sending_account = Um eine Nachricht zu senden, benötigen Sie ein als Haupt-Konto markiertes E-Mail-Konto.
field-sent_from_crm = Diese Nachricht wurde aus dem CRM gesendet; sie ist bereits gespeichert.
field-not_an_inquiry = Nur eine eingehende, als Anfrage markierte E-Mail wird zu einer Anfrage.

# R-EMAIL-9
email-keep-ticket = Ihre Anfrage hat das Ticket [ticket:{ $ticket }] erhalten. Bitte behalten Sie es im Betreff Ihrer Antworten, damit wir unsere Korrespondenz sofort finden.

# R-EMAIL-4
email-sent-to = Die E-Mail wurde an „{ $recipient }“ gesendet
email-sent-to-cc = Die E-Mail wurde an „{ $recipient }“, „{ $cc }“ gesendet
email-send-failed = Fehlgeschlagen: { $error }
# R-DEAL-6, R-EMAIL-10
email-received-from = E-Mail von „{ $sender }“ erhalten

# R-EMAIL-5
email-reply-header = Am { $date } schrieb { $sender }:
email-forward-header =
    ---------- Weitergeleitete Nachricht ----------
    Von: { $sender }
    Datum: { $date }
    Betreff: { $subject }
    An: { $to }

# R-EMAIL-11
email-outbox-note = Bitte beachten Sie, dass dies eine Liste nicht gesendeter E-Mails ist.
