# Every string the desktop window shows. Messages rendered by Rust live in errors.ftl.

## Application shell

app-name = Oriel CRM
app-starting = Uruchamianie…
app-start-failed = Nie udało się uruchomić Oriel CRM
app-start-retry = Spróbuj ponownie
locale-switch-label = Język
unexpected-error = Wystąpił nieoczekiwany błąd. Spróbuj ponownie, a jeśli problem będzie się powtarzał, uruchom ponownie Oriel CRM.

## Connect screen

connect-title = Wybierz bazę danych
connect-intro = Oriel CRM przechowuje Twoich klientów, transakcje i zapytania w bazie danych. Zacznij od razu z wbudowaną bazą danych na tym komputerze albo połącz się z serwerem PostgreSQL lub MySQL swojego zespołu.
connect-opening = Otwieranie bazy danych…
connect-embedded-heading = Na tym komputerze
connect-embedded-description = Prywatny plik bazy danych, gotowy od razu, bez żadnej konfiguracji. Najlepszy wybór do pracy w pojedynkę.
connect-embedded = Otwórz wbudowaną bazę danych
connect-embedded-path = Plik:
connect-saved-heading = Ostatnio używane
connect-saved-reopen = Otwórz ponownie
connect-server-heading = Na serwerze
connect-server-description = Jeden CRM dla całego zespołu. Każdy loguje się własnym kontem bazy danych.
server-url-label = Adres serwera
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = Na przykład postgres://anna@db.example.org:5432/crm lub mysql://anna@db.example.org:3306/crm
server-password-label = Hasło
server-password-saved-hint = Pozostaw puste, aby użyć hasła zapisanego w systemowym magazynie haseł.
remember-password-label = Zapamiętaj hasło w systemowym magazynie haseł
connect-server = Połącz z serwerem

## Home screen

home-title = Przegląd
disconnect = Rozłącz
connection-heading = Połączenie
connection-backend-label = Baza danych
connection-location-label = Lokalizacja
schema-version-label = Wersja schematu
backend-sqlite = Wbudowana baza danych (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installation settings

settings-heading = Ustawienia instalacji
settings-description = Te ustawienia dotyczą wszystkich, którzy pracują z tą bazą danych.
settings-loading = Wczytywanie ustawień…
settings-load-retry = Spróbuj ponownie
org-name-label = Nazwa organizacji
vat-percent-label = VAT (%)
vat-percent-hint = Wartość procentowa od 0 do 100, na przykład 19 lub 7,5.
mark-payments-label = Oznaczaj płatności dokonane przez przedstawicielstwo
mark-payments-hint = Udostępnia przy każdej płatności oznaczenie „opłacono przez przedstawicielstwo”.
check-shipment-dates-label = Sprawdzaj daty wysyłki
check-shipment-dates-hint = Oznacza transakcje, w których brakuje umownej daty wysyłki lub ta data już minęła.
default-language-label = Język domyślny
settings-save = Zapisz ustawienia
settings-saving = Zapisywanie…
settings-saved = Ustawienia zapisane.
conflict-hint = Twoje wartości nadal są w formularzu. Obok widać wartości zapisane obecnie.
conflict-use-stored = Użyj zapisanych wartości
conflict-save-mine = Mimo to zapisz moje wartości

## Stored values

stored-heading = Zapisane w bazie danych
stored-description = Wartości w postaci, w jakiej baza danych zwróciła je ostatnio.
stored-updated-at-label = Ostatnia zmiana
value-yes = Tak
value-no = Nie
value-empty = (puste)
