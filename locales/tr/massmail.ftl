# Toplu e-posta (DOMAIN.md §12) ve web formları (R-REQ-13, R-REQ-14): retler, bildirimler ve CRM'in
# gönderim raporlarına yazdığı satırlar.

field-no_mailing_account = Toplu gönderim için kullanılabilecek e-posta hesabı yok. Lütfen yöneticinize başvurun.
field-mixed_owners = Lütfen yalnızca aynı sorumluya sahip alıcıları seçin.
field-no_recipients = Sonuç yok: hiç alıcı bulunamadı! Başka bir seçim yapın.
field-no_main_account = Lütfen önce ana e-posta hesabınızı ekleyin.
field-two_accounts_needed = Test iletisi göndermek için en az iki e-posta hesabınız olmalıdır.
field-mailings_differ = Yalnızca sorumlusu, alıcı türü ve iletisi aynı olan gönderimler birleştirilebilir.
field-after_later_than_before = Başlangıç tarihi bitiş tarihinden sonra olmamalıdır.

massmail-untitled = Başlıksız
massmail-united = (birleştirilmiş)
massmail-unsubscribed-excluded = Aboneliği iptal eden kullanıcılar gönderim listesinden çıkarıldı.
massmail-no-weekend-sending = Lütfen dikkat: toplu gönderimler cuma, cumartesi ve pazar günleri yapılmaz.
massmail-no-account-paused = Toplu gönderim için kullanılabilecek bir e-posta hesabınız yok.
massmail-vip-only = Tek gönderim hesabınız ana hesabınız: bu gönderim yalnızca VIP alıcılara ulaşabilir.
massmail-default-unsubscribe-url = Abonelikten çıkma bağlantısı hâlâ varsayılan adrese gidiyor. Lütfen yöneticinizden kendi adresinizi ayarlamasını isteyin.
massmail-done = { $date } Başarıyla tamamlandı.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } { $account } hesabı reddedildi: { $reason }
massmail-excluded = Çıkarılan alıcı sayısı: { $count }.
massmail-test-sent = Hesaplarınızdan { $count } tanesine bir test iletisi gönderildi.
massmail-account-refused-subject = Toplu e-posta: { $account } hesabı devre dışı bırakıldı
massmail-account-refused-text = E-posta sunucusu { $account } ({ $sender }) hesabını reddetti: { $reason }. Bu hesabın gönderimleri başarısız olarak işaretlendi.

webform-thanks = Sayın { $name }, talebiniz için teşekkür ederiz!
webform-invalid-subject = Web formu: geçersiz veri
webform-invalid-text = Bir web formu geçersiz verilerle gönderildi.
webform-unknown-source-subject = Web formu: bilinmeyen aday kaynağı
webform-unknown-source-text = Bir web formu, hiçbir aday kaynağıyla eşleşmeyen bir aday kaynağı belirteciyle gönderildi.
webform-country-error-subject = Ülke adı hatası.
webform-country-error-text = Bir web formunda CRM'in tanımadığı bir ülke adı belirtildi: { $country }
webform-inquiry-content =
    Ad: { $name }
    Telefon: { $phone }
    E-posta: { $email }
    Şirket: { $company }
    İleti: { $message }
