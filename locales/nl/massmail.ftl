# Mass mail (DOMAIN.md §12) and web forms (R-REQ-13, R-REQ-14): refusals, notices and the lines the
# CRM writes into mailing reports.

field-no_mailing_account = Er zijn geen e-mailaccounts beschikbaar voor mailings. Neem contact op met uw beheerder.
field-mixed_owners = Selecteer alleen ontvangers met dezelfde eigenaar.
field-no_recipients = Slecht resultaat – geen ontvangers! Maak een andere keuze.
field-no_main_account = Voeg eerst uw hoofd-e-mailaccount toe.
field-two_accounts_needed = Voor een testbericht zijn minstens twee van uw e-mailaccounts nodig.
field-mailings_differ = Alleen mailings met dezelfde eigenaar, hetzelfde type ontvangers en hetzelfde bericht kunnen worden samengevoegd.
field-after_later_than_before = De begindatum mag niet later zijn dan de einddatum.

massmail-untitled = Zonder titel
massmail-united = (samengevoegd)
massmail-unsubscribed-excluded = Afgemelde gebruikers zijn uitgesloten van de verzendlijst.
massmail-no-weekend-sending = Let op: op vrijdag, zaterdag en zondag worden geen mailings verzonden.
massmail-no-account-paused = U hebt geen e-mailaccount dat beschikbaar is voor massamailings.
massmail-vip-only = Uw enige mailingaccount is uw hoofdaccount: deze mailing kan alleen VIP-ontvangers bereiken.
massmail-default-unsubscribe-url = De afmeldlink leidt nog naar het standaardadres. Vraag uw beheerder een eigen adres in te stellen.
massmail-done = { $date } Met succes voltooid.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } Het account { $account } is geweigerd: { $reason }
massmail-excluded = Aantal uitgesloten ontvangers: { $count }.
massmail-test-sent = Er is een testbericht verzonden naar { $count } van uw accounts.
massmail-account-refused-subject = Massamail: het account { $account } is uitgeschakeld
massmail-account-refused-text = De mailserver heeft het account { $account } ({ $sender }) geweigerd: { $reason }. De mailings ervan zijn als mislukt gemarkeerd.

webform-thanks = Beste { $name }, bedankt voor uw aanvraag!
webform-invalid-subject = Webformulier: ongeldige gegevens
webform-invalid-text = Er is een webformulier met ongeldige gegevens verzonden.
webform-unknown-source-subject = Webformulier: onbekende leadbron
webform-unknown-source-text = Er is een webformulier verzonden met een leadbrontoken dat bij geen enkele leadbron hoort.
# The English words stay in front: R-REQ-13 step 4 promises them in the subject, whatever the language.
webform-country-error-subject = Country name error. Fout in landnaam.
webform-country-error-text = Een webformulier noemde een land dat het CRM niet kent: { $country }
webform-inquiry-content =
    Naam: { $name }
    Telefoon: { $phone }
    E-mail: { $email }
    Bedrijf: { $company }
    Bericht: { $message }
