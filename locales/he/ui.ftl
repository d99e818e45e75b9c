# מסכי העבודה: ניווט, רשימות, טפסים, לוח פקודות וקיצורי מקשים.

## פעולות כלליות

# $entity הוא צורת היחיד מ-fields.ftl; "יצירת" חוסכת התאמה של "חדש/חדשה" למין הדקדוקי.
action-new = יצירת { $entity }
action-cancel = ביטול
action-close = סגירה
action-retry = ניסיון חוזר
action-back-to = חזרה לרשימת { $list }

## ניווט

nav-label = ניווט ראשי
nav-home = סקירה כללית
nav-pipeline = משפך מכירות
nav-unknown = המסך הזה לא קיים.
nav-pending = { $older } ממתינות מימים קודמים, { $today } התקבלו היום
nav-group-sales = מכירות
nav-group-customers = לקוחות
nav-group-goods = מוצרים וכספים
nav-group-reference = רשימות עזר
nav-group-admin = ניהול

## רשימות

list-count =
    { $count ->
        [one] רשומה אחת
       *[other] { $count } רשומות
    }
list-empty = אין כאן עדיין כלום.
list-loading = בטעינה…
list-search-placeholder = חיפוש ברשימה זו
list-mine = רק שלי
list-filters = מסננים
list-views = תצוגות שמורות
list-view-name = שם התצוגה
list-view-save = שמירת תצוגה
list-view-delete = מחיקת התצוגה "{ $name }"
filter-any = הכול
filter-clear = ניקוי המסננים

## פעולות מרובות

bulk-label = פעולות על הרשומות שנבחרו
bulk-selected =
    { $count ->
        [one] נבחרה רשומה אחת
       *[other] נבחרו { $count }
    }
bulk-select-all = בחירת כל הרשומות שנטענו
bulk-select-row = בחירת { $name }
bulk-owner = שינוי אחראי
bulk-tag = הוספת תגית
bulk-delete = מחיקת הנבחרות
bulk-progress = הושלמו { $done } מתוך { $total }
bulk-failed = רשומה מס' { $id }: { $message }

## טופס הרשומה

record-save = שמירה
record-saving = בשמירה…
record-saved = נשמר.
record-revert = ביטול השינויים שלי
record-delete = מחיקה
record-delete-confirm = למחוק את הרשומה הזו? היא תועבר לסל המחזור ואפשר יהיה לשחזר אותה.
picker-search = הקלדה לחיפוש…
picker-clear = ניקוי הבחירה
picker-remove = הסרת { $name }

## היסטוריה

history-title = היסטוריה
history-empty = עדיין לא נרשמו שינויים.
history-unavailable = לא ניתן היה לטעון את ההיסטוריה.
history-system = Oriel CRM
history-action-create = נוצר
history-action-update = שונה
history-action-delete = נמחק
history-action-restore = שוחזר
history-action-merge = מוזג
history-action-purge = נמחק לצמיתות

## התנגשויות עריכה

conflict-title = מישהו אחר שמר את הרשומה הזו בזמן שערכת אותה
conflict-explanation = שום דבר ממה שהקלדת לא אבד. לכל שדה שיש בו הבדל, יש לבחור איזה ערך לשמור, ואז לשמור.
conflict-field = שדה
conflict-mine = מה שהקלדת
conflict-stored = מה שנשמר על ידי האדם האחר
conflict-base = כשהתחלת
conflict-all-mine = להשאיר את כל הערכים שלי
conflict-all-stored = לקחת את כל הערכים של האדם האחר
conflict-back = חזרה לטופס שלי
conflict-apply = שמירת הבחירה שלי

## תהליכי עבודה

