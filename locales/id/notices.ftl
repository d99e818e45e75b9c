# Pemberitahuan dan email notifikasi (DOMAIN.md §14), dalam bahasa pengguna yang dituju.

notice-request-received = Anda menerima permintaan
notice-request-co-owner = Anda adalah pemilik bersama permintaan ini
notice-deal-received = Anda menerima kesepakatan
notice-deal-co-owner = Anda adalah pemilik bersama kesepakatan ini
notice-product-shipped = Produk telah dikirim.
notice-reminder = Pengingat CRM: { $subject }
notice-no-email-address = { $username } tidak memiliki alamat email, sehingga email “{ $subject }” tidak sampai kepadanya. Tambahkan alamat ke data penggunanya.

# R-NOTIF-5: apa yang disampaikan kepada administrator.
admin-notice-invalid-web-form = Sebuah formulir web dikirim dengan token formulir yang tidak dikenal atau tidak valid.
admin-notice-unknown-country = Sebuah nama negara tidak dikenali.
admin-notice-rate-provider = Kurs mata uang tidak dapat dimuat.
admin-notice-mailbox = Sebuah kotak surat tidak dapat dibaca atau digunakan untuk mengirim.
admin-notice-massmail-account = Sebuah akun email massal mengalami kegagalan.
admin-notice-import = Sebuah impor gagal.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = Permintaan baru ditugaskan kepada Anda
announce-request-co-owner = Anda sekarang pemilik bersama sebuah permintaan
announce-while-away-title = Selama Anda pergi: { $title }
announce-request-body = { $request } — ditugaskan oleh { $by }
announce-while-away = Selama Anda pergi
announce-while-away-count =
    { $count ->
       *[other] { $count } permintaan ditugaskan kepada Anda.
    }
announce-open = Buka
