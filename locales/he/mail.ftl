# הדוא״ל של ה-CRM (R-EMAIL): הודעות שדות, טקסטים שמתווספים למכתבים ומה שנמסר למשתמש.

field-not_allowed_address = כתובת לא מורשית: { $address }
field-no_recipient = אין נמען
field-empty_letter = יש למלא את הנושא ואת גוף המכתב.
field-no_sending_account = כדי לשלוח הודעה צריך חשבון דוא״ל שמסומן כראשי.
field-sent_from_crm = ההודעה הזו נשלחה מה-CRM; היא כבר שמורה.
field-not_an_inquiry = רק דוא״ל נכנס שמסומן כבירור הופך לפנייה.

# R-EMAIL-9: חותם מכתב של עסקה או של פנייה; הכרטיס שומר את ההתכתבות יחד.
email-keep-ticket = לפנייתך הוקצה הכרטיס [ticket:{ $ticket }]. נא להשאיר אותו בנושא התשובות שלך, כדי שנוכל למצוא את ההתכתבות שלנו מיד.

# R-EMAIL-4: מה שנמסר לשולח ומה שנרשם בתהליך העבודה של העסקה.
email-sent-to = הדוא״ל נשלח אל "{ $recipient }"
email-sent-to-cc = הדוא״ל נשלח אל "{ $recipient }", "{ $cc }"
email-send-failed = נכשל: { $error }
# R-DEAL-6, R-EMAIL-10: שורת תהליך העבודה של העסקה עבור דוא״ל שהתקבל.
email-received-from = התקבל דוא״ל מאת "{ $sender }"

# R-EMAIL-5: הכותרת מעל התכתבות מצוטטת או מועברת.
email-reply-header = ב-{ $date }, { $sender } כתב/ה:
email-forward-header =
    ---------- הודעה שהועברה ----------
    מאת: { $sender }
    תאריך: { $date }
    נושא: { $subject }
    אל: { $to }

# R-EMAIL-11: ההערה של רשימת דואר היוצא.
email-outbox-note = לתשומת לבך, זוהי רשימה של הודעות דוא״ל שלא נשלחו.
