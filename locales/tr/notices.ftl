# Bildirimler ve bildirim e-postaları (DOMAIN.md §14), ilgili kullanıcının dilinde.

notice-request-received = Size bir talep geldi
notice-request-co-owner = Bu talebin ortak sorumlususunuz
notice-deal-received = Size bir anlaşma geldi
notice-deal-co-owner = Bu anlaşmanın ortak sorumlususunuz
notice-product-shipped = Ürün sevk edildi.
notice-reminder = CRM hatırlatıcısı: { $subject }
notice-no-email-address = { $username } kullanıcısının e-posta adresi olmadığından “{ $subject }” e-postası kendisine ulaşmadı. Kullanıcı kaydına bir adres ekleyin.

# R-NOTIF-5: yöneticilere söylenenler.
admin-notice-invalid-web-form = Bir web formu bilinmeyen veya geçersiz bir form belirteciyle gönderildi.
admin-notice-unknown-country = Bir ülke adı tanınamadı.
admin-notice-rate-provider = Döviz kurları yüklenemedi.
admin-notice-mailbox = Bir posta kutusu okunamadı veya gönderim için kullanılamadı.
admin-notice-massmail-account = Bir toplu e-posta hesabında hata oluştu.
admin-notice-import = Bir içe aktarma başarısız oldu.
