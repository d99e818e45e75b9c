# Der Bildschirm für Import und Export (R-IMP-1, R-IMP-2): Tabellen mit Firmen, Kontakten und
# Leads hinein, Tabellen mit Firmen, Kontakten, Leads und Deals hinaus.

nav-transfer = Import und Export
transfer-description = Datensätze aus einer Tabelle übernehmen oder in eine Tabelle ausgeben.
transfer-entity = Datensätze

## Import

import-heading = Import
import-hint = Eine XLSX-Datei, deren erste Zeile die Spalten benennt, wie in einer exportierten Datei. Zeilen, deren Datensatz schon vorhanden ist, werden übersprungen.
import-file = Datei
import-start = Import starten
import-reading = Die Datei wird gelesen …
import-progress-label = Fortschritt des Imports
import-progress-rows =
    { $total ->
        [one] { $done } von { $total } Zeile
       *[other] { $done } von { $total } Zeilen
    }
import-cancel = Import abbrechen
import-cancelling = Wird nach der aktuellen Zeile angehalten …
import-failed = Die Datei wurde nicht importiert.
import-report-heading = Ergebnis des Imports
import-report-found = Zeilen in der Datei
import-report-created = Angelegt
import-report-skipped = Übersprungen
import-report-failed = Fehlgeschlagen
import-report-cancelled = Der Import wurde abgebrochen. Die bis dahin gespeicherten Zeilen bleiben erhalten; der Rest der Datei wurde nicht gelesen.
import-report-complete = Die ganze Datei wurde gelesen.
import-report-messages = Übersprungene und fehlgeschlagene Zeilen
import-row-skipped = Zeile { $row }, übersprungen: { $message }
import-row-failed = Zeile { $row }, fehlgeschlagen: { $message }

## Export

export-heading = Export
export-hint = Die Datei enthält alle Datensätze dieser Art, die Ihnen gehören.
export-start = Als XLSX exportieren
export-working = Wird exportiert …
export-ready =
    { $rows ->
        [one] { $rows } Datensatz exportiert.
       *[other] { $rows } Datensätze exportiert.
    }
export-download = { $file } speichern
