# نصوص تقارير التحليلات (DOMAIN.md §10).

analytics-funnel-total = إجمالي الصفقات المغلقة
analytics-income-title = الإيرادات الشهرية (إجمالي المبلغ للفترة الحالية: { $total } { $currency } ({ $delta }))
analytics-not-specified = غير محدد

# الفترات الجاهزة لمرشحات التاريخ (R-ANL-9).
analytics-range-today = اليوم
analytics-range-past-7-days = آخر 7 أيام
analytics-range-this-month = هذا الشهر
analytics-range-this-year = هذا العام
analytics-range-last-month = الشهر الماضي
analytics-range-first-half-of-year = النصف الأول من العام
analytics-range-nine-months-of-year = تسعة أشهر من العام
analytics-range-second-half-of-last-year = النصف الثاني من العام الماضي
