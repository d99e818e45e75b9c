# Every string the desktop window shows. Messages rendered by Rust live in errors.ftl.

## Application shell

app-name = Oriel CRM
app-starting = Spouštění…
app-start-failed = Oriel CRM se nepodařilo spustit
app-start-retry = Zkusit znovu
locale-switch-label = Jazyk
unexpected-error = Došlo k neočekávané chybě. Zkuste to prosím znovu, a pokud se chyba opakuje, restartujte Oriel CRM.

## Connect screen

connect-title = Vyberte databázi
connect-intro = Oriel CRM ukládá vaše zákazníky, obchody a poptávky do databáze. Začněte hned s vestavěnou databází na tomto počítači, nebo se připojte k serveru PostgreSQL či MySQL vašeho týmu.
connect-opening = Otevírání databáze…
connect-embedded-heading = Na tomto počítači
connect-embedded-description = Soukromý databázový soubor, připravený okamžitě a bez jakéhokoli nastavování. Nejlepší volba, když pracujete sami.
connect-embedded = Otevřít vestavěnou databázi
connect-embedded-path = Soubor:
connect-saved-heading = Naposledy použité
connect-saved-reopen = Znovu otevřít
connect-server-heading = Na serveru
connect-server-description = Sdílejte jedno CRM s celým týmem. Každý se přihlašuje vlastním databázovým účtem.
server-url-label = Adresa serveru
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = Například postgres://anna@db.example.org:5432/crm nebo mysql://anna@db.example.org:3306/crm
server-password-label = Heslo
server-password-saved-hint = Ponechte prázdné, chcete-li použít heslo uložené v systémové klíčence.
remember-password-label = Zapamatovat si heslo v systémové klíčence
connect-server = Připojit se k serveru

## Home screen

home-title = Přehled
disconnect = Odpojit
connection-heading = Připojení
connection-backend-label = Databáze
connection-location-label = Umístění
schema-version-label = Verze schématu
backend-sqlite = Vestavěná databáze (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installation settings

settings-heading = Nastavení instalace
settings-description = Tato nastavení platí pro všechny, kdo s touto databází pracují.
settings-loading = Načítání nastavení…
settings-load-retry = Zkusit znovu
org-name-label = Název organizace
vat-percent-label = DPH (%)
vat-percent-hint = Procento od 0 do 100, například 19 nebo 7,5.
mark-payments-label = Označovat platby provedené prostřednictvím zastoupení
mark-payments-hint = U každé platby nabízí označení „zaplaceno prostřednictvím zastoupení“.
check-shipment-dates-label = Kontrolovat data expedice
check-shipment-dates-hint = Označuje obchody, u kterých chybí smluvní datum expedice nebo už uplynulo.
default-language-label = Výchozí jazyk
settings-save = Uložit nastavení
settings-saving = Ukládání…
settings-saved = Nastavení bylo uloženo.
conflict-hint = Vaše hodnoty zůstaly ve formuláři. Vedle nich jsou zobrazeny aktuálně uložené hodnoty.
conflict-use-stored = Použít uložené hodnoty
conflict-save-mine = Přesto uložit moje hodnoty

## Stored values

stored-heading = Uloženo v databázi
stored-description = Hodnoty tak, jak je databáze naposledy vrátila.
stored-updated-at-label = Poslední změna
value-yes = Ano
value-no = Ne
value-empty = (prázdné)
