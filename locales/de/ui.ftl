# Die Arbeitsbildschirme: Navigation, Listen, Formulare, Befehlspalette und Tastenkürzel.

## Allgemeine Aktionen

# $entity ist die Einzahl aus fields.ftl; „anlegen“ erspart die Beugung von „neu“ nach dem Geschlecht.
action-new = { $entity } anlegen
action-cancel = Abbrechen
action-close = Schließen
action-retry = Erneut versuchen
action-back-to = Zurück zu { $list }

## Navigation

nav-label = Hauptnavigation
nav-home = Übersicht
nav-pipeline = Pipeline
nav-unknown = Diese Ansicht gibt es nicht.
nav-pending = { $older } aus früheren Tagen offen, { $today } heute eingegangen
nav-group-sales = Vertrieb
nav-group-customers = Kunden
nav-group-goods = Produkte und Finanzen
nav-group-reference = Stammdaten
nav-group-admin = Verwaltung

## Listen

list-count =
    { $count ->
        [one] { $count } Datensatz
       *[other] { $count } Datensätze
    }
list-empty = Hier ist noch nichts.
list-loading = Wird geladen…
list-search-placeholder = Diese Liste durchsuchen
list-mine = Nur meine
list-filters = Filter
list-views = Gespeicherte Ansichten
list-view-name = Name der Ansicht
list-view-save = Ansicht speichern
list-view-delete = Ansicht „{ $name }“ löschen
filter-any = Beliebig
filter-clear = Filter zurücksetzen

## Sammelaktionen

bulk-label = Aktionen für die ausgewählten Datensätze
bulk-selected = { $count } ausgewählt
bulk-select-all = Alle geladenen Datensätze auswählen
bulk-select-row = { $name } auswählen
bulk-owner = Verantwortlichen ändern
bulk-tag = Schlagwort hinzufügen
bulk-delete = Auswahl löschen
bulk-progress = { $done } von { $total } erledigt
bulk-failed = Datensatz #{ $id }: { $message }

## Formular

record-save = Speichern
record-saving = Wird gespeichert…
record-saved = Gespeichert.
record-revert = Meine Änderungen verwerfen
record-delete = Löschen
record-delete-confirm = Diesen Datensatz löschen? Er kommt in den Papierkorb und kann wiederhergestellt werden.
picker-search = Zum Suchen tippen…
picker-clear = Auswahl aufheben
picker-remove = { $name } entfernen

## Verlauf

history-title = Verlauf
history-empty = Noch keine Änderungen erfasst.
history-unavailable = Der Verlauf konnte nicht geladen werden.
history-system = Oriel CRM
history-action-create = Angelegt
history-action-update = Geändert
history-action-delete = Gelöscht
history-action-restore = Wiederhergestellt
history-action-merge = Zusammengeführt
history-action-purge = Endgültig gelöscht

## Bearbeitungskonflikte

conflict-title = Jemand anderes hat diesen Datensatz gespeichert, während Sie ihn bearbeitet haben
conflict-explanation = Ihre Eingaben gehen nicht verloren. Wählen Sie für jedes abweichende Feld, welcher Wert bleiben soll, und speichern Sie dann.
conflict-field = Feld
conflict-mine = Ihre Eingabe
conflict-stored = Von der anderen Person gespeichert
conflict-base = Beim Beginn Ihrer Bearbeitung
conflict-all-mine = Alle meine Werte behalten
conflict-all-stored = Alle Werte der anderen Person übernehmen
conflict-back = Zurück zu meinem Formular
conflict-apply = Meine Auswahl speichern

## Abläufe

