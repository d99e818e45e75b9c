# Every string the desktop window shows. Messages rendered by Rust live in errors.ftl.

## Application shell

app-name = Oriel CRM
app-starting = Se pornește…
app-start-failed = Oriel CRM nu a putut porni
app-start-retry = Încearcă din nou
locale-switch-label = Limbă
unexpected-error = A apărut o eroare neașteptată. Încercați din nou și reporniți Oriel CRM dacă problema persistă.

## Connect screen

connect-title = Alegeți o bază de date
connect-intro = Oriel CRM păstrează clienții, tranzacțiile și cererile dumneavoastră într-o bază de date. Începeți imediat cu baza de date integrată de pe acest computer sau conectați-vă la serverul PostgreSQL ori MySQL al echipei.
connect-opening = Se deschide baza de date…
connect-embedded-heading = Pe acest computer
connect-embedded-description = Un fișier de bază de date privat, gata imediat, fără nimic de configurat. Ideal pentru lucrul individual.
connect-embedded = Deschide baza de date integrată
connect-embedded-path = Fișier:
connect-saved-heading = Folosite recent
connect-saved-reopen = Redeschide
connect-server-heading = Pe un server
connect-server-description = Folosiți un singur CRM împreună cu echipa. Fiecare se autentifică cu propriul cont de bază de date.
server-url-label = Adresa serverului
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = De exemplu postgres://anna@db.example.org:5432/crm sau mysql://anna@db.example.org:3306/crm
server-password-label = Parolă
server-password-saved-hint = Lăsați gol pentru a folosi parola salvată în seiful de parole al sistemului.
remember-password-label = Memorează parola în seiful de parole al sistemului
connect-server = Conectare la server

## Home screen

home-title = Prezentare generală
disconnect = Deconectare
connection-heading = Conexiune
connection-backend-label = Bază de date
connection-location-label = Locație
schema-version-label = Versiunea schemei
backend-sqlite = Bază de date integrată (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installation settings

settings-heading = Setările instalării
settings-description = Aceste setări se aplică tuturor celor care lucrează cu această bază de date.
settings-loading = Se încarcă setările…
settings-load-retry = Încearcă din nou
org-name-label = Numele organizației
vat-percent-label = TVA (%)
vat-percent-hint = Un procent între 0 și 100, de exemplu 19 sau 7,5.
mark-payments-label = Marchează plățile efectuate prin reprezentanță
mark-payments-hint = Oferă la fiecare plată marcajul „plătit prin reprezentanță”.
check-shipment-dates-label = Verifică datele de expediere
check-shipment-dates-hint = Marchează tranzacțiile a căror dată contractuală de expediere lipsește sau a trecut.
default-language-label = Limba implicită
settings-save = Salvează setările
settings-saving = Se salvează…
settings-saved = Setările au fost salvate.
conflict-hint = Valorile dumneavoastră sunt încă în formular. Alături sunt afișate valorile salvate acum.
conflict-use-stored = Folosește valorile salvate
conflict-save-mine = Salvează totuși valorile mele

## Stored values

stored-heading = Salvat în baza de date
stored-description = Valorile așa cum le-a returnat ultima dată baza de date.
stored-updated-at-label = Ultima modificare
value-yes = Da
value-no = Nu
value-empty = (gol)
