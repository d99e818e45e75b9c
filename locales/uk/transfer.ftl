# Import and export of companies, contacts and leads (R-IMP-1, R-IMP-2): one result line per
# skipped or failed row of an imported sheet.

import-already-exists = Уже існує: { $name } ({ $country })
import-already-exists-nowhere = Уже існує: { $name }
import-invalid-email = Немає правильної адреси електронної пошти: { $name }
import-company-not-found = Компанію не знайдено: { $name }
import-row-refused = { $column }: { $message }
