# Import and export of companies, contacts and leads (R-IMP-1, R-IMP-2): one result line per
# skipped or failed row of an imported sheet.

import-already-exists = Already exists: { $name } ({ $country })
import-already-exists-nowhere = Already exists: { $name }
import-invalid-email = No valid e-mail address: { $name }
import-company-not-found = Company not found: { $name }
import-row-refused = { $column }: { $message }
