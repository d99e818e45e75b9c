# الأسماء المرجعية المُعدّة مسبقًا (المراحل، وأسباب الإغلاق، وأنواع العملاء، والقطاعات، ومصادر العملاء المحتملين،
# والأقسام، والأدوار) كما تعرضها كل لغة. المعرّف هو `refname-` متبوعًا بالاسم المحفوظ بأحرف
# صغيرة، مع استبدال كل سلسلة من الأحرف الأخرى بشرطة واحدة. الأسماء التي يكتبها المستخدم
# تُعرض كما كُتبت.

## الأقسام

refname-global-sales = المبيعات الدولية
refname-local-sales = المبيعات المحلية
refname-bookkeeping = المحاسبة

## الأدوار

refname-managers = المديرون
refname-operators = المشغّلون
refname-superoperators = كبار المشغّلين
refname-chiefs = الرؤساء
refname-accountants = المحاسبون
refname-task-operators = مشغّلو المهام
refname-co-workers = الزملاء
refname-department-heads = رؤساء الأقسام

## مراحل الصفقات

refname-request = طلب
refname-analysis-of-request = تحليل الطلب
refname-clarification-of-the-requirements = توضيح المتطلبات
refname-price-offer = عرض سعر
refname-commercial-proposal = مقترح تجاري
refname-commercial-offer = عرض تجاري
refname-agreement = اتفاق
refname-invoice = فاتورة
refname-receiving-the-first-payment = استلام الدفعة الأولى
refname-shipment = الشحن
refname-closed-successful = مغلقة (بنجاح)

## أسباب الإغلاق

refname-the-client-is-not-responding = العميل لا يستجيب
refname-specifications-are-not-suitable = المواصفات غير مناسبة
refname-the-deal-was-closed-successfully = أُغلقت الصفقة بنجاح
refname-purchase-postponed = تأجيل الشراء
refname-the-price-is-not-competitive = السعر غير تنافسي

## أنواع العملاء

refname-distributor = موزّع
refname-dealer = وكيل
refname-reseller = معيد بيع
refname-end-customer = عميل نهائي
refname-competitor = منافس

## القطاعات

refname-railway = السكك الحديدية
refname-aviation = الطيران
refname-oil-gas = النفط والغاز
refname-power-generation = توليد الطاقة
refname-metallurgy = الصناعات المعدنية
refname-shipbuilding = بناء السفن
refname-automotive-industry = صناعة السيارات
refname-capital-construction = إنشاءات البنية التحتية
refname-service-companies = شركات الخدمات
refname-educational-institutions = المؤسسات التعليمية
refname-welders = اللحام
refname-pipelines = خطوط الأنابيب
refname-pipe-production = إنتاج الأنابيب
refname-mining = التعدين

## مصادر العملاء المحتملين

refname-website-form = نموذج الموقع الإلكتروني
refname-website-email = بريد الموقع الإلكتروني
refname-exhibition = معرض
refname-website-form-iframe = نموذج الموقع الإلكتروني (iframe)

## أخرى

refname-technical-and-commercial-offer = عرض فني وتجاري
