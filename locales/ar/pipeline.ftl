# لوحة مسار الصفقات: عمود لكل مرحلة، وبطاقات تنتقل بين الأعمدة.

pipeline-with-closed = إظهار الصفقات المغلقة
pipeline-department = القسم
pipeline-no-stages = لا توجد لهذا القسم مراحل صفقات بعد.
# $stage اسم المرحلة، و$count عدد الصفقات، و$amount إجمالي العمود مع عملته.
pipeline-column-label = { $stage }: { $count ->
        [zero] لا صفقات
        [one] صفقة واحدة
        [two] صفقتان
        [few] { $count } صفقات
        [many] { $count } صفقة
       *[other] { $count } صفقة
    }، { $amount }
# $shown هو $count منسّقًا بلغة القارئ.
pipeline-column-deals = { $count ->
        [zero] لا صفقات
        [one] صفقة واحدة
        [two] صفقتان
        [few] { $shown } صفقات
        [many] { $shown } صفقة
       *[other] { $shown } صفقة
    }
pipeline-column-empty = لا توجد صفقات في هذه المرحلة.
pipeline-load-more = عرض المزيد
pipeline-no-amount = بلا مبلغ
pipeline-next-step = الخطوة التالية: { $date }
pipeline-move-label = نقل «{ $deal }» إلى مرحلة
pipeline-moved = نُقلت «{ $deal }» إلى «{ $stage }».
pipeline-closed = أُغلقت «{ $deal }».
pipeline-conflict = غيّر شخص آخر «{ $deal }» في هذه الأثناء. تعرض البطاقة الآن النسخة المحفوظة؛ انقلها مرة أخرى إذا كان لا يزال يلزم نقلها.

## إغلاق صفقة بنقلها

pipeline-close-title = إغلاق الصفقة
pipeline-close-explanation = نقل «{ $deal }» إلى «{ $stage }» يُغلق الصفقة. لماذا أُغلقت؟
pipeline-close-reason = سبب الإغلاق
pipeline-close-no-reason = ليس لدى هذا القسم سبب إغلاق لهذه المرحلة. يمكن للمسؤول إضافة سبب ضمن أسباب الإغلاق.
pipeline-close-confirm = إغلاق الصفقة
