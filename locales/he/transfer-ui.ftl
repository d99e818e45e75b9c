# מסך הייבוא והייצוא (R-IMP-1, R-IMP-2): נכנסים גיליונות של חברות, אנשי קשר ולידים,
# ויוצאים גיליונות של חברות, אנשי קשר, לידים ועסקאות.

nav-transfer = ייבוא וייצוא
transfer-description = הכנסת רשומות מגיליון אלקטרוני, או הוצאתן לגיליון.
transfer-entity = רשומות

## ייבוא

import-heading = ייבוא
import-hint = קובץ XLSX שהשורה הראשונה שלו נותנת שמות לעמודות, כמו בקובץ מיוצא. שורות שהרשומה שלהן כבר קיימת מדולגות.
import-file = קובץ
import-start = התחלת הייבוא
import-reading = הקובץ בקריאה…
import-progress-label = התקדמות הייבוא
import-progress-rows =
    { $total ->
        [one] { $done } מתוך שורה אחת
       *[other] { $done } מתוך { $total } שורות
    }
import-cancel = ביטול הייבוא
import-cancelling = הייבוא ייעצר אחרי השורה הנוכחית…
import-failed = הקובץ לא יובא.
import-report-heading = תוצאת הייבוא
import-report-found = שורות בקובץ
import-report-created = נוצרו
import-report-skipped = דולגו
import-report-failed = נכשלו
import-report-cancelled = הייבוא בוטל. השורות שנשמרו לפני כן נשארות; שאר הקובץ לא נקרא.
import-report-complete = הקובץ נקרא במלואו.
import-report-messages = שורות שדולגו ושנכשלו
import-row-skipped = שורה { $row }, דולגה: { $message }
import-row-failed = שורה { $row }, נכשלה: { $message }

## ייצוא

export-heading = ייצוא
export-hint = הקובץ מכיל את כל הרשומות מסוג זה שבאחריותך.
export-start = ייצוא ל-XLSX
export-working = בייצוא…
export-ready =
    { $rows ->
        [one] יוצאה רשומה אחת.
       *[other] יוצאו { $rows } רשומות.
    }
export-download = שמירת { $file }
