# The import and export screen (R-IMP-1, R-IMP-2): sheets of companies, contacts and leads in,
# sheets of companies, contacts, leads and deals out.

nav-transfer = Εισαγωγή και εξαγωγή
transfer-description = Εισαγάγετε εγγραφές από ένα υπολογιστικό φύλλο ή εξαγάγετέ τες σε ένα.
transfer-entity = Εγγραφές

## Import

import-heading = Εισαγωγή
import-hint = Ένα αρχείο XLSX του οποίου η πρώτη γραμμή περιέχει τα ονόματα των στηλών, όπως ένα αρχείο εξαγωγής. Οι γραμμές των οποίων η εγγραφή υπάρχει ήδη παραλείπονται.
import-file = Αρχείο
import-start = Έναρξη εισαγωγής
import-reading = Ανάγνωση του αρχείου…
import-progress-label = Πρόοδος εισαγωγής
import-progress-rows =
    { $total ->
        [one] { $done } από { $total } γραμμή
       *[other] { $done } από { $total } γραμμές
    }
import-cancel = Ακύρωση εισαγωγής
import-cancelling = Διακοπή μετά την τρέχουσα γραμμή…
import-failed = Το αρχείο δεν εισήχθη.
import-report-heading = Αποτέλεσμα εισαγωγής
import-report-found = Γραμμές στο αρχείο
import-report-created = Δημιουργήθηκαν
import-report-skipped = Παραλείφθηκαν
import-report-failed = Απέτυχαν
import-report-cancelled = Η εισαγωγή ακυρώθηκε. Οι γραμμές που αποθηκεύτηκαν ως τότε διατηρούνται· το υπόλοιπο αρχείο δεν διαβάστηκε.
import-report-complete = Διαβάστηκε ολόκληρο το αρχείο.
import-report-messages = Γραμμές που παραλείφθηκαν ή απέτυχαν
import-row-skipped = Γραμμή { $row }, παραλείφθηκε: { $message }
import-row-failed = Γραμμή { $row }, απέτυχε: { $message }

## Export

export-heading = Εξαγωγή
export-hint = Το αρχείο περιέχει όλες τις εγγραφές αυτού του είδους που σας ανήκουν.
export-start = Εξαγωγή σε XLSX
export-working = Εξαγωγή…
export-ready =
    { $rows ->
        [one] Εξήχθη { $rows } εγγραφή.
       *[other] Εξήχθησαν { $rows } εγγραφές.
    }
export-download = Αποθήκευση του { $file }
