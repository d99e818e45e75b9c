# The working screens: navigation, lists, forms, palette and shortcuts.

## Common actions

action-new = Νέα εγγραφή: { $entity }
action-cancel = Ακύρωση
action-close = Κλείσιμο
action-retry = Δοκιμάστε ξανά
action-back-to = Επιστροφή στη λίστα «{ $list }»

## Navigation

nav-label = Κύρια πλοήγηση
nav-home = Επισκόπηση
nav-pipeline = Ροή πωλήσεων
nav-unknown = Αυτή η οθόνη δεν υπάρχει.
nav-pending = Σε αναμονή από προηγούμενες ημέρες: { $older }, ελήφθησαν σήμερα: { $today }
nav-group-sales = Πωλήσεις
nav-group-customers = Πελάτες
nav-group-goods = Προϊόντα και χρήματα
nav-group-reference = Λίστες αναφοράς
nav-group-admin = Διαχείριση

## Lists

list-count =
    { $count ->
        [one] { $count } εγγραφή
       *[other] { $count } εγγραφές
    }
list-empty = Δεν υπάρχει τίποτα εδώ ακόμη.
list-loading = Φόρτωση…
list-search-placeholder = Αναζήτηση σε αυτήν τη λίστα
list-mine = Μόνο οι δικές μου
list-filters = Φίλτρα
list-views = Αποθηκευμένες προβολές
list-view-name = Όνομα προβολής
list-view-save = Αποθήκευση προβολής
list-view-delete = Διαγραφή της προβολής «{ $name }»
filter-any = Οποιοδήποτε
filter-clear = Απαλοιφή φίλτρων

## Bulk actions

bulk-label = Ενέργειες για τις επιλεγμένες εγγραφές
bulk-selected =
    { $count ->
        [one] Επιλέχθηκε { $count } εγγραφή
       *[other] Επιλέχθηκαν { $count } εγγραφές
    }
bulk-select-all = Επιλογή όλων των εγγραφών που φορτώθηκαν
bulk-select-row = Επιλογή «{ $name }»
bulk-owner = Αλλαγή υπευθύνου
bulk-tag = Προσθήκη ετικέτας
bulk-delete = Διαγραφή επιλεγμένων
bulk-progress = Ολοκληρώθηκαν { $done } από { $total }
bulk-failed = Εγγραφή #{ $id }: { $message }

## Record form

record-save = Αποθήκευση
record-saving = Αποθήκευση…
record-saved = Αποθηκεύτηκε.
record-revert = Αναίρεση των αλλαγών μου
record-delete = Διαγραφή
record-delete-confirm = Διαγραφή αυτής της εγγραφής; Θα μεταφερθεί στον κάδο απορριμμάτων και μπορεί να επαναφερθεί.
picker-search = Πληκτρολογήστε για αναζήτηση…
picker-clear = Απαλοιφή της επιλογής
picker-remove = Αφαίρεση «{ $name }»

## History

history-title = Ιστορικό
history-empty = Δεν έχουν καταγραφεί αλλαγές ακόμη.
history-unavailable = Δεν ήταν δυνατή η φόρτωση του ιστορικού.
history-system = Oriel CRM
history-action-create = Δημιουργία
history-action-update = Αλλαγή
history-action-delete = Διαγραφή
history-action-restore = Επαναφορά
history-action-merge = Συγχώνευση
history-action-purge = Οριστική διαγραφή

## Edit conflicts

conflict-title = Κάποιος άλλος αποθήκευσε αυτήν την εγγραφή ενώ την επεξεργαζόσασταν
conflict-explanation = Τίποτα από όσα πληκτρολογήσατε δεν χάθηκε. Για κάθε πεδίο που διαφέρει, επιλέξτε ποια τιμή θα κρατήσετε και, στη συνέχεια, αποθηκεύστε.
conflict-field = Πεδίο
conflict-mine = Τι πληκτρολογήσατε
conflict-stored = Αποθηκεύτηκε από τον άλλο χρήστη
conflict-base = Όταν ξεκινήσατε
conflict-all-mine = Διατήρηση όλων των δικών μου
conflict-all-stored = Αποδοχή όλων των δικών τους
conflict-back = Επιστροφή στη φόρμα μου
conflict-apply = Αποθήκευση της επιλογής μου

## Workflows