workflow-request-to-deal = הפיכה לעסקה
workflow-open-deal = פתיחת העסקה
workflow-lead-convert = המרה לחברה ולאיש קשר
workflow-converted = הליד הומר
workflow-company-created = נוצרה חברה חדשה:
workflow-company-found = נמצאה חברה קיימת ונעשה בה שימוש:
workflow-contact-created = נוצר איש קשר חדש:
workflow-contact-found = נמצא איש קשר קיים ונעשה בו שימוש:
workflow-record-payment = רישום תשלום
workflow-merge = מיזוג כפילות
workflow-merge-title = מיזוג הרשומה הזו לרשומה אחרת
workflow-merge-explanation = הרשומה הזו היא הכפילות: הרשומות המקושרות אליה עוברות לרשומה המקורית, והיא נמחקת.
workflow-merge-original = הרשומה המקורית
workflow-merge-confirm = מיזוג לרשומה המקורית
workflow-transfer = העברת אחריות
workflow-transfer-title = העברת החברה הזו לאחראי אחר
workflow-transfer-explanation = אנשי הקשר שלה עוברים יחד איתה.
workflow-transfer-owner = אחראי חדש
workflow-transfer-confirm = העברה

## לוח הפקודות וקיצורי מקשים

palette-open = חיפוש או הפעלת פקודה…
palette-shortcut = Ctrl K
palette-label = לוח הפקודות
palette-placeholder = חיפוש כל רשומה או פעולה
palette-action = פעולה
palette-nothing = לא נמצא דבר.
palette-searching = בחיפוש…
palette-go = מעבר אל { $area }
palette-theme = החלפת ערכת הצבעים
palette-language = שפה: { $language }
shortcut-title = קיצורי מקשים
shortcut-palette = פתיחת לוח הפקודות
shortcut-save = שמירת הטופס הפתוח
shortcut-new = רשומה חדשה ברשימה זו
shortcut-search = חיפוש ברשימה זו
shortcut-help = הצגת קיצורי המקשים האלה
shortcut-go-requests = מעבר לפניות
shortcut-go-deals = מעבר לעסקאות
shortcut-go-pipeline = מעבר למשפך המכירות
shortcut-go-companies = מעבר לחברות
shortcut-go-contacts = מעבר לאנשי הקשר
shortcut-go-leads = מעבר ללידים
shortcut-list-move = תנועה ברשימה ופתיחת שורה
shortcut-close = סגירת תיבת דו-שיח

## ערכת צבעים ומצב החיבור

theme-switch = ערכת צבעים
theme-system = ערכת צבעים: לפי המערכת
theme-light = ערכת צבעים: בהירה
theme-dark = ערכת צבעים: כהה
offline-message = אין גישה למסד הנתונים. מה שהקלדת נשמר; Oriel CRM מנסה שוב כל כמה שניות.
offline-retry = לנסות שוב עכשיו

## סכומי העסקה

deal-money-amount = סכום העסקה
deal-money-paid = שולם
deal-money-expected = צפוי עוד

## מקטעי הטופס

section-person = פרטים אישיים
section-reach = דרכי התקשרות
section-place = כתובת
section-classification = סיווג
section-notes = הערות
section-company = חברה
section-ownership = אחריות
section-inquiry = פרטי הפנייה
section-sender = שולח
section-matches = רשומות תואמות
section-state = מצב
section-deal = עסקה
section-money = כספים
section-counterparty = לקוח

## סל המחזור

list-trash = סל המחזור
record-in-trash = הרשומה הזו נמצאת בסל המחזור.
record-restore = שחזור

## התראות

notices-button = התראות
notices-open = התראות, { $count } שלא נקראו
notices-title = התראות
notices-none = אין התראות.
notices-mark-all = סימון הכול כנקרא

## אריחי הסקירה הכללית

today-title = היום
today-requests = פניות שממתינות לטיפול
today-deals = העסקאות הפעילות שלי
today-due = הצעדים הבאים שלי להיום או שחלף מועדם
notices-while-away = בזמן שלא היית
notices-include-own = הודע לי גם על בקשות שאני מקצה לעצמי
