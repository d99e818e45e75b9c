# شاشات العمل: التنقل والقوائم والنماذج ولوحة الأوامر واختصارات لوحة المفاتيح.

## الإجراءات العامة

# $entity هو المفرد من fields.ftl؛ وصيغة «إنشاء» تُغني عن مطابقة «جديد/جديدة» للجنس.
action-new = إنشاء { $entity }
action-cancel = إلغاء
action-close = إغلاق
action-retry = إعادة المحاولة
action-back-to = العودة إلى { $list }

## التنقل

nav-label = التنقل الرئيسي
nav-home = نظرة عامة
nav-pipeline = مسار المبيعات
nav-unknown = هذه الشاشة غير موجودة.
nav-pending = { $older } بانتظار المعالجة من أيام سابقة، و{ $today } وردت اليوم
nav-group-sales = المبيعات
nav-group-customers = العملاء
nav-group-goods = المنتجات والمالية
nav-group-reference = القوائم المرجعية
nav-group-admin = الإدارة

## القوائم

# يصل العدد نصًا منسّقًا، لذا لا تصلح هنا صيغ الجمع؛ الصيغة المحايدة تناسب كل الأعداد.
list-count = عدد السجلات: { $count }
list-empty = لا يوجد شيء هنا بعد.
list-loading = جارٍ التحميل…
list-search-placeholder = البحث في هذه القائمة
list-mine = سجلاتي فقط
list-filters = المرشحات
list-views = طرق العرض المحفوظة
list-view-name = اسم طريقة العرض
list-view-save = حفظ طريقة العرض
list-view-delete = حذف طريقة العرض «{ $name }»
filter-any = أي قيمة
filter-clear = مسح المرشحات

## الإجراءات الجماعية

bulk-label = إجراءات على السجلات المحددة
bulk-selected =
    { $count ->
        [zero] لم يُحدَّد أي سجل
        [one] سجل واحد محدد
        [two] سجلان محددان
        [few] { $count } سجلات محددة
        [many] { $count } سجلًا محددًا
       *[other] { $count } سجل محدد
    }
bulk-select-all = تحديد كل السجلات المحمّلة
bulk-select-row = تحديد { $name }
bulk-owner = تغيير المسؤول
bulk-tag = إضافة وسم
bulk-delete = حذف المحدد
bulk-progress = اكتمل { $done } من { $total }
bulk-failed = السجل رقم { $id }: { $message }

## نموذج السجل

record-save = حفظ
record-saving = جارٍ الحفظ…
record-saved = تم الحفظ.
record-revert = التراجع عن تغييراتي
record-delete = حذف
record-delete-confirm = هل تريد حذف هذا السجل؟ سينتقل إلى سلة المهملات ويمكن استعادته.
picker-search = اكتب للبحث…
picker-clear = مسح الاختيار
picker-remove = إزالة { $name }

## سجل التغييرات

history-title = سجل التغييرات
history-empty = لم تُسجَّل أي تغييرات بعد.
history-unavailable = تعذّر تحميل سجل التغييرات.
history-system = Oriel CRM
history-action-create = الإنشاء
history-action-update = التغيير
history-action-delete = الحذف
history-action-restore = الاستعادة
history-action-merge = الدمج
history-action-purge = الحذف النهائي

## تعارضات التعديل

conflict-title = حفظ شخص آخر هذا السجل بينما كنت تعدّله
conflict-explanation = لم يضع شيء مما كتبته. اختر لكل حقل مختلف القيمة التي تريد الإبقاء عليها، ثم احفظ.
conflict-field = الحقل
conflict-mine = ما كتبته
conflict-stored = ما حفظه الشخص الآخر
conflict-base = عندما بدأت
conflict-all-mine = الإبقاء على كل قيمي
conflict-all-stored = أخذ كل قيم الشخص الآخر
conflict-back = العودة إلى نموذجي
conflict-apply = حفظ اختياري

## سير العمل

