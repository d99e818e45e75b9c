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

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = Size yeni bir talep atandı
announce-request-co-owner = Artık bir talebin ortak sorumlususunuz
announce-while-away-title = Siz yokken: { $title }
announce-request-body = { $request } — atayan: { $by }
announce-while-away = Siz yokken
announce-while-away-count =
    { $count ->
        [one] Size bir talep atandı.
       *[other] Size { $count } talep atandı.
    }
announce-open = Aç
