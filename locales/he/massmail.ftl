# דיוור המוני (DOMAIN.md §12) וטופסי אינטרנט (R-REQ-13, R-REQ-14): סירובים, הודעות והשורות
# שה-CRM כותב בדוחות הדיוור.

field-no_mailing_account = אין חשבונות דואר זמינים לדיוור. יש לפנות למנהל המערכת.
field-mixed_owners = יש לבחור רק נמענים עם אותו אחראי.
field-no_recipients = תוצאה לא תקינה – אין נמענים! יש לבחור מחדש.
field-no_main_account = יש להוסיף קודם את חשבון הדוא״ל הראשי שלך.
field-two_accounts_needed = כדי לשלוח הודעת בדיקה נדרשים לפחות שניים מחשבונות הדואר שלך.
field-mailings_differ = אפשר למזג רק דיוורים עם אותו אחראי, אותו סוג נמענים ואותה הודעה.
field-after_later_than_before = תאריך ההתחלה לא יכול להיות מאוחר מתאריך הסיום.

massmail-untitled = ללא כותרת
massmail-united = (ממוזג)
massmail-unsubscribed-excluded = משתמשים שביטלו את המינוי הוצאו מרשימת הדיוור.
massmail-no-weekend-sending = לתשומת לבך, דיוורים אינם נשלחים בימי שישי, שבת וראשון.
massmail-no-account-paused = אין לך חשבון דוא״ל זמין לדיוור המוני.
massmail-vip-only = חשבון הדיוור היחיד שלך הוא החשבון הראשי: הדיוור הזה יכול להגיע רק לנמעני VIP.
massmail-default-unsubscribe-url = הקישור לביטול המינוי עדיין מוביל לכתובת ברירת המחדל. יש לבקש ממנהל המערכת להגדיר כתובת משלכם.
massmail-done = { $date } הושלם בהצלחה.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } החשבון { $account } נדחה: { $reason }
massmail-excluded = מספר הנמענים שהוצאו: { $count }.
massmail-test-sent =
    { $count ->
        [one] הודעת בדיקה נשלחה לחשבון אחד שלך.
       *[other] הודעת בדיקה נשלחה ל-{ $count } מהחשבונות שלך.
    }
massmail-account-refused-subject = דיוור המוני: החשבון { $account } הושבת
massmail-account-refused-text = שרת הדואר דחה את החשבון { $account } ({ $sender }): { $reason }. הדיוורים שלו סומנו כנכשלים.

webform-thanks = שלום { $name }, תודה על פנייתך!
webform-invalid-subject = טופס אינטרנט: נתונים לא תקינים
webform-invalid-text = טופס אינטרנט נשלח עם נתונים לא תקינים.
webform-unknown-source-subject = טופס אינטרנט: מקור לידים לא מוכר
webform-unknown-source-text = טופס אינטרנט נשלח עם אסימון מקור לידים שאינו תואם לאף מקור לידים.
webform-country-error-subject = שגיאה בשם המדינה.
webform-country-error-text = טופס אינטרנט ציין מדינה שה-CRM אינו מכיר: { $country }
webform-inquiry-content =
    שם: { $name }
    טלפון: { $phone }
    דוא״ל: { $email }
    חברה: { $company }
    הודעה: { $message }
