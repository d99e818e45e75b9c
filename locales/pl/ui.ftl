# The working screens: navigation, lists, forms, palette and shortcuts.

## Common actions

action-new = Nowy rekord: { $entity }
action-cancel = Anuluj
action-close = Zamknij
action-retry = Spróbuj ponownie
action-back-to = Wróć do listy „{ $list }”

## Navigation

nav-label = Nawigacja główna
nav-home = Przegląd
nav-pipeline = Lejek sprzedaży
nav-unknown = Ten ekran nie istnieje.
nav-pending = Oczekujące z poprzednich dni: { $older }, otrzymane dziś: { $today }
nav-group-sales = Sprzedaż
nav-group-customers = Klienci
nav-group-goods = Produkty i finanse
nav-group-reference = Słowniki
nav-group-admin = Administracja

## Lists

list-count =
    { $count ->
        [one] { $count } rekord
        [few] { $count } rekordy
        [many] { $count } rekordów
       *[other] { $count } rekordu
    }
list-empty = Na razie nic tu nie ma.
list-loading = Wczytywanie…
list-search-placeholder = Szukaj na tej liście
list-mine = Tylko moje
list-filters = Filtry
list-views = Zapisane widoki
list-view-name = Nazwa widoku
list-view-save = Zapisz widok
list-view-delete = Usuń widok „{ $name }”
filter-any = Dowolne
filter-clear = Wyczyść filtry

## Bulk actions

bulk-label = Działania na zaznaczonych rekordach
bulk-selected =
    { $count ->
        [one] Zaznaczono { $count } rekord
        [few] Zaznaczono { $count } rekordy
        [many] Zaznaczono { $count } rekordów
       *[other] Zaznaczono { $count } rekordu
    }
bulk-select-all = Zaznacz wszystkie wczytane rekordy
bulk-select-row = Zaznacz „{ $name }”
bulk-owner = Zmień właściciela
bulk-tag = Dodaj tag
bulk-delete = Usuń zaznaczone
bulk-progress = Wykonano { $done } z { $total }
bulk-failed = Rekord nr { $id }: { $message }

## Record form

record-save = Zapisz
record-saving = Zapisywanie…
record-saved = Zapisano.
record-revert = Cofnij moje zmiany
record-delete = Usuń
record-delete-confirm = Usunąć ten rekord? Trafi do kosza, skąd można go przywrócić.
picker-search = Zacznij pisać, aby wyszukać…
picker-clear = Wyczyść wybór
picker-remove = Usuń „{ $name }”

## History

history-title = Historia
history-empty = Nie zarejestrowano jeszcze żadnych zmian.
history-unavailable = Nie udało się wczytać historii.
history-system = Oriel CRM
history-action-create = Utworzono
history-action-update = Zmieniono
history-action-delete = Usunięto
history-action-restore = Przywrócono
history-action-merge = Scalono
history-action-purge = Usunięto trwale

## Edit conflicts

conflict-title = Ktoś inny zapisał ten rekord podczas Twojej edycji
conflict-explanation = Nic z tego, co wpisano, nie zostało utracone. Dla każdego pola, które się różni, wybierz wartość do zachowania, a następnie zapisz.
conflict-field = Pole
conflict-mine = Twoja wartość
conflict-stored = Zapisane przez inną osobę
conflict-base = Na początku edycji
conflict-all-mine = Zachowaj wszystkie moje
conflict-all-stored = Przyjmij wszystkie cudze
conflict-back = Wróć do mojego formularza
conflict-apply = Zapisz mój wybór

## Workflows

