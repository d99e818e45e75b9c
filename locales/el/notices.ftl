# Notices and notification e-mails (DOMAIN.md §14), in the language of the user they are for.

notice-request-received = Λάβατε το αίτημα
notice-request-co-owner = Είστε συνυπεύθυνος του αιτήματος
notice-deal-received = Λάβατε τη συμφωνία
notice-deal-co-owner = Είστε συνυπεύθυνος της συμφωνίας
notice-product-shipped = Το προϊόν έχει αποσταλεί.
notice-reminder = Υπενθύμιση CRM: { $subject }
notice-no-email-address = Ο χρήστης { $username } δεν έχει διεύθυνση email, οπότε το email «{ $subject }» δεν του παραδόθηκε. Προσθέστε μια διεύθυνση στον λογαριασμό χρήστη του.

# R-NOTIF-5: what administrators are told.
admin-notice-invalid-web-form = Υποβλήθηκε φόρμα ιστού με άγνωστο ή μη έγκυρο διακριτικό φόρμας.
admin-notice-unknown-country = Ένα όνομα χώρας δεν αναγνωρίστηκε.
admin-notice-rate-provider = Δεν ήταν δυνατή η φόρτωση των συναλλαγματικών ισοτιμιών.
admin-notice-mailbox = Δεν ήταν δυνατή η ανάγνωση ενός γραμματοκιβωτίου ή η χρήση του για αποστολή.
admin-notice-massmail-account = Ένας λογαριασμός μαζικών αποστολών απέτυχε.
admin-notice-import = Μια εισαγωγή απέτυχε.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = Σας ανατέθηκε νέο αίτημα
announce-request-co-owner = Είστε πλέον συνυπεύθυνος ενός αιτήματος
announce-while-away-title = Όσο λείπατε: { $title }
announce-request-body = { $request } — ανατέθηκε από { $by }
announce-while-away = Όσο λείπατε
announce-while-away-count =
    { $count ->
        [one] Σας ανατέθηκε ένα αίτημα.
       *[other] Σας ανατέθηκαν { $count } αιτήματα.
    }
announce-open = Άνοιγμα
