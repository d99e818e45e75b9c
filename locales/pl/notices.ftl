# Notices and notification e-mails (DOMAIN.md §14), in the language of the user they are for.

notice-request-received = Przydzielono Ci zapytanie
notice-request-co-owner = Jesteś współwłaścicielem zapytania
notice-deal-received = Przydzielono Ci transakcję
notice-deal-co-owner = Jesteś współwłaścicielem transakcji
notice-product-shipped = Produkt został wysłany.
notice-reminder = Przypomnienie CRM: { $subject }
notice-no-email-address = Użytkownik { $username } nie ma adresu e-mail, więc e-mail „{ $subject }” do niego nie dotarł. Dodaj adres do jego konta użytkownika.

# R-NOTIF-5: what administrators are told.
admin-notice-invalid-web-form = Formularz internetowy przesłał nieznany lub nieprawidłowy token formularza.
admin-notice-unknown-country = Nie rozpoznano nazwy kraju.
admin-notice-rate-provider = Nie udało się pobrać kursów walut.
admin-notice-mailbox = Nie udało się odczytać skrzynki pocztowej lub użyć jej do wysyłki.
admin-notice-massmail-account = Awaria konta wysyłki masowej.
admin-notice-import = Import nie powiódł się.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = Przypisano Ci nowe zapytanie
announce-request-co-owner = Jesteś teraz współwłaścicielem zapytania
announce-while-away-title = Podczas Twojej nieobecności: { $title }
announce-request-body = { $request } — przypisane przez { $by }
announce-while-away = Podczas Twojej nieobecności
announce-while-away-count =
    { $count ->
        [one] Przypisano Ci jedno zapytanie.
        [few] Przypisano Ci { $count } zapytania.
       *[other] Przypisano Ci { $count } zapytań.
    }
announce-open = Otwórz
