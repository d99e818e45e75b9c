# Import and export of companies, contacts and leads (R-IMP-1, R-IMP-2): one result line per
# skipped or failed row of an imported sheet.

import-already-exists = Există deja: { $name } ({ $country })
import-already-exists-nowhere = Există deja: { $name }
import-invalid-email = Nicio adresă de e-mail validă: { $name }
import-company-not-found = Compania nu a fost găsită: { $name }
import-row-refused = { $column }: { $message }