workflow-request-to-deal = In einen Deal umwandeln
workflow-open-deal = Deal öffnen
workflow-lead-convert = In Unternehmen und Kontakt umwandeln
workflow-converted = Der Lead wurde umgewandelt
workflow-company-created = Neues Unternehmen angelegt:
workflow-company-found = Vorhandenes Unternehmen gefunden und verwendet:
workflow-contact-created = Neuer Kontakt angelegt:
workflow-contact-found = Vorhandener Kontakt gefunden und verwendet:
workflow-record-payment = Zahlung erfassen
workflow-merge = Duplikat zusammenführen
workflow-merge-title = Diesen Datensatz mit einem anderen zusammenführen
workflow-merge-explanation = Dieser Datensatz ist das Duplikat: Seine verknüpften Datensätze gehen auf das Original über, und er selbst wird gelöscht.
workflow-merge-original = Originaldatensatz
workflow-merge-confirm = Mit dem Original zusammenführen
workflow-transfer = Verantwortlichen wechseln
workflow-transfer-title = Dieses Unternehmen einem anderen Verantwortlichen übergeben
workflow-transfer-explanation = Seine Kontakte gehen mit über.
workflow-transfer-owner = Neuer Verantwortlicher
workflow-transfer-confirm = Übergeben

## Befehlspalette und Tastenkürzel

palette-open = Suchen oder Befehl ausführen…
palette-shortcut = Ctrl K
palette-label = Befehlspalette
palette-placeholder = Beliebigen Datensatz oder Befehl finden
palette-action = Aktion
palette-nothing = Nichts gefunden.
palette-searching = Wird gesucht…
palette-go = Zu { $area } wechseln
palette-theme = Farbschema wechseln
palette-language = Sprache: { $language }
shortcut-title = Tastenkürzel
shortcut-palette = Befehlspalette öffnen
shortcut-save = Geöffnetes Formular speichern
shortcut-new = Neuer Datensatz in dieser Liste
shortcut-search = Diese Liste durchsuchen
shortcut-help = Diese Tastenkürzel anzeigen
shortcut-go-requests = Zu den Anfragen
shortcut-go-deals = Zu den Deals
shortcut-go-pipeline = Zur Pipeline
shortcut-go-companies = Zu den Unternehmen
shortcut-go-contacts = Zu den Kontakten
shortcut-go-leads = Zu den Leads
shortcut-list-move = In einer Liste bewegen und eine Zeile öffnen
shortcut-close = Dialog schließen

## Farbschema und Verbindungsstatus

theme-switch = Farbschema
theme-system = Farbschema: System
theme-light = Farbschema: hell
theme-dark = Farbschema: dunkel
offline-message = Die Datenbank ist nicht erreichbar. Ihre Eingaben bleiben erhalten; Oriel CRM versucht es alle paar Sekunden erneut.
offline-retry = Jetzt erneut versuchen

## Beträge des Deals

deal-money-amount = Betrag des Deals
deal-money-paid = Bezahlt
deal-money-expected = Noch erwartet

## Formularabschnitte

section-person = Person
section-reach = Erreichbarkeit
section-place = Adresse
section-classification = Einordnung
section-notes = Notizen
section-company = Unternehmen
section-ownership = Zuständigkeit
section-inquiry = Anfrage
section-sender = Absender
section-matches = Zugeordnete Datensätze
section-state = Status
section-deal = Deal
section-money = Beträge
section-counterparty = Kunde

## Papierkorb

list-trash = Papierkorb
record-in-trash = Dieser Datensatz liegt im Papierkorb.
record-restore = Wiederherstellen

## Benachrichtigungen

notices-button = Benachrichtigungen
notices-open = Benachrichtigungen, { $count } ungelesen
notices-title = Benachrichtigungen
notices-none = Keine Benachrichtigungen.
notices-mark-all = Alle als gelesen markieren

## Kacheln der Übersicht

today-title = Heute
today-requests = Anfragen, die auf Bearbeitung warten
today-deals = Meine aktiven Deals
today-due = Meine nächsten Schritte, heute fällig oder überfällig
notices-while-away = Während Ihrer Abwesenheit
notices-include-own = Auch bei Anfragen benachrichtigen, die ich mir selbst zuweise
