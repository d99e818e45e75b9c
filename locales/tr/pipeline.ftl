# Satış hunisi panosu: her anlaşma aşaması için bir sütun, sütunlar arasında taşınan kartlar.

pipeline-with-closed = Kapanan anlaşmaları göster
pipeline-department = Departman
pipeline-no-stages = Bu departmanın henüz anlaşma aşaması yok.
# $stage aşamanın adı, $count anlaşma sayısı, $amount sütunun para birimiyle birlikte toplamıdır.
pipeline-column-label = { $stage }: { $count } anlaşma, { $amount }
# $shown, okuyucunun diline göre biçimlendirilmiş $count değeridir.
pipeline-column-deals = { $shown } anlaşma
pipeline-column-empty = Bu aşamada anlaşma yok.
pipeline-load-more = Daha fazla göster
pipeline-no-amount = Tutar yok
pipeline-next-step = Sonraki adım: { $date }
pipeline-move-label = “{ $deal }” anlaşmasının taşınacağı aşama
pipeline-moved = “{ $deal }” anlaşması “{ $stage }” aşamasına taşındı.
pipeline-closed = “{ $deal }” anlaşması kapalı.
pipeline-conflict = Bu arada başka biri “{ $deal }” anlaşmasını değiştirdi. Kart artık kaydedilmiş sürümü gösteriyor; hâlâ taşınması gerekiyorsa yeniden taşıyın.

## Closing a deal by moving it

pipeline-close-title = Anlaşmayı kapat
pipeline-close-explanation = “{ $deal }” anlaşmasını “{ $stage }” aşamasına taşımak anlaşmayı kapatır. Anlaşma neden kapatıldı?
pipeline-close-reason = Kapanış nedeni
pipeline-close-no-reason = Bu departmanda bu aşama için bir kapanış nedeni yok. Bir yönetici, kapanış nedenlerine bir tane ekleyebilir.
pipeline-close-confirm = Anlaşmayı kapat
