# Hinweise und Benachrichtigungs-E-Mails (DOMAIN.md §14), in der Sprache des Empfängers.

notice-request-received = Sie haben die Anfrage erhalten
notice-request-co-owner = Sie sind Mitinhaber der Anfrage
notice-deal-received = Sie haben den Deal erhalten
notice-deal-co-owner = Sie sind Mitinhaber des Deals
notice-product-shipped = Das Produkt wurde versandt.
notice-reminder = CRM-Erinnerung: { $subject }
notice-no-email-address = { $username } hat keine E-Mail-Adresse, daher hat die E-Mail „{ $subject }“ ihn nicht erreicht. Tragen Sie bei diesem Benutzer eine Adresse ein.

# R-NOTIF-5: was Administratoren mitgeteilt wird.
admin-notice-invalid-web-form = Ein Webformular wurde mit einem unbekannten oder ungültigen Formular-Token gesendet.
admin-notice-unknown-country = Ein Ländername wurde nicht erkannt.
admin-notice-rate-provider = Die Wechselkurse konnten nicht geladen werden.
admin-notice-mailbox = Ein Postfach konnte nicht gelesen oder zum Senden verwendet werden.
admin-notice-massmail-account = Ein Massenmail-Konto ist ausgefallen.
admin-notice-import = Ein Import ist fehlgeschlagen.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = Neue Anfrage für Sie
announce-request-co-owner = Sie sind jetzt Mitinhaber einer Anfrage
announce-while-away-title = Während Ihrer Abwesenheit: { $title }
announce-request-body = { $request } — zugewiesen von { $by }
announce-while-away = Während Ihrer Abwesenheit
announce-while-away-count =
    { $count ->
        [one] Ihnen wurde eine Anfrage zugewiesen.
       *[other] Ihnen wurden { $count } Anfragen zugewiesen.
    }
announce-open = Öffnen
