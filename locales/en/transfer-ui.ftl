# The import and export screen (R-IMP-1, R-IMP-2): sheets of companies, contacts and leads in,
# sheets of companies, contacts, leads and deals out.

nav-transfer = Import and export
transfer-description = Bring records in from a spreadsheet, or take them out to one.
transfer-entity = Records

## Import

import-heading = Import
import-hint = An XLSX file whose first row names the columns, as an exported file does. Rows whose record exists already are skipped.
import-file = File
import-start = Start import
import-reading = Reading the file…
import-progress-label = Import progress
import-progress-rows =
    { $total ->
        [one] { $done } of { $total } row
       *[other] { $done } of { $total } rows
    }
import-cancel = Cancel import
import-cancelling = Stopping after the current row…
import-failed = The file was not imported.
import-report-heading = Import result
import-report-found = Rows in the file
import-report-created = Created
import-report-skipped = Skipped
import-report-failed = Failed
import-report-cancelled = The import was cancelled. The rows saved before that are kept; the rest of the file was not read.
import-report-complete = The whole file was read.
import-report-messages = Skipped and failed rows
import-row-skipped = Row { $row }, skipped: { $message }
import-row-failed = Row { $row }, failed: { $message }

## Export

export-heading = Export
export-hint = The file holds every record of this kind that you own.
export-start = Export to XLSX
export-working = Exporting…
export-ready =
    { $rows ->
        [one] { $rows } record exported.
       *[other] { $rows } records exported.
    }
export-download = Save { $file }
