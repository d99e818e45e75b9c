# Import and export of companies, contacts and leads (R-IMP-1, R-IMP-2): one result line per
# skipped or failed row of an imported sheet.

import-already-exists = Уже существует: { $name } ({ $country })
import-already-exists-nowhere = Уже существует: { $name }
import-invalid-email = Нет корректного адреса электронной почты: { $name }
import-company-not-found = Компания не найдена: { $name }
import-row-refused = { $column }: { $message }
