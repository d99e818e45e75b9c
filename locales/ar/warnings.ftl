# ملاحظات تظهر بجانب سجل حُفظ أو فُتح دون خطأ لكنه يحتاج إلى انتباه.

warning-specify-products = حدّد المنتجات.
warning-country-not-specified = لم تُحدَّد الدولة في الطلب.
warning-counterparty-assigned = عُثر على الطرف المقابل، وهو مُسند إلى { $username }.
warning-lead-disqualified = هذا العميل المحتمل غير مؤهل! يُرجى قراءة الوصف.
warning-no-state-currency = يجب تحديد العملة الوطنية.
warning-no-marketing-currency = يجب تحديد العملة التسويقية.
