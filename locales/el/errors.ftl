# Messages rendered by the Rust side: command errors, field validation, notifications.

error-validation = Ορισμένα πεδία χρειάζονται την προσοχή σας.
error-not-found = Αυτή η εγγραφή δεν υπάρχει πλέον. Ίσως τη διέγραψε κάποιος άλλος.
error-conflict = Κάποιος άλλος αποθήκευσε αυτήν την εγγραφή ενώ την επεξεργαζόσασταν. Συγκρίνετε τις αλλαγές σας με την αποθηκευμένη έκδοση πριν αποθηκεύσετε ξανά.
error-forbidden = Δεν έχετε δικαίωμα να το κάνετε αυτό.
error-unknown-user = Το όνομα σύνδεσης βάσης δεδομένων «{ $user }» δεν αντιστοιχεί σε χρήστη του Oriel CRM. Ζητήστε από έναν διαχειριστή να δημιουργήσει έναν.
error-db-unavailable = Δεν είναι δυνατή η πρόσβαση στη βάση δεδομένων. Ελέγξτε τη σύνδεση δικτύου ή τον διακομιστή και δοκιμάστε ξανά. ({ $detail })
error-not-connected = Δεν είναι ανοιχτή καμία βάση δεδομένων. Επιλέξτε πρώτα μια βάση δεδομένων.
error-keychain = Δεν ήταν δυνατή η φύλαξη του κωδικού στην κλειδοθήκη του συστήματος: { $detail }
error-migration-failed = Δεν ήταν δυνατή η αναβάθμιση της βάσης δεδομένων σε αυτήν την έκδοση του Oriel CRM: { $detail }
error-internal = Κάτι πήγε στραβά: { $detail }

field-required = Αυτό το πεδίο είναι υποχρεωτικό.
field-too_short =
    { $min ->
        [one] Εισαγάγετε τουλάχιστον { $min } χαρακτήρα.
       *[other] Εισαγάγετε τουλάχιστον { $min } χαρακτήρες.
    }
field-too_long =
    { $max ->
        [one] Εισαγάγετε το πολύ { $max } χαρακτήρα.
       *[other] Εισαγάγετε το πολύ { $max } χαρακτήρες.
    }
field-not_a_number = Εισαγάγετε έναν αριθμό.
field-out_of_range = Εισαγάγετε έναν αριθμό από { $min } έως { $max }.
field-too_many_decimals =
    { $max ->
        [one] Εισαγάγετε το πολύ { $max } δεκαδικό ψηφίο.
       *[other] Εισαγάγετε το πολύ { $max } δεκαδικά ψηφία.
    }
field-not_a_choice = Επιλέξτε μία από τις προσφερόμενες τιμές.
field-unsupported_url = Εισαγάγετε μια διεύθυνση URL που αρχίζει με postgres://, mysql://, mariadb:// ή sqlite://.
field-malformed = Αυτή η τιμή δεν έχει την αναμενόμενη μορφή.
field-invalid_email = Εισαγάγετε έγκυρες διευθύνσεις email, χωρισμένες με κόμματα.
field-invalid_currency_code = Εισαγάγετε έναν έγκυρο αλφαβητικό κωδικό.
field-state_and_marketing_currency = Το νόμισμα δεν μπορεί να είναι ταυτόχρονα εθνικό νόμισμα και νόμισμα μάρκετινγκ.
field-duplicate_name = Βρέθηκαν διπλά ονόματα στα εναλλακτικά ονόματα.
field-invalid_slug = Χρησιμοποιήστε μόνο τα γράμματα a–z και A–Z, ψηφία, παύλες και κάτω παύλες.
field-invalid_domain = Εισαγάγετε ένα όνομα τομέα, όπως example.com.
field-invalid_url = Εισαγάγετε μια διεύθυνση ιστού που αρχίζει με http:// ή https://.
field-invalid_phone = Μη αποδεκτός αριθμός τηλεφώνου: εισαγάγετε τουλάχιστον 7 ψηφία.
field-name_is_prefix = Εισαγάγετε το ίδιο το όνομα, όχι μόνο μια προσφώνηση ή έναν τίτλο όπως κ. ή Δρ.
field-contact_or_lead = Επιλέξτε μόνο επαφή ή μόνο δυνητικό πελάτη.
field-company_or_lead = Επιλέξτε μόνο εταιρεία ή μόνο δυνητικό πελάτη.
field-department_owner_mismatch = Το τμήμα και ο υπεύθυνος δεν ταιριάζουν.
field-contact_not_of_company = Η επαφή δεν ανήκει στην εταιρεία.
field-city_not_of_country = Η πόλη δεν ανήκει στη χώρα.
field-date_in_past = Η ημερομηνία δεν πρέπει να είναι στο παρελθόν.
field-amount_required = Καθορίστε το ποσό της συμφωνίας.
field-country_required = Πρέπει να καθοριστεί χώρα.
field-products_required = Πρέπει να καθοριστεί τουλάχιστον ένα προϊόν.
field-no_deal_from_request = Δεν μπορεί να δημιουργηθεί συμφωνία από αυτό το αίτημα: έχει ήδη μία ή έχει επισημανθεί ως διπλότυπο ή ως περιστατικό.
field-state_currency_exists = Το εθνικό νόμισμα υπάρχει ήδη.
field-marketing_currency_exists = Το νόμισμα μάρκετινγκ υπάρχει ήδη.
field-already_added = Αυτή η εγγραφή έχει ήδη προστεθεί με επιτυχία. Η εκ νέου προσθήκη αποκλείστηκε.
field-already_exists = Υπάρχει ήδη τέτοιο αντικείμενο: το ίδιο όνομα με το ίδιο email ή τηλέφωνο.
field-ambiguous_match = Σε αυτήν την τιμή αντιστοιχούν πολλές εγγραφές της βάσης δεδομένων. Συνδέστε πρώτα τη σωστή.
field-currency_required = Καθορίστε ένα νόμισμα.

notification-request-assigned-title = Σας ανατέθηκε νέο αίτημα
notification-request-assigned-body = { $ticket }: { $subject }