workflow-request-to-deal = Utwórz transakcję
workflow-open-deal = Otwórz transakcję
workflow-lead-convert = Przekształć w firmę i kontakt
workflow-converted = Lead został przekształcony
workflow-company-created = Utworzono nową firmę:
workflow-company-found = Znaleziono i użyto istniejącej firmy:
workflow-contact-created = Utworzono nowy kontakt:
workflow-contact-found = Znaleziono i użyto istniejącego kontaktu:
workflow-record-payment = Zarejestruj płatność
workflow-merge = Scal duplikat
workflow-merge-title = Scal ten rekord z innym
workflow-merge-explanation = Ten rekord jest duplikatem: powiązane z nim rekordy przechodzą do oryginału, a on sam zostaje usunięty.
workflow-merge-original = Rekord oryginalny
workflow-merge-confirm = Scal z oryginałem
workflow-transfer = Przekaż innemu właścicielowi
workflow-transfer-title = Przekaż tę firmę innemu właścicielowi
workflow-transfer-explanation = Jej kontakty zostaną przekazane razem z nią.
workflow-transfer-owner = Nowy właściciel
workflow-transfer-confirm = Przekaż

## Command palette and shortcuts

palette-open = Wyszukaj lub wykonaj polecenie…
palette-shortcut = Ctrl K
palette-label = Paleta poleceń
palette-placeholder = Znajdź dowolny rekord lub działanie
palette-action = Działanie
palette-nothing = Nic nie znaleziono.
palette-searching = Wyszukiwanie…
palette-go = Przejdź do sekcji „{ $area }”
palette-theme = Przełącz motyw kolorystyczny
palette-language = Język: { $language }
shortcut-title = Skróty klawiaturowe
shortcut-palette = Otwórz paletę poleceń
shortcut-save = Zapisz otwarty formularz
shortcut-new = Nowy rekord na tej liście
shortcut-search = Szukaj na tej liście
shortcut-help = Pokaż te skróty
shortcut-go-requests = Przejdź do zapytań
shortcut-go-deals = Przejdź do transakcji
shortcut-go-pipeline = Przejdź do lejka sprzedaży
shortcut-go-companies = Przejdź do firm
shortcut-go-contacts = Przejdź do kontaktów
shortcut-go-leads = Przejdź do leadów
shortcut-list-move = Poruszaj się po liście i otwórz wiersz
shortcut-close = Zamknij okno dialogowe

## Theme and connection state

theme-switch = Motyw kolorystyczny
theme-system = Motyw: systemowy
theme-light = Motyw: jasny
theme-dark = Motyw: ciemny
offline-message = Brak połączenia z bazą danych. To, co wpisujesz, zostaje zachowane; Oriel CRM ponawia próbę co kilka sekund.
offline-retry = Ponów teraz

## Deal money

deal-money-amount = Kwota transakcji
deal-money-paid = Zapłacono
deal-money-expected = Pozostało do zapłaty

## Form sections

section-person = Osoba
section-reach = Dane kontaktowe
section-place = Adres
section-classification = Klasyfikacja
section-notes = Notatki
section-company = Firma
section-ownership = Właściciel
section-inquiry = Zapytanie
section-sender = Nadawca
section-matches = Dopasowane rekordy
section-state = Stan
section-deal = Transakcja
section-money = Finanse
section-counterparty = Klient

## Trash

list-trash = Kosz
record-in-trash = Ten rekord jest w koszu.
record-restore = Przywróć

## Notifications

notices-button = Powiadomienia
notices-open =
    { $count ->
        [one] Powiadomienia, { $count } nieprzeczytane
        [few] Powiadomienia, { $count } nieprzeczytane
        [many] Powiadomienia, { $count } nieprzeczytanych
       *[other] Powiadomienia, { $count } nieprzeczytanego
    }
notices-title = Powiadomienia
notices-none = Brak powiadomień.
notices-mark-all = Oznacz wszystkie jako przeczytane

## Overview tiles

today-title = Dziś
today-requests = Zapytania oczekujące na obsługę
today-deals = Moje aktywne transakcje
today-due = Moje następne kroki na dziś lub zaległe
notices-while-away = Podczas Twojej nieobecności
notices-include-own = Powiadamiaj mnie także o zapytaniach, które przypisuję sobie
