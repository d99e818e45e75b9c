# İçe ve dışa aktarma ekranı (R-IMP-1, R-IMP-2): şirket, kişi ve müşteri adayı tabloları içeri,
# şirket, kişi, müşteri adayı ve anlaşma tabloları dışarı.

nav-transfer = İçe ve dışa aktarma
transfer-description = Kayıtları bir elektronik tablodan içeri alın veya bir elektronik tabloya dışarı aktarın.
transfer-entity = Kayıt türü

## Import

import-heading = İçe aktar
import-hint = İlk satırı sütun adlarını içeren bir XLSX dosyası (dışa aktarılan dosyalar gibi). Kaydı zaten var olan satırlar atlanır.
import-file = Dosya
import-start = İçe aktarmayı başlat
import-reading = Dosya okunuyor…
import-progress-label = İçe aktarma ilerlemesi
import-progress-rows = { $done } / { $total } satır
import-cancel = İçe aktarmayı iptal et
import-cancelling = Geçerli satırdan sonra durduruluyor…
import-failed = Dosya içe aktarılamadı.
import-report-heading = İçe aktarma sonucu
import-report-found = Dosyadaki satırlar
import-report-created = Oluşturulan
import-report-skipped = Atlanan
import-report-failed = Başarısız
import-report-cancelled = İçe aktarma iptal edildi. Öncesinde kaydedilen satırlar korunur; dosyanın geri kalanı okunmadı.
import-report-complete = Dosyanın tamamı okundu.
import-report-messages = Atlanan ve başarısız satırlar
import-row-skipped = Satır { $row }, atlandı: { $message }
import-row-failed = Satır { $row }, başarısız: { $message }

## Export

export-heading = Dışa aktar
export-hint = Dosya, sorumlusu olduğunuz bu türdeki tüm kayıtları içerir.
export-start = XLSX olarak dışa aktar
export-working = Dışa aktarılıyor…
export-ready = { $rows } kayıt dışa aktarıldı.
export-download = { $file } dosyasını kaydet
