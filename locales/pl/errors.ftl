# Messages rendered by the Rust side: command errors, field validation, notifications.

error-validation = Niektóre pola wymagają Twojej uwagi.
error-not-found = Ten rekord już nie istnieje. Mógł zostać usunięty przez kogoś innego.
error-conflict = Ktoś inny zapisał ten rekord podczas Twojej edycji. Zanim zapiszesz ponownie, porównaj swoje zmiany z zapisaną wersją.
error-forbidden = Nie masz uprawnień do wykonania tej czynności.
error-unknown-user = Do loginu bazy danych „{ $user }” nie jest przypisany żaden użytkownik Oriel CRM. Poproś administratora o jego utworzenie.
error-db-unavailable = Brak połączenia z bazą danych. Sprawdź połączenie sieciowe lub serwer i spróbuj ponownie. ({ $detail })
error-not-connected = Żadna baza danych nie jest otwarta. Najpierw wybierz bazę danych.
error-keychain = Nie udało się zapisać hasła w systemowym magazynie haseł: { $detail }
error-migration-failed = Nie udało się zaktualizować bazy danych do tej wersji Oriel CRM: { $detail }
error-internal = Coś poszło nie tak: { $detail }

field-required = To pole jest wymagane.
field-too_short =
    { $min ->
        [one] Wpisz co najmniej { $min } znak.
        [few] Wpisz co najmniej { $min } znaki.
        [many] Wpisz co najmniej { $min } znaków.
       *[other] Wpisz co najmniej { $min } znaku.
    }
field-too_long =
    { $max ->
        [one] Wpisz najwyżej { $max } znak.
        [few] Wpisz najwyżej { $max } znaki.
        [many] Wpisz najwyżej { $max } znaków.
       *[other] Wpisz najwyżej { $max } znaku.
    }
field-not_a_number = Wpisz liczbę.
field-out_of_range = Wpisz liczbę od { $min } do { $max }.
field-too_many_decimals =
    { $max ->
        [one] Wpisz najwyżej { $max } cyfrę po przecinku.
        [few] Wpisz najwyżej { $max } cyfry po przecinku.
        [many] Wpisz najwyżej { $max } cyfr po przecinku.
       *[other] Wpisz najwyżej { $max } cyfry po przecinku.
    }
field-not_a_choice = Wybierz jedną z oferowanych wartości.
field-unsupported_url = Wpisz adres URL zaczynający się od postgres://, mysql://, mariadb:// lub sqlite://.
field-malformed = Ta wartość ma nieoczekiwany format.
field-invalid_email = Wpisz prawidłowe adresy e-mail oddzielone przecinkami.
field-invalid_currency_code = Wpisz prawidłowy kod literowy.
field-state_and_marketing_currency = Waluta nie może być jednocześnie krajowa i marketingowa.
field-duplicate_name = W nazwach alternatywnych znaleziono powtórzenia.
field-invalid_slug = Używaj tylko liter a–z i A–Z, cyfr, łączników i podkreśleń.
field-invalid_domain = Wpisz nazwę domeny, na przykład example.com.
field-invalid_url = Wpisz adres internetowy zaczynający się od http:// lub https://.
field-invalid_phone = Niedopuszczalny numer telefonu: wpisz co najmniej 7 cyfr.
field-name_is_prefix = Wpisz samo imię i nazwisko, a nie tylko tytuł, taki jak Pan czy dr.
field-contact_or_lead = Wybierz tylko kontakt albo tylko leada.
field-company_or_lead = Wybierz tylko firmę albo tylko leada.
field-department_owner_mismatch = Dział i właściciel do siebie nie pasują.
field-contact_not_of_company = Kontakt nie należy do tej firmy.
field-city_not_of_country = Miasto nie leży w tym kraju.
field-date_in_past = Data nie powinna być z przeszłości.
field-amount_required = Podaj kwotę transakcji.
field-country_required = Należy podać kraj.
field-products_required = Należy podać co najmniej jeden produkt.
field-no_deal_from_request = Z tego zapytania nie można utworzyć transakcji: ma już transakcję albo jest oznaczone jako duplikat lub incydent.
field-state_currency_exists = Waluta krajowa już istnieje.
field-marketing_currency_exists = Waluta marketingowa już istnieje.
field-already_added = Ten rekord został już pomyślnie dodany. Ponowne dodanie zablokowano.
field-already_exists = Taki obiekt już istnieje: ta sama nazwa z tym samym adresem e-mail lub telefonem.
field-ambiguous_match = Tej wartości odpowiada kilka rekordów w bazie danych. Najpierw powiąż właściwy.
field-currency_required = Podaj walutę.

notification-request-assigned-title = Przydzielono Ci nowe zapytanie
notification-request-assigned-body = { $ticket }: { $subject }
