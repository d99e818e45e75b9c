# Mass mail (DOMAIN.md §12) and web forms (R-REQ-13, R-REQ-14): refusals, notices and the lines the
# CRM writes into mailing reports.

field-no_mailing_account = Brak kont pocztowych dostępnych do mailingu. Skontaktuj się z administratorem.
field-mixed_owners = Wybieraj tylko odbiorców z tym samym właścicielem.
field-no_recipients = Zły wynik – brak odbiorców! Dokonaj innego wyboru.
field-no_main_account = Najpierw dodaj swoje główne konto e-mail.
field-two_accounts_needed = Do wysłania wiadomości testowej potrzebne są co najmniej dwa Twoje konta pocztowe.
field-mailings_differ = Scalać można tylko mailingi z tym samym właścicielem, typem odbiorców i wiadomością.
field-after_later_than_before = Data początkowa nie może być późniejsza niż data końcowa.

massmail-untitled = Bez tytułu
massmail-united = (scalony)
massmail-unsubscribed-excluded = Wypisani użytkownicy zostali wykluczeni z listy mailingowej.
massmail-no-weekend-sending = Uwaga: mailingi nie są wysyłane w piątki, soboty i niedziele.
massmail-no-account-paused = Nie masz konta e-mail dostępnego do wysyłki masowej.
massmail-vip-only = Twoje jedyne konto do mailingu to konto główne: ten mailing może dotrzeć tylko do odbiorców VIP.
massmail-default-unsubscribe-url = Link do wypisania się nadal prowadzi pod adres domyślny. Poproś administratora o ustawienie własnego.
massmail-done = { $date } Zakończono pomyślnie.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } Konto { $account } zostało odrzucone: { $reason }
massmail-excluded = Liczba wykluczonych odbiorców: { $count }.
massmail-test-sent =
    { $count ->
        [one] Wiadomość testowa została wysłana na { $count } Twoje konto.
        [few] Wiadomość testowa została wysłana na { $count } Twoje konta.
        [many] Wiadomość testowa została wysłana na { $count } Twoich kont.
       *[other] Wiadomość testowa została wysłana na { $count } Twojego konta.
    }
massmail-account-refused-subject = Wysyłka masowa: konto { $account } zostało wyłączone
massmail-account-refused-text = Serwer pocztowy odrzucił konto { $account } ({ $sender }): { $reason }. Jego mailingi oznaczono jako nieudane.

webform-thanks = { $name }, dziękujemy za zapytanie!
webform-invalid-subject = Formularz internetowy: nieprawidłowe dane
webform-invalid-text = Formularz internetowy przesłał nieprawidłowe dane.
webform-unknown-source-subject = Formularz internetowy: nieznane źródło leadów
webform-unknown-source-text = Formularz internetowy przesłał token źródła leadów, który nie pasuje do żadnego źródła leadów.
# The English words stay in front: R-REQ-13 step 4 promises them in the subject, whatever the language.
webform-country-error-subject = Country name error. Błąd w nazwie kraju.
webform-country-error-text = Formularz internetowy podał kraj, którego CRM nie zna: { $country }
webform-inquiry-content =
    Imię i nazwisko: { $name }
    Telefon: { $phone }
    E-mail: { $email }
    Firma: { $company }
    Wiadomość: { $message }
