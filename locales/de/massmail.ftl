# Massenmails (DOMAIN.md §12) und Webformulare (R-REQ-13, R-REQ-14).

field-no_mailing_account = Es sind keine Mailkonten für Mailings verfügbar. Bitte wenden Sie sich an Ihren Administrator.
field-mixed_owners = Bitte wählen Sie nur Empfänger mit demselben Eigentümer aus.
field-no_recipients = Schlechtes Ergebnis – keine Empfänger! Treffen Sie eine andere Auswahl.
field-no_main_account = Bitte fügen Sie zuerst Ihr Haupt-Mailkonto hinzu.
field-two_accounts_needed = Für eine Testnachricht werden mindestens zwei Ihrer Mailkonten benötigt.
field-mailings_differ = Nur Mailings mit demselben Eigentümer, Empfängertyp und derselben Nachricht können zusammengeführt werden.
field-after_later_than_before = Das Anfangsdatum darf nicht nach dem Enddatum liegen.

massmail-untitled = Ohne Titel
massmail-united = (vereint)
massmail-unsubscribed-excluded = Abgemeldete Empfänger wurden aus der Verteilerliste ausgeschlossen.
massmail-no-weekend-sending = Bitte beachten Sie, dass Mailings freitags, samstags und sonntags nicht versendet werden.
massmail-no-account-paused = Sie haben kein Mailkonto, das für Massenmails verfügbar ist.
massmail-vip-only = Ihr einziges Mailing-Konto ist Ihr Hauptkonto: Dieses Mailing erreicht nur VIP-Empfänger.
massmail-default-unsubscribe-url = Der Abmeldelink führt noch zur Standardadresse. Bitte lassen Sie Ihren Administrator eine eigene festlegen.
massmail-done = { $date } Erfolgreich abgeschlossen.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } Das Konto { $account } wurde abgelehnt: { $reason }
massmail-excluded = Anzahl der ausgeschlossenen Empfänger: { $count }.
massmail-test-sent = Eine Testnachricht wurde an { $count } Ihrer Konten gesendet.
massmail-account-refused-subject = Massenmail: Das Konto { $account } wurde abgeschaltet
massmail-account-refused-text = Der Mailserver hat das Konto { $account } ({ $sender }) abgelehnt: { $reason }. Seine Mailings wurden als fehlerhaft markiert.

webform-thanks = Sehr geehrte(r) { $name }, vielen Dank für Ihre Anfrage!
webform-invalid-subject = Webformular: ungültige Daten
webform-invalid-text = Ein Webformular wurde mit ungültigen Daten gesendet.
webform-unknown-source-subject = Webformular: unbekannte Lead-Quelle
webform-unknown-source-text = Ein Webformular wurde mit einem Lead-Quellen-Token gesendet, das zu keiner Lead-Quelle passt.
webform-country-error-subject = Country name error. Unbekannter Ländername.
webform-country-error-text = Ein Webformular nannte ein Land, das das CRM nicht kennt: { $country }
webform-inquiry-content =
    Name: { $name }
    Telefon: { $phone }
    E-Mail: { $email }
    Firma: { $company }
    Nachricht: { $message }
