# The import and export screen (R-IMP-1, R-IMP-2): sheets of companies, contacts and leads in,
# sheets of companies, contacts, leads and deals out.

nav-transfer = Importeren en exporteren
transfer-description = Haal records binnen uit een spreadsheet, of zet ze in een spreadsheet.
transfer-entity = Records

## Import

import-heading = Importeren
import-hint = Een XLSX-bestand waarvan de eerste rij de kolommen benoemt, zoals in een geëxporteerd bestand. Rijen waarvan het record al bestaat, worden overgeslagen.
import-file = Bestand
import-start = Import starten
import-reading = Bestand wordt gelezen…
import-progress-label = Voortgang van de import
import-progress-rows =
    { $total ->
        [one] { $done } van { $total } rij
       *[other] { $done } van { $total } rijen
    }
import-cancel = Import annuleren
import-cancelling = Stoppen na de huidige rij…
import-failed = Het bestand is niet geïmporteerd.
import-report-heading = Resultaat van de import
import-report-found = Rijen in het bestand
import-report-created = Aangemaakt
import-report-skipped = Overgeslagen
import-report-failed = Mislukt
import-report-cancelled = De import is geannuleerd. De rijen die daarvoor zijn opgeslagen, blijven bewaard; de rest van het bestand is niet gelezen.
import-report-complete = Het hele bestand is gelezen.
import-report-messages = Overgeslagen en mislukte rijen
import-row-skipped = Rij { $row }, overgeslagen: { $message }
import-row-failed = Rij { $row }, mislukt: { $message }

## Export

export-heading = Exporteren
export-hint = Het bestand bevat alle records van dit type waarvan u de eigenaar bent.
export-start = Exporteren naar XLSX
export-working = Bezig met exporteren…
export-ready =
    { $rows ->
        [one] { $rows } record geëxporteerd.
       *[other] { $rows } records geëxporteerd.
    }
export-download = { $file } opslaan
