# Import and export of companies, contacts and leads (R-IMP-1, R-IMP-2): one result line per
# skipped or failed row of an imported sheet.

import-already-exists = Już istnieje: { $name } ({ $country })
import-already-exists-nowhere = Już istnieje: { $name }
import-invalid-email = Brak prawidłowego adresu e-mail: { $name }
import-company-not-found = Nie znaleziono firmy: { $name }
import-row-refused = { $column }: { $message }
