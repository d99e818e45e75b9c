# Notes shown beside a record that saved or opened without error but needs attention.

warning-specify-products = Καθορίστε προϊόντα.
warning-country-not-specified = Δεν έχει καθοριστεί χώρα στο αίτημα.
warning-counterparty-assigned = Ο αντισυμβαλλόμενος που βρέθηκε έχει ανατεθεί στον χρήστη { $username }.
warning-lead-disqualified = Αυτός ο δυνητικός πελάτης έχει αποκλειστεί! Διαβάστε την περιγραφή.
warning-no-state-currency = Πρέπει να καθοριστεί το εθνικό νόμισμα.
warning-no-marketing-currency = Πρέπει να καθοριστεί το νόμισμα μάρκετινγκ.
