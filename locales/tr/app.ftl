# Masaüstü penceresinin gösterdiği tüm metinler. Rust tarafının oluşturduğu iletiler errors.ftl içindedir.

## Application shell

app-name = Oriel CRM
app-starting = Başlatılıyor…
app-start-failed = Oriel CRM başlatılamadı
app-start-retry = Tekrar dene
locale-switch-label = Dil
unexpected-error = Beklenmeyen bir sorun oluştu. Lütfen tekrar deneyin; sorun devam ederse Oriel CRM'i yeniden başlatın.

## Connect screen

connect-title = Bir veritabanı seçin
connect-intro = Oriel CRM müşterilerinizi, anlaşmalarınızı ve taleplerinizi bir veritabanında saklar. Bu bilgisayardaki gömülü veritabanıyla hemen başlayın ya da ekibinizin PostgreSQL veya MySQL sunucusuna bağlanın.
connect-opening = Veritabanı açılıyor…
connect-embedded-heading = Bu bilgisayarda
connect-embedded-description = Hiçbir ayar gerektirmeden hemen kullanılabilen özel bir veritabanı dosyası. Tek başınıza çalışıyorsanız en iyi seçenektir.
connect-embedded = Gömülü veritabanını aç
connect-embedded-path = Dosya:
connect-saved-heading = Son kullanılan
connect-saved-reopen = Yeniden aç
connect-server-heading = Bir sunucuda
connect-server-description = Tek bir CRM'i ekibinizle paylaşın. Herkes kendi veritabanı hesabıyla oturum açar.
server-url-label = Sunucu adresi
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = Örneğin postgres://anna@db.example.org:5432/crm veya mysql://anna@db.example.org:3306/crm
server-password-label = Parola
server-password-saved-hint = Sistem anahtar zincirinde kayıtlı parolayı kullanmak için boş bırakın.
remember-password-label = Parolayı sistem anahtar zincirinde hatırla
connect-server = Sunucuya bağlan

## Home screen

home-title = Genel bakış
disconnect = Bağlantıyı kes
connection-heading = Bağlantı
connection-backend-label = Veritabanı
connection-location-label = Konum
schema-version-label = Şema sürümü
backend-sqlite = Gömülü veritabanı (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installation settings

settings-heading = Kurulum ayarları
settings-description = Bu ayarlar, bu veritabanıyla çalışan herkes için geçerlidir.
settings-loading = Ayarlar yükleniyor…
settings-load-retry = Tekrar dene
org-name-label = Kuruluş adı
vat-percent-label = KDV (%)
vat-percent-hint = 0 ile 100 arasında bir yüzde, örneğin 19 veya 7,5.
mark-payments-label = Temsilcilik aracılığıyla yapılan ödemeleri işaretle
mark-payments-hint = Her ödemede “temsilcilik aracılığıyla ödendi” işareti sunar.
check-shipment-dates-label = Sevkiyat tarihlerini denetle
check-shipment-dates-hint = Sözleşmedeki sevkiyat tarihi eksik olan veya geçmiş olan anlaşmaları işaretler.
default-language-label = Varsayılan dil
settings-save = Ayarları kaydet
settings-saving = Kaydediliyor…
settings-saved = Ayarlar kaydedildi.
conflict-hint = Girdiğiniz değerler formda duruyor. Şu anda kayıtlı olan değerler yanında gösteriliyor.
conflict-use-stored = Kayıtlı değerleri kullan
conflict-save-mine = Yine de benim değerlerimi kaydet

## Stored values

stored-heading = Veritabanında kayıtlı
stored-description = Veritabanının en son döndürdüğü değerler.
stored-updated-at-label = Son değişiklik
value-yes = Evet
value-no = Hayır
value-empty = (boş)
