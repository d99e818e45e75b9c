# Every string the desktop window shows. Messages rendered by Rust live in errors.ftl.

## Application shell

app-name = Oriel CRM
app-starting = Εκκίνηση…
app-start-failed = Δεν ήταν δυνατή η εκκίνηση του Oriel CRM
app-start-retry = Δοκιμάστε ξανά
locale-switch-label = Γλώσσα
unexpected-error = Παρουσιάστηκε ένα απρόσμενο σφάλμα. Δοκιμάστε ξανά και, αν συνεχίσει να συμβαίνει, επανεκκινήστε το Oriel CRM.

## Connect screen

connect-title = Επιλέξτε βάση δεδομένων
connect-intro = Το Oriel CRM διατηρεί τους πελάτες, τις συμφωνίες και τα αιτήματά σας σε μια βάση δεδομένων. Ξεκινήστε αμέσως με την ενσωματωμένη βάση δεδομένων σε αυτόν τον υπολογιστή ή συνδεθείτε στον διακομιστή PostgreSQL ή MySQL της ομάδας σας.
connect-opening = Άνοιγμα της βάσης δεδομένων…
connect-embedded-heading = Σε αυτόν τον υπολογιστή
connect-embedded-description = Ένα ιδιωτικό αρχείο βάσης δεδομένων, έτοιμο αμέσως, χωρίς καμία ρύθμιση. Ιδανικό όταν εργάζεστε μόνοι σας.
connect-embedded = Άνοιγμα της ενσωματωμένης βάσης δεδομένων
connect-embedded-path = Αρχείο:
connect-saved-heading = Τελευταία χρήση
connect-saved-reopen = Άνοιγμα ξανά
connect-server-heading = Σε διακομιστή
connect-server-description = Μοιραστείτε ένα CRM με την ομάδα σας. Ο καθένας συνδέεται με τον δικό του λογαριασμό βάσης δεδομένων.
server-url-label = Διεύθυνση διακομιστή
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = Για παράδειγμα postgres://anna@db.example.org:5432/crm ή mysql://anna@db.example.org:3306/crm
server-password-label = Κωδικός πρόσβασης
server-password-saved-hint = Αφήστε το κενό για να χρησιμοποιηθεί ο κωδικός που είναι αποθηκευμένος στην κλειδοθήκη του συστήματος.
remember-password-label = Απομνημόνευση του κωδικού στην κλειδοθήκη του συστήματος
connect-server = Σύνδεση στον διακομιστή

## Home screen

home-title = Επισκόπηση
disconnect = Αποσύνδεση
connection-heading = Σύνδεση
connection-backend-label = Βάση δεδομένων
connection-location-label = Τοποθεσία
schema-version-label = Έκδοση σχήματος
backend-sqlite = Ενσωματωμένη βάση δεδομένων (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installation settings

settings-heading = Ρυθμίσεις εγκατάστασης
settings-description = Αυτές οι ρυθμίσεις ισχύουν για όλους όσοι εργάζονται με αυτήν τη βάση δεδομένων.
settings-loading = Φόρτωση ρυθμίσεων…
settings-load-retry = Δοκιμάστε ξανά
org-name-label = Επωνυμία οργανισμού
vat-percent-label = ΦΠΑ (%)
vat-percent-hint = Ποσοστό από 0 έως 100, για παράδειγμα 19 ή 7,5.
mark-payments-label = Σήμανση πληρωμών μέσω αντιπροσωπείας
mark-payments-hint = Προσφέρει σε κάθε πληρωμή την ένδειξη «πληρώθηκε μέσω αντιπροσωπείας».
check-shipment-dates-label = Έλεγχος ημερομηνιών αποστολής
check-shipment-dates-hint = Επισημαίνει τις συμφωνίες των οποίων η συμβατική ημερομηνία αποστολής λείπει ή έχει παρέλθει.
default-language-label = Προεπιλεγμένη γλώσσα
settings-save = Αποθήκευση ρυθμίσεων
settings-saving = Αποθήκευση…
settings-saved = Οι ρυθμίσεις αποθηκεύτηκαν.
conflict-hint = Οι τιμές σας παραμένουν στη φόρμα. Δίπλα εμφανίζονται οι τιμές που είναι τώρα αποθηκευμένες.
conflict-use-stored = Χρήση των αποθηκευμένων τιμών
conflict-save-mine = Αποθήκευση των δικών μου τιμών παρ’ όλα αυτά

## Stored values

stored-heading = Αποθηκευμένα στη βάση δεδομένων
stored-description = Οι τιμές όπως τις επέστρεψε τελευταία φορά η βάση δεδομένων.
stored-updated-at-label = Τελευταία αλλαγή
value-yes = Ναι
value-no = Όχι
value-empty = (κενό)
