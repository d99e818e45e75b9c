# استيراد الشركات وجهات الاتصال والعملاء المحتملين وتصديرها (R-IMP-1, R-IMP-2): سطر نتيجة لكل صف
# تم تخطيه أو فشل في الورقة المستوردة.

import-already-exists = موجود بالفعل: { $name } ({ $country })
import-already-exists-nowhere = موجود بالفعل: { $name }
import-invalid-email = لا يوجد عنوان بريد إلكتروني صالح: { $name }
import-company-not-found = لم يُعثر على الشركة: { $name }
import-row-refused = { $column }: { $message }
