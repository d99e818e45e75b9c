# كل النصوص التي تعرضها نافذة التطبيق. الرسائل التي يولّدها Rust موجودة في errors.ftl.

## إطار التطبيق

app-name = Oriel CRM
app-starting = جارٍ البدء…
app-start-failed = تعذّر بدء تشغيل Oriel CRM
app-start-retry = إعادة المحاولة
locale-switch-label = اللغة
unexpected-error = حدث خطأ غير متوقع. يُرجى المحاولة مرة أخرى، وإعادة تشغيل Oriel CRM إذا تكرر ذلك.

## شاشة الاتصال

connect-title = اختر قاعدة بيانات
connect-intro = يحفظ Oriel CRM عملاءك وصفقاتك وطلباتك في قاعدة بيانات. ابدأ فورًا بقاعدة البيانات المدمجة على هذا الحاسوب، أو اتصل بخادم PostgreSQL أو MySQL الخاص بفريقك.
connect-opening = جارٍ فتح قاعدة البيانات…
connect-embedded-heading = على هذا الحاسوب
connect-embedded-description = ملف قاعدة بيانات خاص، جاهز فورًا دون أي إعداد. الأنسب عندما تعمل بمفردك.
connect-embedded = فتح قاعدة البيانات المدمجة
connect-embedded-path = الملف:
connect-saved-heading = المستخدمة مؤخرًا
connect-saved-reopen = إعادة الفتح
connect-server-heading = على خادم
connect-server-description = شارك نظام CRM واحدًا مع فريقك. يسجّل كل شخص الدخول بحسابه الخاص في قاعدة البيانات.
server-url-label = عنوان الخادم
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = على سبيل المثال postgres://anna@db.example.org:5432/crm أو mysql://anna@db.example.org:3306/crm
server-password-label = كلمة المرور
server-password-saved-hint = اتركه فارغًا لاستخدام كلمة المرور المحفوظة في سلسلة مفاتيح النظام.
remember-password-label = تذكّر كلمة المرور في سلسلة مفاتيح النظام
connect-server = الاتصال بالخادم

## الشاشة الرئيسية

home-title = نظرة عامة
disconnect = قطع الاتصال
connection-heading = الاتصال
connection-backend-label = قاعدة البيانات
connection-location-label = الموقع
schema-version-label = إصدار المخطط
backend-sqlite = قاعدة البيانات المدمجة (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## إعدادات التثبيت

settings-heading = إعدادات التثبيت
settings-description = تنطبق هذه الإعدادات على كل من يعمل بقاعدة البيانات هذه.
settings-loading = جارٍ تحميل الإعدادات…
settings-load-retry = إعادة المحاولة
org-name-label = اسم المؤسسة
vat-percent-label = ضريبة القيمة المضافة (%)
vat-percent-hint = نسبة مئوية من 0 إلى 100، مثل 15 أو 7.5.
mark-payments-label = تمييز الدفعات المسددة عبر مكتب تمثيلي
mark-payments-hint = يتيح لكل دفعة علامة «مسددة عبر مكتب تمثيلي».
check-shipment-dates-label = التحقق من تواريخ الشحن
check-shipment-dates-hint = يميّز الصفقات التي ينقصها تاريخ الشحن التعاقدي أو التي تجاوزته.
default-language-label = اللغة الافتراضية
settings-save = حفظ الإعدادات
settings-saving = جارٍ الحفظ…
settings-saved = تم حفظ الإعدادات.
conflict-hint = لا تزال قيمك في النموذج. وتظهر بجانبها القيم المحفوظة الآن.
conflict-use-stored = استخدام القيم المحفوظة
conflict-save-mine = حفظ قيمي على أي حال

## القيم المحفوظة

stored-heading = المحفوظ في قاعدة البيانات
stored-description = القيم كما أعادتها قاعدة البيانات آخر مرة.
stored-updated-at-label = آخر تغيير
value-yes = نعم
value-no = لا
value-empty = (فارغ)
