# Çalışma ekranları: gezinme, listeler, formlar, komut paleti ve kısayollar.

## Common actions

action-new = Yeni { $entity }
action-cancel = İptal
action-close = Kapat
action-retry = Tekrar dene
action-back-to = { $list } listesine dön

## Navigation

nav-label = Ana gezinme
nav-home = Genel bakış
nav-pipeline = Satış hunisi
nav-unknown = Bu ekran mevcut değil.
nav-pending = Önceki günlerden bekleyen { $older }, bugün gelen { $today }
nav-group-sales = Satış
nav-group-customers = Müşteriler
nav-group-goods = Ürünler ve para
nav-group-reference = Başvuru listeleri
nav-group-admin = Yönetim

## Lists

list-count = { $count } kayıt
list-empty = Burada henüz bir şey yok.
list-loading = Yükleniyor…
list-search-placeholder = Bu listede ara
list-mine = Yalnızca benimkiler
list-filters = Filtreler
list-views = Kayıtlı görünümler
list-view-name = Görünüm adı
list-view-save = Görünümü kaydet
list-view-delete = “{ $name }” görünümünü sil
filter-any = Tümü
filter-clear = Filtreleri temizle

## Bulk actions

bulk-label = Seçili kayıtlar üzerinde işlemler
bulk-selected = { $count } seçili
bulk-select-all = Yüklenen tüm kayıtları seç
bulk-select-row = Seç: { $name }
bulk-owner = Sorumluyu değiştir
bulk-tag = Etiket ekle
bulk-delete = Seçilenleri sil
bulk-progress = { $done } / { $total } tamamlandı
bulk-failed = Kayıt #{ $id }: { $message }

## Record form

record-save = Kaydet
record-saving = Kaydediliyor…
record-saved = Kaydedildi.
record-revert = Değişikliklerimi geri al
record-delete = Sil
record-delete-confirm = Bu kayıt silinsin mi? Çöp kutusuna taşınır ve geri yüklenebilir.
picker-search = Aramak için yazın…
picker-clear = Seçimi temizle
picker-remove = Kaldır: { $name }

## History

history-title = Geçmiş
history-empty = Henüz kaydedilmiş bir değişiklik yok.
history-unavailable = Geçmiş yüklenemedi.
history-system = Oriel CRM
history-action-create = Oluşturuldu
history-action-update = Değiştirildi
history-action-delete = Silindi
history-action-restore = Geri yüklendi
history-action-merge = Birleştirildi
history-action-purge = Kalıcı olarak silindi

## Edit conflicts

conflict-title = Siz düzenlerken bu kaydı başka biri kaydetti
conflict-explanation = Yazdıklarınızın hiçbiri kaybolmadı. Farklı olan her alan için hangi değerin kalacağını seçin, ardından kaydedin.
conflict-field = Alan
conflict-mine = Sizin yazdığınız
conflict-stored = Diğer kişinin kaydettiği
conflict-base = Başladığınızdaki
conflict-all-mine = Tümünde benimkini koru
conflict-all-stored = Tümünde onlarınkini al
conflict-back = Formuma dön
conflict-apply = Seçimimi kaydet

## Workflows

workflow-request-to-deal = Anlaşmaya dönüştür
workflow-open-deal = Anlaşmayı aç
workflow-lead-convert = Şirkete ve kişiye dönüştür
workflow-converted = Müşteri adayı dönüştürüldü
workflow-company-created = Yeni şirket oluşturuldu:
workflow-company-found = Mevcut şirket bulundu ve kullanıldı:
workflow-contact-created = Yeni kişi oluşturuldu:
workflow-contact-found = Mevcut kişi bulundu ve kullanıldı:
workflow-record-payment = Ödeme kaydet
workflow-merge = Yineleneni birleştir
workflow-merge-title = Bu kaydı başka bir kayıtla birleştir
workflow-merge-explanation = Bu kayıt yinelenen kayıttır: ilişkili kayıtları asıl kayda taşınır ve bu kayıt silinir.
workflow-merge-original = Asıl kayıt
workflow-merge-confirm = Asıl kayıtla birleştir
workflow-transfer = Sorumluyu devret
workflow-transfer-title = Bu şirketi başka bir sorumluya devret
workflow-transfer-explanation = Şirketin kişileri de onunla birlikte taşınır.
workflow-transfer-owner = Yeni sorumlu
workflow-transfer-confirm = Devret

## Command palette and shortcuts

palette-open = Arayın veya bir komut çalıştırın…
palette-shortcut = Ctrl K
palette-label = Komut paleti
palette-placeholder = Herhangi bir kaydı veya işlemi bulun
palette-action = İşlem
palette-nothing = Hiçbir şey bulunamadı.
palette-searching = Aranıyor…
palette-go = Git: { $area }
palette-theme = Renk temasını değiştir
palette-language = Dil: { $language }
shortcut-title = Klavye kısayolları
shortcut-palette = Komut paletini aç
shortcut-save = Açık formu kaydet
shortcut-new = Bu listede yeni kayıt
shortcut-search = Bu listede ara
shortcut-help = Bu kısayolları göster
shortcut-go-requests = Taleplere git
shortcut-go-deals = Anlaşmalara git
shortcut-go-pipeline = Satış hunisine git
shortcut-go-companies = Şirketlere git
shortcut-go-contacts = Kişilere git
shortcut-go-leads = Müşteri adaylarına git
shortcut-list-move = Listede gezin ve bir satırı açın
shortcut-close = İletişim kutusunu kapat

## Theme and connection state

theme-switch = Renk teması
theme-system = Tema: sistem
theme-light = Tema: açık
theme-dark = Tema: koyu
offline-message = Veritabanına ulaşılamıyor. Yazdıklarınız korunuyor; Oriel CRM birkaç saniyede bir yeniden deniyor.
offline-retry = Şimdi yeniden dene

## Deal money

deal-money-amount = Anlaşma tutarı
deal-money-paid = Ödenen
deal-money-expected = Kalan tutar

## Form sections

section-person = Kişi bilgileri
section-reach = İletişim bilgileri
section-place = Adres
section-classification = Sınıflandırma
section-notes = Notlar
section-company = Şirket
section-ownership = Sorumlu
section-inquiry = Talep ayrıntıları
section-sender = Gönderen
section-matches = Eşleşen kayıtlar
section-state = Durum
section-deal = Anlaşma
section-money = Tutar
section-counterparty = Müşteri

## Trash

list-trash = Çöp kutusu
record-in-trash = Bu kayıt çöp kutusunda.
record-restore = Geri yükle

## Notifications

notices-button = Bildirimler
notices-open = Bildirimler, { $count } okunmamış
notices-title = Bildirimler
notices-none = Bildirim yok.
notices-mark-all = Tümünü okundu olarak işaretle

## Overview tiles

today-title = Bugün
today-requests = İşlenmeyi bekleyen talepler
today-deals = Etkin anlaşmalarım
today-due = Bugün vadesi gelen veya geciken sonraki adımlarım
notices-while-away = Siz yokken
notices-include-own = Kendime atadığım talepler için de bildir
