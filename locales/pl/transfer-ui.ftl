# The import and export screen (R-IMP-1, R-IMP-2): sheets of companies, contacts and leads in,
# sheets of companies, contacts, leads and deals out.

nav-transfer = Import i eksport
transfer-description = Wczytaj rekordy z arkusza kalkulacyjnego lub wyeksportuj je do arkusza.
transfer-entity = Rekordy

## Import

import-heading = Import
import-hint = Plik XLSX, którego pierwszy wiersz zawiera nazwy kolumn, tak jak plik wyeksportowany. Wiersze, których rekord już istnieje, są pomijane.
import-file = Plik
import-start = Rozpocznij import
import-reading = Odczytywanie pliku…
import-progress-label = Postęp importu
import-progress-rows =
    { $total ->
        [one] { $done } z { $total } wiersza
        [few] { $done } z { $total } wierszy
        [many] { $done } z { $total } wierszy
       *[other] { $done } z { $total } wiersza
    }
import-cancel = Anuluj import
import-cancelling = Zatrzymywanie po bieżącym wierszu…
import-failed = Plik nie został zaimportowany.
import-report-heading = Wynik importu
import-report-found = Wiersze w pliku
import-report-created = Utworzono
import-report-skipped = Pominięto
import-report-failed = Nie powiodło się
import-report-cancelled = Import został anulowany. Wiersze zapisane wcześniej pozostają; reszta pliku nie została odczytana.
import-report-complete = Odczytano cały plik.
import-report-messages = Pominięte i nieudane wiersze
import-row-skipped = Wiersz { $row }, pominięty: { $message }
import-row-failed = Wiersz { $row }, błąd: { $message }

## Export

export-heading = Eksport
export-hint = Plik zawiera wszystkie Twoje rekordy tego rodzaju.
export-start = Eksportuj do XLSX
export-working = Eksportowanie…
export-ready =
    { $rows ->
        [one] Wyeksportowano { $rows } rekord.
        [few] Wyeksportowano { $rows } rekordy.
        [many] Wyeksportowano { $rows } rekordów.
       *[other] Wyeksportowano { $rows } rekordu.
    }
export-download = Zapisz { $file }
