# شاشة الاستيراد والتصدير (R-IMP-1, R-IMP-2): تدخل جداول الشركات وجهات الاتصال والعملاء المحتملين،
# وتخرج جداول الشركات وجهات الاتصال والعملاء المحتملين والصفقات.

nav-transfer = الاستيراد والتصدير
transfer-description = أدخِل السجلات من جدول بيانات، أو أخرِجها إلى جدول بيانات.
transfer-entity = السجلات

## الاستيراد

import-heading = الاستيراد
import-hint = ملف XLSX يسمّي صفه الأول الأعمدة، كما في الملف المُصدَّر. تُتخطّى الصفوف التي يوجد سجلها بالفعل.
import-file = الملف
import-start = بدء الاستيراد
import-reading = جارٍ قراءة الملف…
import-progress-label = تقدّم الاستيراد
import-progress-rows = الصفوف: { $done } من { $total }
import-cancel = إلغاء الاستيراد
import-cancelling = جارٍ الإيقاف بعد الصف الحالي…
import-failed = لم يُستورد الملف.
import-report-heading = نتيجة الاستيراد
import-report-found = الصفوف في الملف
import-report-created = المُنشأة
import-report-skipped = المتخطّاة
import-report-failed = الفاشلة
import-report-cancelled = أُلغي الاستيراد. تبقى الصفوف التي حُفظت قبل ذلك؛ ولم تُقرأ بقية الملف.
import-report-complete = قُرئ الملف بالكامل.
import-report-messages = الصفوف المتخطّاة والفاشلة
import-row-skipped = الصف { $row }، تم تخطيه: { $message }
import-row-failed = الصف { $row }، فشل: { $message }

## التصدير

export-heading = التصدير
export-hint = يحتوي الملف على كل سجلات هذا النوع التي تتولى مسؤوليتها.
export-start = التصدير إلى XLSX
export-working = جارٍ التصدير…
export-ready =
    { $rows ->
        [zero] لم يُصدَّر أي سجل.
        [one] صُدِّر سجل واحد.
        [two] صُدِّر سجلان.
        [few] صُدِّرت { $rows } سجلات.
        [many] صُدِّر { $rows } سجلًا.
       *[other] صُدِّر { $rows } سجل.
    }
export-download = حفظ { $file }
