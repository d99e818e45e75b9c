# CRM e-mail (R-EMAIL): field messages, the texts added to letters, and what the user is told.

field-not_allowed_address = Μη επιτρεπόμενη διεύθυνση: { $address }
field-no_recipient = Δεν υπάρχει παραλήπτης
field-empty_letter = Συμπληρώστε το θέμα και το κείμενο του μηνύματος.
field-no_sending_account = Για να στείλετε μήνυμα, χρειάζεστε έναν λογαριασμό email επισημασμένο ως κύριο.
field-sent_from_crm = Αυτό το μήνυμα στάλθηκε από το CRM· είναι ήδη αποθηκευμένο.
field-not_an_inquiry = Μόνο ένα εισερχόμενο email επισημασμένο ως ερώτημα πελάτη γίνεται αίτημα.

# R-EMAIL-9: closes a letter of a deal or a request; the ticket keeps the correspondence together.
email-keep-ticket = Στο αίτημά σας δόθηκε ο κωδικός αναφοράς [ticket:{ $ticket }]. Διατηρήστε τον στο θέμα των απαντήσεών σας, ώστε να βρίσκουμε αμέσως την αλληλογραφία μας.

# R-EMAIL-4: what the sender is told, and what the deal's workflow records.
email-sent-to = Το email στάλθηκε στον παραλήπτη «{ $recipient }»
email-sent-to-cc = Το email στάλθηκε στους παραλήπτες «{ $recipient }», «{ $cc }»
email-send-failed = Αποτυχία: { $error }
# R-DEAL-6, R-EMAIL-10: the deal's workflow line for a received e-mail.
email-received-from = Ελήφθη email από «{ $sender }»

# R-EMAIL-5: the header above quoted or forwarded correspondence.
email-reply-header = Στις { $date }, ο/η { $sender } έγραψε:
email-forward-header =
    ---------- Προωθημένο μήνυμα ----------
    Από: { $sender }
    Ημερομηνία: { $date }
    Θέμα: { $subject }
    Προς: { $to }

# R-EMAIL-11: the outbox list's note.
email-outbox-note = Σημειώστε ότι αυτή είναι μια λίστα με μηνύματα email που δεν έχουν σταλεί.
