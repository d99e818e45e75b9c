# Import and export of companies, contacts and leads (R-IMP-1, R-IMP-2): one result line per
# skipped or failed row of an imported sheet.

import-already-exists = Bestaat al: { $name } ({ $country })
import-already-exists-nowhere = Bestaat al: { $name }
import-invalid-email = Geen geldig e-mailadres: { $name }
import-company-not-found = Bedrijf niet gevonden: { $name }
import-row-refused = { $column }: { $message }
