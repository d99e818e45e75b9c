# Alle Texte, die das Desktop-Fenster zeigt. Meldungen, die Rust erzeugt, stehen in errors.ftl.

## Anwendungsrahmen

app-name = Oriel CRM
app-starting = Wird gestartet…
app-start-failed = Oriel CRM konnte nicht gestartet werden
app-start-retry = Erneut versuchen
locale-switch-label = Sprache
unexpected-error = Etwas Unerwartetes ist schiefgegangen. Bitte versuchen Sie es noch einmal und starten Sie Oriel CRM neu, falls der Fehler bleibt.

## Verbindungsauswahl

connect-title = Datenbank auswählen
connect-intro = Oriel CRM speichert Kunden, Deals und Anfragen in einer Datenbank. Beginnen Sie sofort mit der eingebetteten Datenbank auf diesem Computer oder verbinden Sie sich mit dem PostgreSQL- oder MySQL-Server Ihres Teams.
connect-opening = Datenbank wird geöffnet…
connect-embedded-heading = Auf diesem Computer
connect-embedded-description = Eine private Datenbankdatei, sofort bereit und ohne Einrichtung. Ideal, wenn Sie allein arbeiten.
connect-embedded = Eingebettete Datenbank öffnen
connect-embedded-path = Datei:
connect-saved-heading = Zuletzt verwendet
connect-saved-reopen = Wieder öffnen
connect-server-heading = Auf einem Server
connect-server-description = Ein gemeinsames CRM für Ihr Team. Jede Person meldet sich mit dem eigenen Datenbankkonto an.
server-url-label = Serveradresse
server-url-placeholder = postgres://benutzer@host:5432/crm
server-url-hint = Zum Beispiel postgres://anna@db.example.org:5432/crm oder mysql://anna@db.example.org:3306/crm
server-password-label = Passwort
server-password-saved-hint = Leer lassen, um das im Schlüsselbund des Systems gespeicherte Passwort zu verwenden.
remember-password-label = Passwort im Schlüsselbund des Systems speichern
connect-server = Mit dem Server verbinden

## Startseite

home-title = Übersicht
disconnect = Trennen
connection-heading = Verbindung
connection-backend-label = Datenbank
connection-location-label = Speicherort
schema-version-label = Schemaversion
backend-sqlite = Eingebettete Datenbank (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installationseinstellungen

settings-heading = Installationseinstellungen
settings-description = Diese Einstellungen gelten für alle, die mit dieser Datenbank arbeiten.
settings-loading = Einstellungen werden geladen…
settings-load-retry = Erneut versuchen
org-name-label = Name der Organisation
vat-percent-label = Mehrwertsteuer (%)
vat-percent-hint = Ein Prozentsatz von 0 bis 100, zum Beispiel 19 oder 7,5.
mark-payments-label = Zahlungen über eine Repräsentanz kennzeichnen
mark-payments-hint = Bietet bei jeder Zahlung die Markierung „über eine Repräsentanz bezahlt“ an.
check-shipment-dates-label = Lieferdaten prüfen
check-shipment-dates-hint = Markiert Deals, deren vertragliches Lieferdatum fehlt oder überschritten ist.
default-language-label = Standardsprache
settings-save = Einstellungen speichern
settings-saving = Wird gespeichert…
settings-saved = Einstellungen gespeichert.
conflict-hint = Ihre Eingaben stehen weiterhin im Formular. Daneben sehen Sie die jetzt gespeicherten Werte.
conflict-use-stored = Gespeicherte Werte übernehmen
conflict-save-mine = Meine Werte trotzdem speichern

## Gespeicherte Werte

stored-heading = In der Datenbank gespeichert
stored-description = Die Werte, wie die Datenbank sie zuletzt zurückgegeben hat.
stored-updated-at-label = Zuletzt geändert
value-yes = Ja
value-no = Nein
value-empty = (leer)
