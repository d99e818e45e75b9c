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