workflow-request-to-deal = Μετατροπή σε συμφωνία
workflow-open-deal = Άνοιγμα της συμφωνίας
workflow-lead-convert = Μετατροπή σε εταιρεία και επαφή
workflow-converted = Ο δυνητικός πελάτης μετατράπηκε
workflow-company-created = Δημιουργήθηκε νέα εταιρεία:
workflow-company-found = Βρέθηκε και χρησιμοποιήθηκε υπάρχουσα εταιρεία:
workflow-contact-created = Δημιουργήθηκε νέα επαφή:
workflow-contact-found = Βρέθηκε και χρησιμοποιήθηκε υπάρχουσα επαφή:
workflow-record-payment = Καταχώριση πληρωμής
workflow-merge = Συγχώνευση διπλότυπου
workflow-merge-title = Συγχώνευση αυτής της εγγραφής σε άλλη
workflow-merge-explanation = Αυτή η εγγραφή είναι το διπλότυπο: οι σχετικές εγγραφές της μεταφέρονται στην αρχική και η ίδια διαγράφεται.
workflow-merge-original = Αρχική εγγραφή
workflow-merge-confirm = Συγχώνευση στην αρχική
workflow-transfer = Μεταβίβαση σε άλλον υπεύθυνο
workflow-transfer-title = Μεταβίβαση αυτής της εταιρείας σε άλλον υπεύθυνο
workflow-transfer-explanation = Οι επαφές της μεταφέρονται μαζί της.
workflow-transfer-owner = Νέος υπεύθυνος
workflow-transfer-confirm = Μεταβίβαση

## Command palette and shortcuts

palette-open = Αναζήτηση ή εκτέλεση εντολής…
palette-shortcut = Ctrl K
palette-label = Παλέτα εντολών
palette-placeholder = Βρείτε οποιαδήποτε εγγραφή ή ενέργεια
palette-action = Ενέργεια
palette-nothing = Δεν βρέθηκε τίποτα.
palette-searching = Αναζήτηση…
palette-go = Μετάβαση: { $area }
palette-theme = Εναλλαγή χρωματικού θέματος
palette-language = Γλώσσα: { $language }
shortcut-title = Συντομεύσεις πληκτρολογίου
shortcut-palette = Άνοιγμα της παλέτας εντολών
shortcut-save = Αποθήκευση της ανοιχτής φόρμας
shortcut-new = Νέα εγγραφή σε αυτήν τη λίστα
shortcut-search = Αναζήτηση σε αυτήν τη λίστα
shortcut-help = Εμφάνιση αυτών των συντομεύσεων
shortcut-go-requests = Μετάβαση στα αιτήματα
shortcut-go-deals = Μετάβαση στις συμφωνίες
shortcut-go-pipeline = Μετάβαση στη ροή πωλήσεων
shortcut-go-companies = Μετάβαση στις εταιρείες
shortcut-go-contacts = Μετάβαση στις επαφές
shortcut-go-leads = Μετάβαση στους δυνητικούς πελάτες
shortcut-list-move = Μετακίνηση σε μια λίστα και άνοιγμα γραμμής
shortcut-close = Κλείσιμο διαλόγου

## Theme and connection state

theme-switch = Χρωματικό θέμα
theme-system = Θέμα: συστήματος
theme-light = Θέμα: φωτεινό
theme-dark = Θέμα: σκοτεινό
offline-message = Δεν είναι δυνατή η πρόσβαση στη βάση δεδομένων. Όσα πληκτρολογείτε διατηρούνται· το Oriel CRM προσπαθεί ξανά κάθε λίγα δευτερόλεπτα.
offline-retry = Νέα προσπάθεια τώρα

## Deal money

deal-money-amount = Ποσό συμφωνίας
deal-money-paid = Πληρώθηκε
deal-money-expected = Αναμένεται ακόμη

## Form sections

section-person = Πρόσωπο
section-reach = Στοιχεία επικοινωνίας
section-place = Διεύθυνση
section-classification = Κατηγοριοποίηση
section-notes = Σημειώσεις
section-company = Εταιρεία
section-ownership = Υπεύθυνος
section-inquiry = Ερώτημα πελάτη
section-sender = Αποστολέας
section-matches = Αντιστοιχισμένες εγγραφές
section-state = Κατάσταση
section-deal = Συμφωνία
section-money = Οικονομικά
section-counterparty = Πελάτης

## Trash

list-trash = Κάδος απορριμμάτων
record-in-trash = Αυτή η εγγραφή βρίσκεται στον κάδο απορριμμάτων.
record-restore = Επαναφορά

## Notifications

notices-button = Ειδοποιήσεις
notices-open =
    { $count ->
        [one] Ειδοποιήσεις, { $count } μη αναγνωσμένη
       *[other] Ειδοποιήσεις, { $count } μη αναγνωσμένες
    }
notices-title = Ειδοποιήσεις
notices-none = Δεν υπάρχουν ειδοποιήσεις.
notices-mark-all = Σήμανση όλων ως αναγνωσμένων

## Overview tiles

today-title = Σήμερα
today-requests = Αιτήματα που περιμένουν διεκπεραίωση
today-deals = Οι ενεργές συμφωνίες μου
today-due = Τα επόμενα βήματά μου για σήμερα ή εκπρόθεσμα
notices-while-away = Όσο λείπατε
notices-include-own = Ειδοποίηση και για αιτήματα που αναθέτω στον εαυτό μου
