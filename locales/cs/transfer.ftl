# Import and export of companies, contacts and leads (R-IMP-1, R-IMP-2): one result line per
# skipped or failed row of an imported sheet.

import-already-exists = Už existuje: { $name } ({ $country })
import-already-exists-nowhere = Už existuje: { $name }
import-invalid-email = Chybí platná e-mailová adresa: { $name }
import-company-not-found = Společnost nenalezena: { $name }
import-row-refused = { $column }: { $message }
