# Import and export of companies, contacts and leads (R-IMP-1, R-IMP-2): one result line per
# skipped or failed row of an imported sheet.

import-already-exists = Υπάρχει ήδη: { $name } ({ $country })
import-already-exists-nowhere = Υπάρχει ήδη: { $name }
import-invalid-email = Δεν υπάρχει έγκυρη διεύθυνση email: { $name }
import-company-not-found = Η εταιρεία δεν βρέθηκε: { $name }
import-row-refused = { $column }: { $message }
