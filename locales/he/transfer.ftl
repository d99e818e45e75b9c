# ייבוא וייצוא של חברות, אנשי קשר ולידים (R-IMP-1, R-IMP-2): שורת תוצאה אחת לכל שורה
# שדולגה או נכשלה בגיליון המיובא.

import-already-exists = כבר קיים: { $name } ({ $country })
import-already-exists-nowhere = כבר קיים: { $name }
import-invalid-email = אין כתובת דוא״ל תקינה: { $name }
import-company-not-found = החברה לא נמצאה: { $name }
import-row-refused = { $column }: { $message }
