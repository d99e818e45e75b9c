# Email massal (DOMAIN.md §12) dan formulir web (R-REQ-13, R-REQ-14): penolakan, pemberitahuan, dan baris
# yang ditulis CRM ke laporan pengiriman.

field-no_mailing_account = Tidak ada akun email yang tersedia untuk pengiriman massal. Silakan hubungi administrator Anda.
field-mixed_owners = Harap pilih hanya penerima dengan pemilik yang sama.
field-no_recipients = Hasil buruk: tidak ada penerima! Buat pilihan lain.
field-no_main_account = Harap tambahkan akun email utama Anda terlebih dahulu.
field-two_accounts_needed = Diperlukan sedikitnya dua akun email Anda untuk mengirim pesan uji.
field-mailings_differ = Hanya pengiriman dengan pemilik, jenis penerima, dan pesan yang sama yang dapat digabungkan.
field-after_later_than_before = Tanggal mulai tidak boleh lebih lambat dari tanggal akhir.

massmail-untitled = Tanpa judul
massmail-united = (digabungkan)
massmail-unsubscribed-excluded = Pengguna yang berhenti berlangganan telah dikeluarkan dari daftar pengiriman.
massmail-no-weekend-sending = Perhatikan bahwa email massal tidak dikirim pada hari Jumat, Sabtu, dan Minggu.
massmail-no-account-paused = Anda tidak memiliki akun email yang tersedia untuk pengiriman massal.
massmail-vip-only = Satu-satunya akun pengiriman Anda adalah akun utama Anda: pengiriman ini hanya dapat menjangkau penerima VIP.
massmail-default-unsubscribe-url = Tautan berhenti berlangganan masih mengarah ke alamat bawaan. Harap minta administrator Anda untuk menetapkan alamat Anda sendiri.
massmail-done = { $date } Berhasil diselesaikan.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } Akun { $account } ditolak: { $reason }
massmail-excluded = Jumlah penerima yang dikeluarkan: { $count }.
massmail-test-sent = Pesan uji telah dikirim ke { $count } akun Anda.
massmail-account-refused-subject = Email massal: akun { $account } dinonaktifkan
massmail-account-refused-text = Server email menolak akun { $account } ({ $sender }): { $reason }. Pengiriman dari akun ini ditandai gagal.

webform-thanks = Yth. { $name }, terima kasih atas permintaan Anda!
webform-invalid-subject = Formulir web: data tidak valid
webform-invalid-text = Sebuah formulir web dikirim dengan data yang tidak valid.
webform-unknown-source-subject = Formulir web: sumber prospek tidak dikenal
webform-unknown-source-text = Sebuah formulir web dikirim dengan token sumber prospek yang tidak cocok dengan sumber prospek mana pun.
webform-country-error-subject = Kesalahan nama negara.
webform-country-error-text = Sebuah formulir web menyebutkan negara yang tidak dikenal CRM: { $country }
webform-inquiry-content =
    Nama: { $name }
    Telepon: { $phone }
    Email: { $email }
    Perusahaan: { $company }
    Pesan: { $message }
