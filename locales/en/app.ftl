# Every string the desktop window shows. Messages rendered by Rust live in errors.ftl.

## Application shell

app-name = Oriel CRM
app-starting = Starting…
app-start-failed = Oriel CRM could not start
app-start-retry = Try again
locale-switch-label = Language
unexpected-error = Something unexpected went wrong. Please try again, and restart Oriel CRM if it keeps happening.

## Connect screen

connect-title = Choose a database
connect-intro = Oriel CRM keeps your customers, deals and requests in a database. Start right away with the embedded database on this computer, or connect to your team's PostgreSQL or MySQL server.
connect-opening = Opening the database…
connect-embedded-heading = On this computer
connect-embedded-description = A private database file, ready at once, with nothing to set up. Best when you work alone.
connect-embedded = Open the embedded database
connect-embedded-path = File:
connect-saved-heading = Last used
connect-saved-reopen = Reopen
connect-server-heading = On a server
connect-server-description = Share one CRM with your team. Everyone signs in with their own database account.
server-url-label = Server address
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = For example postgres://anna@db.example.org:5432/crm or mysql://anna@db.example.org:3306/crm
server-password-label = Password
server-password-saved-hint = Leave empty to use the password saved in the system keychain.
remember-password-label = Remember the password in the system keychain
connect-server = Connect to the server

## Home screen

home-title = Overview
disconnect = Disconnect
connection-heading = Connection
connection-backend-label = Database
connection-location-label = Location
schema-version-label = Schema version
backend-sqlite = Embedded database (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installation settings

settings-heading = Installation settings
settings-description = These settings apply to everyone who works with this database.
settings-loading = Loading the settings…
settings-load-retry = Try again
org-name-label = Organisation name
vat-percent-label = VAT (%)
vat-percent-hint = A percentage from 0 to 100, for example 19 or 7.5.
mark-payments-label = Mark payments made through a representative office
mark-payments-hint = Offers a “paid through a representative office” mark on each payment.
check-shipment-dates-label = Check shipment dates
check-shipment-dates-hint = Marks deals whose contractual shipment date is missing or has passed.
default-language-label = Default language
settings-save = Save settings
settings-saving = Saving…
settings-saved = Settings saved.
conflict-hint = Your values are still in the form. The values now stored are shown beside it.
conflict-use-stored = Use the stored values
conflict-save-mine = Save my values anyway

## Stored values

stored-heading = Stored in the database
stored-description = The values as the database returned them last.
stored-updated-at-label = Last changed
value-yes = Yes
value-no = No
value-empty = (empty)
