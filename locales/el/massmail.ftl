# Mass mail (DOMAIN.md §12) and web forms (R-REQ-13, R-REQ-14): refusals, notices and the lines the
# CRM writes into mailing reports.

field-no_mailing_account = Δεν υπάρχουν διαθέσιμοι λογαριασμοί email για μαζικές αποστολές. Επικοινωνήστε με τον διαχειριστή σας.
field-mixed_owners = Επιλέξτε μόνο παραλήπτες με τον ίδιο υπεύθυνο.
field-no_recipients = Κακό αποτέλεσμα – κανένας παραλήπτης! Κάντε άλλη επιλογή.
field-no_main_account = Προσθέστε πρώτα τον κύριο λογαριασμό email σας.
field-two_accounts_needed = Για την αποστολή δοκιμαστικού μηνύματος χρειάζονται τουλάχιστον δύο από τους λογαριασμούς email σας.
field-mailings_differ = Μπορούν να συγχωνευθούν μόνο μαζικές αποστολές με τον ίδιο υπεύθυνο, τον ίδιο τύπο παραληπτών και το ίδιο μήνυμα.
field-after_later_than_before = Η ημερομηνία έναρξης δεν πρέπει να είναι μεταγενέστερη της ημερομηνίας λήξης.

massmail-untitled = Χωρίς τίτλο
massmail-united = (συγχωνευμένη)
massmail-unsubscribed-excluded = Οι χρήστες που έχουν απεγγραφεί εξαιρέθηκαν από τη λίστα αποστολής.
massmail-no-weekend-sending = Σημειώστε ότι οι μαζικές αποστολές δεν γίνονται Παρασκευή, Σάββατο και Κυριακή.
massmail-no-account-paused = Δεν έχετε διαθέσιμο λογαριασμό email για μαζικές αποστολές.
massmail-vip-only = Ο μόνος λογαριασμός σας για μαζικές αποστολές είναι ο κύριος λογαριασμός σας: αυτή η αποστολή μπορεί να φτάσει μόνο σε παραλήπτες VIP.
massmail-default-unsubscribe-url = Ο σύνδεσμος απεγγραφής οδηγεί ακόμη στην προεπιλεγμένη διεύθυνση. Ζητήστε από τον διαχειριστή σας να ορίσει τη δική σας.
massmail-done = { $date } Ολοκληρώθηκε με επιτυχία.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } Ο λογαριασμός { $account } απορρίφθηκε: { $reason }
massmail-excluded = Αριθμός παραληπτών που εξαιρέθηκαν: { $count }.
massmail-test-sent = Στάλθηκε δοκιμαστικό μήνυμα σε { $count } από τους λογαριασμούς σας.
massmail-account-refused-subject = Μαζική αποστολή: ο λογαριασμός { $account } απενεργοποιήθηκε
massmail-account-refused-text = Ο διακομιστής αλληλογραφίας απέρριψε τον λογαριασμό { $account } ({ $sender }): { $reason }. Οι μαζικές αποστολές του επισημάνθηκαν ως αποτυχημένες.

webform-thanks = { $name }, σας ευχαριστούμε για το αίτημά σας!
webform-invalid-subject = Φόρμα ιστού: μη έγκυρα δεδομένα
webform-invalid-text = Υποβλήθηκε φόρμα ιστού με μη έγκυρα δεδομένα.
webform-unknown-source-subject = Φόρμα ιστού: άγνωστη πηγή δυνητικών πελατών
webform-unknown-source-text = Υποβλήθηκε φόρμα ιστού με διακριτικό πηγής που δεν αντιστοιχεί σε καμία πηγή δυνητικών πελατών.
# The English words stay in front: R-REQ-13 step 4 promises them in the subject, whatever the language.
webform-country-error-subject = Country name error. Σφάλμα στο όνομα χώρας.
webform-country-error-text = Μια φόρμα ιστού ανέφερε χώρα που το CRM δεν γνωρίζει: { $country }
webform-inquiry-content =
    Όνομα: { $name }
    Τηλέφωνο: { $phone }
    Email: { $email }
    Εταιρεία: { $company }
    Μήνυμα: { $message }
