# Texts the CRM writes into records on a user's behalf, in the language of the user they are for.

deal-first-next-step = Πρώτη επικοινωνία με τον πελάτη.
deal-workflow-request = Αίτημα
deal-product-shipped = Το προϊόν έχει αποσταλεί.