workflow-request-to-deal = تحويل إلى صفقة
workflow-open-deal = فتح الصفقة
workflow-lead-convert = تحويل إلى شركة وجهة اتصال
workflow-converted = تم تحويل العميل المحتمل
workflow-company-created = أُنشئت شركة جديدة:
workflow-company-found = عُثر على شركة موجودة واستُخدمت:
workflow-contact-created = أُنشئت جهة اتصال جديدة:
workflow-contact-found = عُثر على جهة اتصال موجودة واستُخدمت:
workflow-record-payment = تسجيل دفعة
workflow-merge = دمج المكرر
workflow-merge-title = دمج هذا السجل في سجل آخر
workflow-merge-explanation = هذا السجل هو المكرر: تنتقل سجلاته المرتبطة إلى السجل الأصلي، ثم يُحذف.
workflow-merge-original = السجل الأصلي
workflow-merge-confirm = الدمج في السجل الأصلي
workflow-transfer = نقل المسؤولية
workflow-transfer-title = إسناد هذه الشركة إلى مسؤول آخر
workflow-transfer-explanation = تنتقل جهات الاتصال الخاصة بها معها.
workflow-transfer-owner = المسؤول الجديد
workflow-transfer-confirm = نقل

## لوحة الأوامر والاختصارات

palette-open = ابحث أو نفّذ أمرًا…
palette-shortcut = Ctrl K
palette-label = لوحة الأوامر
palette-placeholder = ابحث عن أي سجل أو إجراء
palette-action = إجراء
palette-nothing = لم يُعثر على شيء.
palette-searching = جارٍ البحث…
palette-go = الانتقال إلى { $area }
palette-theme = تبديل سمة الألوان
palette-language = اللغة: { $language }
shortcut-title = اختصارات لوحة المفاتيح
shortcut-palette = فتح لوحة الأوامر
shortcut-save = حفظ النموذج المفتوح
shortcut-new = سجل جديد في هذه القائمة
shortcut-search = البحث في هذه القائمة
shortcut-help = عرض هذه الاختصارات
shortcut-go-requests = الانتقال إلى الطلبات
shortcut-go-deals = الانتقال إلى الصفقات
shortcut-go-pipeline = الانتقال إلى مسار المبيعات
shortcut-go-companies = الانتقال إلى الشركات
shortcut-go-contacts = الانتقال إلى جهات الاتصال
shortcut-go-leads = الانتقال إلى العملاء المحتملين
shortcut-list-move = التنقل في قائمة وفتح صف
shortcut-close = إغلاق مربع حوار

## السمة وحالة الاتصال

theme-switch = سمة الألوان
theme-system = السمة: حسب النظام
theme-light = السمة: فاتحة
theme-dark = السمة: داكنة
offline-message = يتعذّر الوصول إلى قاعدة البيانات. ما تكتبه محفوظ؛ ويعيد Oriel CRM المحاولة كل بضع ثوانٍ.
offline-retry = إعادة المحاولة الآن

## مبالغ الصفقة

deal-money-amount = مبلغ الصفقة
deal-money-paid = المدفوع
deal-money-expected = المتبقي المتوقع

## أقسام النموذج

section-person = الشخص
section-reach = وسائل التواصل
section-place = العنوان
section-classification = التصنيف
section-notes = الملاحظات
section-company = الشركة
section-ownership = المسؤولية
section-inquiry = الاستفسار
section-sender = المرسِل
section-matches = السجلات المطابقة
section-state = الحالة
section-deal = الصفقة
section-money = المبالغ
section-counterparty = العميل

## سلة المهملات

list-trash = سلة المهملات
record-in-trash = هذا السجل في سلة المهملات.
record-restore = استعادة

## الإشعارات

notices-button = الإشعارات
notices-open = الإشعارات، غير المقروءة: { $count }
notices-title = الإشعارات
notices-none = لا توجد إشعارات.
notices-mark-all = تعليم الكل كمقروء

## مربعات النظرة العامة

today-title = اليوم
today-requests = طلبات بانتظار المعالجة
today-deals = صفقاتي النشطة
today-due = خطواتي التالية المستحقة اليوم أو المتأخرة
notices-while-away = أثناء غيابك
notices-include-own = أبلغني أيضًا بالطلبات التي أسندها إلى نفسي
