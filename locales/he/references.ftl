# שמות עזר מוגדרים מראש (שלבים, סיבות סגירה, סוגי לקוחות, ענפים, מקורות לידים,
# מחלקות, קבוצות הרשאות) כפי שכל שפה מציגה אותם. המזהה הוא `refname-` ואחריו השם השמור
# באותיות קטנות, כשכל רצף של תווים אחרים הופך למקף אחד. שמות שמשתמש הקליד
# מוצגים כפי שהוקלדו.

## מחלקות

refname-global-sales = מכירות בינלאומיות
refname-local-sales = מכירות מקומיות
refname-bookkeeping = הנהלת חשבונות

## קבוצות הרשאות

refname-managers = מנהלים
refname-operators = מפעילים
refname-superoperators = מפעילים בכירים
refname-chiefs = הנהלה
refname-accountants = מנהלי חשבונות
refname-task-operators = מפעילי משימות
refname-co-workers = עמיתים
refname-department-heads = ראשי מחלקות

## שלבי עסקה

refname-request = פנייה
refname-analysis-of-request = ניתוח הפנייה
refname-clarification-of-the-requirements = הבהרת הדרישות
refname-price-offer = הצעת מחיר
refname-commercial-proposal = הצעה עסקית
refname-commercial-offer = הצעה מסחרית
refname-agreement = הסכם
refname-invoice = חשבונית
refname-receiving-the-first-payment = קבלת התשלום הראשון
refname-shipment = משלוח
refname-closed-successful = נסגרה (בהצלחה)

## סיבות סגירה

refname-the-client-is-not-responding = הלקוח אינו מגיב
refname-specifications-are-not-suitable = המפרט אינו מתאים
refname-the-deal-was-closed-successfully = העסקה נסגרה בהצלחה
refname-purchase-postponed = הרכישה נדחתה
refname-the-price-is-not-competitive = המחיר אינו תחרותי

## סוגי לקוחות

refname-distributor = מפיץ
refname-dealer = סוכן
refname-reseller = משווק
refname-end-customer = לקוח קצה
refname-competitor = מתחרה

## ענפים

refname-railway = רכבות
refname-aviation = תעופה
refname-oil-gas = נפט וגז
refname-power-generation = ייצור חשמל
refname-metallurgy = מטלורגיה
refname-shipbuilding = בניית ספינות
refname-automotive-industry = תעשיית הרכב
refname-capital-construction = בניית תשתיות
refname-service-companies = חברות שירותים
refname-educational-institutions = מוסדות חינוך
refname-welders = ריתוך
refname-pipelines = צנרת
refname-pipe-production = ייצור צינורות
refname-mining = כרייה

## מקורות לידים

refname-website-form = טופס באתר
refname-website-email = דוא״ל מהאתר
refname-exhibition = תערוכה
refname-website-form-iframe = טופס באתר (iframe)

## אחר

refname-technical-and-commercial-offer = הצעה טכנית ומסחרית
