# הודעות שצד ה-Rust מפיק: שגיאות פקודות, אימות שדות, התראות.

error-validation = יש שדות שדורשים את תשומת ליבך.
error-not-found = הרשומה הזו כבר לא קיימת. ייתכן שמישהו אחר מחק אותה.
error-conflict = מישהו אחר שמר את הרשומה הזו בזמן שערכת אותה. יש להשוות את השינויים שלך לגרסה השמורה לפני שמירה חוזרת.
error-forbidden = אין לך הרשאה לבצע פעולה זו.
error-unknown-user = למשתמש מסד הנתונים "{ $user }" אין משתמש ב-Oriel CRM. יש לבקש ממנהל מערכת ליצור אחד.
error-db-unavailable = אין גישה למסד הנתונים. יש לבדוק את חיבור הרשת או את השרת, ולנסות שוב. ({ $detail })
error-not-connected = לא פתוח אף מסד נתונים. יש לבחור קודם מסד נתונים.
error-keychain = לא ניתן היה לשמור את הסיסמה במחזיק המפתחות של המערכת: { $detail }
error-migration-failed = לא ניתן היה לשדרג את מסד הנתונים לגרסה זו של Oriel CRM: { $detail }
error-internal = משהו השתבש: { $detail }

field-required = זהו שדה חובה.
field-too_short =
    { $min ->
        [one] יש להזין לפחות תו אחד.
       *[other] יש להזין לפחות { $min } תווים.
    }
field-too_long =
    { $max ->
        [one] יש להזין תו אחד לכל היותר.
       *[other] יש להזין { $max } תווים לכל היותר.
    }
field-not_a_number = יש להזין מספר.
field-out_of_range = יש להזין מספר בין { $min } ל-{ $max }.
field-too_many_decimals =
    { $max ->
        [0] יש להזין מספר שלם, ללא ספרות אחרי הנקודה העשרונית.
        [one] יש להזין ספרה אחת לכל היותר אחרי הנקודה העשרונית.
       *[other] יש להזין { $max } ספרות לכל היותר אחרי הנקודה העשרונית.
    }
field-not_a_choice = יש לבחור אחד מהערכים המוצעים.
field-unsupported_url = יש להזין כתובת URL שמתחילה ב-postgres://, mysql://, mariadb:// או sqlite://.
field-malformed = הערך הזה אינו בתבנית הצפויה.
field-invalid_email = יש להזין כתובות דוא״ל תקינות, מופרדות בפסיקים.
field-invalid_currency_code = יש להזין קוד אלפביתי תקין.
field-state_and_marketing_currency = מטבע לא יכול להיות גם מטבע לאומי וגם מטבע שיווקי.
field-duplicate_name = נמצאו שמות כפולים בשמות החלופיים.
field-invalid_slug = יש להשתמש רק באותיות a–z ו-A–Z, בספרות, במקפים ובקווים תחתונים.
field-invalid_domain = יש להזין שם דומיין כמו example.com.
field-invalid_url = יש להזין כתובת אינטרנט שמתחילה ב-http:// או https://.
field-invalid_phone = מספר טלפון לא תקין: יש להזין לפחות 7 ספרות.
field-name_is_prefix = יש להזין את השם עצמו, ולא רק תואר כמו מר או ד״ר.
field-contact_or_lead = יש לבחור רק איש קשר או רק ליד.
field-company_or_lead = יש לבחור רק חברה או רק ליד.
field-department_owner_mismatch = המחלקה והאחראי אינם תואמים.
field-contact_not_of_company = איש הקשר אינו שייך לחברה.
field-city_not_of_country = העיר אינה שייכת למדינה.
field-date_in_past = התאריך לא יכול להיות בעבר.
field-amount_required = יש לציין את סכום העסקה.
field-country_required = חובה לציין מדינה.
field-products_required = חובה לציין לפחות מוצר אחד.
field-no_deal_from_request = לא ניתן ליצור עסקה מהפנייה הזו: כבר יש לה עסקה, או שהיא מסומנת ככפילות או כקריאת שירות.
field-state_currency_exists = כבר קיים מטבע לאומי.
field-marketing_currency_exists = כבר קיים מטבע שיווקי.
field-already_added = הרשומה הזו כבר נוספה בהצלחה. לא ניתן להוסיף אותה שוב.
field-already_exists = רשומה כזו כבר קיימת: אותו שם עם אותה כתובת דוא״ל או אותו טלפון.
field-ambiguous_match = כמה רשומות במסד הנתונים מתאימות לערך הזה. יש לקשר קודם את הרשומה הנכונה.
field-currency_required = יש לציין מטבע.

notification-request-assigned-title = פנייה חדשה הוקצתה לך
notification-request-assigned-body = { $ticket }: { $subject }
