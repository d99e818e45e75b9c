# Seeded reference names (stages, closing reasons, client types, industries, lead sources,
# departments, roles) as each language shows them. The id is `refname-` and the stored name in
# lower case with every run of other characters turned into one hyphen. Names a user typed are
# shown as typed.

## Departments

refname-global-sales = Διεθνείς πωλήσεις
refname-local-sales = Τοπικές πωλήσεις
refname-bookkeeping = Λογιστήριο

## Roles

refname-managers = Μάνατζερ
refname-operators = Χειριστές
refname-superoperators = Υπερχειριστές
refname-chiefs = Διευθυντές
refname-accountants = Λογιστές
refname-task-operators = Χειριστές εργασιών
refname-co-workers = Συνεργάτες
refname-department-heads = Προϊστάμενοι τμημάτων

## Deal stages

refname-request = Αίτημα
refname-analysis-of-request = Ανάλυση αιτήματος
refname-clarification-of-the-requirements = Διευκρίνιση των απαιτήσεων
refname-price-offer = Προσφορά τιμής
refname-commercial-proposal = Εμπορική πρόταση
refname-commercial-offer = Εμπορική προσφορά
refname-agreement = Σύμβαση
refname-invoice = Τιμολόγιο
refname-receiving-the-first-payment = Λήψη της πρώτης πληρωμής
refname-shipment = Αποστολή
refname-closed-successful = Κλειστή (επιτυχής)

## Closing reasons

refname-the-client-is-not-responding = Ο πελάτης δεν απαντά
refname-specifications-are-not-suitable = Οι προδιαγραφές δεν είναι κατάλληλες
refname-the-deal-was-closed-successfully = Η συμφωνία έκλεισε με επιτυχία
refname-purchase-postponed = Η αγορά αναβλήθηκε
refname-the-price-is-not-competitive = Η τιμή δεν είναι ανταγωνιστική

## Client types

refname-distributor = Διανομέας
refname-dealer = Αντιπρόσωπος
refname-reseller = Μεταπωλητής
refname-end-customer = Τελικός πελάτης
refname-competitor = Ανταγωνιστής

## Industries

refname-railway = Σιδηρόδρομοι
refname-aviation = Αεροπορία
refname-oil-gas = Πετρέλαιο και φυσικό αέριο
refname-power-generation = Παραγωγή ενέργειας
refname-metallurgy = Μεταλλουργία
refname-shipbuilding = Ναυπηγική
refname-automotive-industry = Αυτοκινητοβιομηχανία
refname-capital-construction = Κατασκευαστικά έργα
refname-service-companies = Εταιρείες παροχής υπηρεσιών
refname-educational-institutions = Εκπαιδευτικά ιδρύματα
refname-welders = Συγκολλητές
refname-pipelines = Αγωγοί
refname-pipe-production = Παραγωγή σωλήνων
refname-mining = Εξόρυξη

## Lead sources

refname-website-form = Φόρμα ιστότοπου
refname-website-email = Email από τον ιστότοπο
refname-exhibition = Έκθεση
refname-website-form-iframe = Φόρμα ιστότοπου (iframe)

## Other

refname-technical-and-commercial-offer = Τεχνική και εμπορική προσφορά
