# הודעות ומיילים של התראות (DOMAIN.md §14), בשפת המשתמש שאליו הם מיועדים.

notice-request-received = קיבלת את הפנייה
notice-request-co-owner = קיבלת אחריות משנית על הפנייה
notice-deal-received = קיבלת את העסקה
notice-deal-co-owner = קיבלת אחריות משנית על העסקה
notice-product-shipped = המוצר נשלח.
notice-reminder = תזכורת מה-CRM: { $subject }
notice-no-email-address = ל-{ $username } אין כתובת דוא״ל, ולכן ההודעה "{ $subject }" לא הגיעה ליעדה. יש להוסיף כתובת לפרטי המשתמש.

# R-NOTIF-5: מה שנמסר למנהלי המערכת.
admin-notice-invalid-web-form = טופס אינטרנט נשלח עם אסימון טופס לא מוכר או לא תקין.
admin-notice-unknown-country = שם של מדינה לא זוהה.
admin-notice-rate-provider = לא ניתן היה לטעון את שערי החליפין.
admin-notice-mailbox = לא ניתן היה לקרוא תיבת דואר או להשתמש בה לשליחה.
admin-notice-massmail-account = חשבון דיוור המוני נכשל.
admin-notice-import = ייבוא נכשל.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = בקשה חדשה הוקצתה לך
announce-request-co-owner = כעת אתה אחראי משותף לבקשה
announce-while-away-title = בזמן שלא היית: { $title }
announce-request-body = { $request } — הוקצתה על ידי { $by }
announce-while-away = בזמן שלא היית
announce-while-away-count =
    { $count ->
        [one] הוקצתה לך בקשה אחת.
       *[other] הוקצו לך { $count } בקשות.
    }
announce-open = פתח
