# The import and export screen (R-IMP-1, R-IMP-2): sheets of companies, contacts and leads in,
# sheets of companies, contacts, leads and deals out.

nav-transfer = Import și export
transfer-description = Importați înregistrări dintr-o foaie de calcul sau exportați-le într-una.
transfer-entity = Înregistrări

## Import

import-heading = Import
import-hint = Un fișier XLSX al cărui prim rând conține numele coloanelor, la fel ca un fișier exportat. Rândurile a căror înregistrare există deja sunt omise.
import-file = Fișier
import-start = Pornește importul
import-reading = Se citește fișierul…
import-progress-label = Progresul importului
import-progress-rows =
    { $total ->
        [one] { $done } din { $total } rând
        [few] { $done } din { $total } rânduri
       *[other] { $done } din { $total } de rânduri
    }
import-cancel = Anulează importul
import-cancelling = Se oprește după rândul curent…
import-failed = Fișierul nu a fost importat.
import-report-heading = Rezultatul importului
import-report-found = Rânduri în fișier
import-report-created = Create
import-report-skipped = Omise
import-report-failed = Eșuate
import-report-cancelled = Importul a fost anulat. Rândurile salvate până atunci se păstrează; restul fișierului nu a fost citit.
import-report-complete = Întregul fișier a fost citit.
import-report-messages = Rânduri omise și eșuate
import-row-skipped = Rândul { $row }, omis: { $message }
import-row-failed = Rândul { $row }, eșuat: { $message }

## Export

export-heading = Export
export-hint = Fișierul conține toate înregistrările de acest tip pe care le dețineți.
export-start = Exportă în XLSX
export-working = Se exportă…
export-ready =
    { $rows ->
        [one] { $rows } înregistrare exportată.
        [few] { $rows } înregistrări exportate.
       *[other] { $rows } de înregistrări exportate.
    }
export-download = Salvează { $file }
