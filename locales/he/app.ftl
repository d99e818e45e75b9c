# כל הטקסטים שחלון היישום מציג. הודעות ש-Rust מפיק נמצאות ב-errors.ftl.

## מסגרת היישום

app-name = Oriel CRM
app-starting = מתבצעת הפעלה…
app-start-failed = לא ניתן היה להפעיל את Oriel CRM
app-start-retry = ניסיון חוזר
locale-switch-label = שפה
unexpected-error = משהו לא צפוי השתבש. יש לנסות שוב, ולהפעיל מחדש את Oriel CRM אם הבעיה חוזרת.

## מסך ההתחברות

connect-title = בחירת מסד נתונים
connect-intro = Oriel CRM שומר את הלקוחות, העסקאות והפניות שלך במסד נתונים. אפשר להתחיל מיד עם מסד הנתונים המובנה במחשב הזה, או להתחבר לשרת PostgreSQL או MySQL של הצוות.
connect-opening = מסד הנתונים נפתח…
connect-embedded-heading = במחשב הזה
connect-embedded-description = קובץ מסד נתונים פרטי, מוכן מיד וללא שום הגדרה. מתאים במיוחד לעבודה עצמאית.
connect-embedded = פתיחת מסד הנתונים המובנה
connect-embedded-path = קובץ:
connect-saved-heading = בשימוש לאחרונה
connect-saved-reopen = פתיחה מחדש
connect-server-heading = בשרת
connect-server-description = CRM אחד משותף לכל הצוות. כל אחד נכנס עם חשבון מסד הנתונים שלו.
server-url-label = כתובת השרת
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = לדוגמה postgres://anna@db.example.org:5432/crm או mysql://anna@db.example.org:3306/crm
server-password-label = סיסמה
server-password-saved-hint = יש להשאיר ריק כדי להשתמש בסיסמה השמורה במחזיק המפתחות של המערכת.
remember-password-label = שמירת הסיסמה במחזיק המפתחות של המערכת
connect-server = התחברות לשרת

## מסך הבית

home-title = סקירה כללית
disconnect = התנתקות
connection-heading = חיבור
connection-backend-label = מסד נתונים
connection-location-label = מיקום
schema-version-label = גרסת הסכמה
backend-sqlite = מסד נתונים מובנה (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## הגדרות ההתקנה

settings-heading = הגדרות ההתקנה
settings-description = ההגדרות האלה חלות על כל מי שעובד עם מסד הנתונים הזה.
settings-loading = ההגדרות בטעינה…
settings-load-retry = ניסיון חוזר
org-name-label = שם הארגון
vat-percent-label = מע״מ (%)
vat-percent-hint = אחוז בין 0 ל-100, לדוגמה 18 או 7.5.
mark-payments-label = סימון תשלומים שבוצעו דרך משרד נציגות
mark-payments-hint = מאפשר לסמן כל תשלום כ"שולם דרך משרד נציגות".
check-shipment-dates-label = בדיקת תאריכי משלוח
check-shipment-dates-hint = מסמן עסקאות שתאריך המשלוח החוזי שלהן חסר או שכבר עבר.
default-language-label = שפת ברירת מחדל
settings-save = שמירת ההגדרות
settings-saving = בשמירה…
settings-saved = ההגדרות נשמרו.
conflict-hint = הערכים שלך עדיין בטופס. הערכים השמורים כעת מוצגים לצידם.
conflict-use-stored = שימוש בערכים השמורים
conflict-save-mine = לשמור את הערכים שלי בכל זאת

## ערכים שמורים

stored-heading = שמור במסד הנתונים
stored-description = הערכים כפי שמסד הנתונים החזיר אותם בפעם האחרונה.
stored-updated-at-label = שינוי אחרון
value-yes = כן
value-no = לא
value-empty = (ריק)
