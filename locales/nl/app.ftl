# Every string the desktop window shows. Messages rendered by Rust live in errors.ftl.

## Application shell

app-name = Oriel CRM
app-starting = Bezig met starten…
app-start-failed = Oriel CRM kon niet starten
app-start-retry = Opnieuw proberen
locale-switch-label = Taal
unexpected-error = Er is iets onverwachts misgegaan. Probeer het opnieuw en start Oriel CRM opnieuw op als het blijft gebeuren.

## Connect screen

connect-title = Kies een database
connect-intro = Oriel CRM bewaart uw klanten, deals en aanvragen in een database. Begin direct met de ingebouwde database op deze computer, of maak verbinding met de PostgreSQL- of MySQL-server van uw team.
connect-opening = Database openen…
connect-embedded-heading = Op deze computer
connect-embedded-description = Een privédatabasebestand, direct klaar, zonder iets in te stellen. Ideaal als u alleen werkt.
connect-embedded = Ingebouwde database openen
connect-embedded-path = Bestand:
connect-saved-heading = Laatst gebruikt
connect-saved-reopen = Opnieuw openen
connect-server-heading = Op een server
connect-server-description = Deel één CRM met uw team. Iedereen meldt zich aan met een eigen databaseaccount.
server-url-label = Serveradres
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = Bijvoorbeeld postgres://anna@db.example.org:5432/crm of mysql://anna@db.example.org:3306/crm
server-password-label = Wachtwoord
server-password-saved-hint = Laat leeg om het wachtwoord te gebruiken dat in de sleutelhanger van het systeem is opgeslagen.
remember-password-label = Wachtwoord onthouden in de sleutelhanger van het systeem
connect-server = Verbinden met de server

## Home screen

home-title = Overzicht
disconnect = Verbinding verbreken
connection-heading = Verbinding
connection-backend-label = Database
connection-location-label = Locatie
schema-version-label = Schemaversie
backend-sqlite = Ingebouwde database (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installation settings

settings-heading = Installatie-instellingen
settings-description = Deze instellingen gelden voor iedereen die met deze database werkt.
settings-loading = Instellingen laden…
settings-load-retry = Opnieuw proberen
org-name-label = Naam van de organisatie
vat-percent-label = Btw (%)
vat-percent-hint = Een percentage van 0 tot 100, bijvoorbeeld 19 of 7,5.
mark-payments-label = Betalingen via een vertegenwoordiging markeren
mark-payments-hint = Biedt bij elke betaling de markering ‘betaald via een vertegenwoordiging’.
check-shipment-dates-label = Verzenddatums controleren
check-shipment-dates-hint = Markeert deals waarvan de contractuele verzenddatum ontbreekt of verstreken is.
default-language-label = Standaardtaal
settings-save = Instellingen opslaan
settings-saving = Opslaan…
settings-saved = Instellingen opgeslagen.
conflict-hint = Uw waarden staan nog in het formulier. De waarden die nu zijn opgeslagen, staan ernaast.
conflict-use-stored = Opgeslagen waarden gebruiken
conflict-save-mine = Mijn waarden toch opslaan

## Stored values

stored-heading = Opgeslagen in de database
stored-description = De waarden zoals de database ze het laatst teruggaf.
stored-updated-at-label = Laatst gewijzigd
value-yes = Ja
value-no = Nee
value-empty = (leeg)
