# Şirketlerin, kişilerin ve müşteri adaylarının içe ve dışa aktarımı (R-IMP-1, R-IMP-2): içe aktarılan
# tablonun atlanan veya başarısız olan her satırı için bir sonuç satırı.

import-already-exists = Zaten var: { $name } ({ $country })
import-already-exists-nowhere = Zaten var: { $name }
import-invalid-email = Geçerli e-posta adresi yok: { $name }
import-company-not-found = Şirket bulunamadı: { $name }
import-row-refused = { $column }: { $message }
