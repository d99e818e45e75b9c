# The deal pipeline board: one column per deal stage, cards that move between them.

pipeline-with-closed = Εμφάνιση κλειστών συμφωνιών
pipeline-department = Τμήμα
pipeline-no-stages = Αυτό το τμήμα δεν έχει ακόμη στάδια συμφωνιών.
# $stage is the stage's name, $count the number of deals, $amount the column's total with its currency.
pipeline-column-label = { $stage }: { $count ->
        [one] { $count } συμφωνία
       *[other] { $count } συμφωνίες
    }, { $amount }
# $shown is $count formatted for the reader's language.
pipeline-column-deals = { $count ->
        [one] { $shown } συμφωνία
       *[other] { $shown } συμφωνίες
    }
pipeline-column-empty = Δεν υπάρχουν συμφωνίες σε αυτό το στάδιο.
pipeline-load-more = Εμφάνιση περισσότερων
pipeline-no-amount = Χωρίς ποσό
pipeline-next-step = Επόμενο βήμα: { $date }
pipeline-move-label = Μετακίνηση της συμφωνίας «{ $deal }» στο στάδιο
pipeline-moved = Η συμφωνία «{ $deal }» μετακινήθηκε στο στάδιο «{ $stage }».
pipeline-closed = Η συμφωνία «{ $deal }» έκλεισε.
pipeline-conflict = Στο μεταξύ κάποιος άλλος άλλαξε τη συμφωνία «{ $deal }». Η κάρτα δείχνει τώρα την αποθηκευμένη έκδοση· αν η συμφωνία πρέπει ακόμη να μετακινηθεί, μετακινήστε την ξανά.

## Closing a deal by moving it

pipeline-close-title = Κλείσιμο της συμφωνίας
pipeline-close-explanation = Η μετακίνηση της συμφωνίας «{ $deal }» στο στάδιο «{ $stage }» κλείνει τη συμφωνία. Γιατί έκλεισε;
pipeline-close-reason = Λόγος κλεισίματος
pipeline-close-no-reason = Αυτό το τμήμα δεν έχει λόγο κλεισίματος για αυτό το στάδιο. Ένας διαχειριστής μπορεί να προσθέσει έναν στους λόγους κλεισίματος.
pipeline-close-confirm = Κλείσιμο της συμφωνίας
