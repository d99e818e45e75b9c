# Mass mail (DOMAIN.md §12) and web forms (R-REQ-13, R-REQ-14): refusals, notices and the lines the
# CRM writes into mailing reports.

field-no_mailing_account = Pro rozesílky nejsou k dispozici žádné e-mailové účty. Obraťte se prosím na správce.
field-mixed_owners = Vyberte prosím pouze příjemce se stejným vlastníkem.
field-no_recipients = Špatný výsledek – žádní příjemci! Zvolte jiný výběr.
field-no_main_account = Nejprve prosím přidejte svůj hlavní e-mailový účet.
field-two_accounts_needed = K odeslání testovací zprávy potřebujete alespoň dva své e-mailové účty.
field-mailings_differ = Sloučit lze pouze rozesílky se stejným vlastníkem, typem příjemců a zprávou.
field-after_later_than_before = Datum začátku nesmí být pozdější než datum konce.

massmail-untitled = Bez názvu
massmail-united = (sloučeno)
massmail-unsubscribed-excluded = Odhlášení uživatelé byli ze seznamu příjemců vyřazeni.
massmail-no-weekend-sending = Upozorňujeme, že v pátek, sobotu a neděli se rozesílky neodesílají.
massmail-no-account-paused = Nemáte e-mailový účet, který by byl k dispozici pro hromadné rozesílky.
massmail-vip-only = Váš jediný účet pro rozesílky je váš hlavní účet: tato rozesílka může dojít pouze VIP příjemcům.
massmail-default-unsubscribe-url = Odkaz pro odhlášení stále vede na výchozí adresu. Požádejte prosím správce, aby nastavil vaši vlastní.
massmail-done = { $date } Úspěšně dokončeno.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } Účet { $account } byl odmítnut: { $reason }
massmail-excluded = Počet vyřazených příjemců: { $count }.
massmail-test-sent =
    { $count ->
        [one] Testovací zpráva byla odeslána na { $count } váš účet.
        [few] Testovací zpráva byla odeslána na { $count } vaše účty.
        [many] Testovací zpráva byla odeslána na { $count } vašeho účtu.
       *[other] Testovací zpráva byla odeslána na { $count } vašich účtů.
    }
massmail-account-refused-subject = Hromadná pošta: účet { $account } byl vypnut
massmail-account-refused-text = Poštovní server odmítl účet { $account } ({ $sender }): { $reason }. Jeho rozesílky byly označeny jako neúspěšné.

webform-thanks = { $name }, děkujeme za vaši poptávku!
webform-invalid-subject = Webový formulář: neplatná data
webform-invalid-text = Z webového formuláře byla odeslána neplatná data.
webform-unknown-source-subject = Webový formulář: neznámý zdroj leadů
webform-unknown-source-text = Z webového formuláře přišel token zdroje leadů, který neodpovídá žádnému zdroji leadů.
# The English words stay in front: R-REQ-13 step 4 promises them in the subject, whatever the language.
webform-country-error-subject = Country name error. Chyba v názvu země.
webform-country-error-text = Webový formulář uvedl zemi, kterou CRM nezná: { $country }
webform-inquiry-content =
    Jméno: { $name }
    Telefon: { $phone }
    E-mail: { $email }
    Společnost: { $company }
    Zpráva: { $message }
