# CRM e-postası (R-EMAIL): alan iletileri, mektuplara eklenen metinler ve kullanıcıya söylenenler.

field-not_allowed_address = İzin verilmeyen adres: { $address }
field-no_recipient = Alıcı yok
field-empty_letter = Lütfen mektubun konusunu ve metnini doldurun.
field-no_sending_account = İleti göndermek için ana hesap olarak işaretlenmiş bir e-posta hesabınız olmalıdır.
field-sent_from_crm = Bu ileti CRM'den gönderildi; zaten kayıtlı.
field-not_an_inquiry = Yalnızca bilgi talebi olarak işaretlenmiş gelen e-postalar talebe dönüşür.

# R-EMAIL-9: bir anlaşmanın veya talebin mektubunu kapatır; takip numarası yazışmaları bir arada tutar.
email-keep-ticket = Talebinize [ticket:{ $ticket }] takip numarası verildi. Yazışmalarımızı hemen bulabilmemiz için lütfen yanıtlarınızın konusunda bu numarayı koruyun.

# R-EMAIL-4: gönderene söylenenler ve anlaşmanın iş akışına kaydedilenler.
email-sent-to = E-posta şu alıcıya gönderildi: "{ $recipient }"
email-sent-to-cc = E-posta şu alıcılara gönderildi: "{ $recipient }", "{ $cc }"
email-send-failed = Başarısız: { $error }
# R-DEAL-6, R-EMAIL-10: alınan bir e-posta için anlaşmanın iş akışı satırı.
email-received-from = Şu gönderenden e-posta alındı: "{ $sender }"

# R-EMAIL-5: alıntılanan veya iletilen yazışmaların üstündeki başlık.
email-reply-header = { $date } tarihinde { $sender } şunu yazdı:
email-forward-header =
    ---------- İletilen ileti ----------
    Gönderen: { $sender }
    Tarih: { $date }
    Konu: { $subject }
    Alıcı: { $to }

# R-EMAIL-11: giden kutusu listesinin notu.
email-outbox-note = Lütfen dikkat: bu, gönderilmemiş e-postaların listesidir.
