# Email CRM (R-EMAIL): pesan kolom, teks yang ditambahkan ke surat, dan apa yang disampaikan kepada pengguna.

field-not_allowed_address = Alamat tidak diizinkan: { $address }
field-no_recipient = Tidak ada penerima
field-empty_letter = Harap isi subjek dan teks surat.
field-no_sending_account = Untuk mengirim pesan, Anda memerlukan akun email yang ditandai sebagai akun utama.
field-sent_from_crm = Pesan ini dikirim dari CRM; pesan ini sudah tersimpan.
field-not_an_inquiry = Hanya email masuk yang ditandai sebagai inkuiri yang menjadi permintaan.

# R-EMAIL-9: penutup surat untuk kesepakatan atau permintaan; tiket menyatukan korespondensi.
email-keep-ticket = Permintaan Anda telah diberi tiket [ticket:{ $ticket }]. Harap pertahankan tiket ini di subjek balasan Anda agar kami dapat segera menemukan korespondensi kita.

# R-EMAIL-4: apa yang disampaikan kepada pengirim, dan apa yang dicatat di alur kerja kesepakatan.
email-sent-to = Email telah dikirim ke "{ $recipient }"
email-sent-to-cc = Email telah dikirim ke "{ $recipient }", "{ $cc }"
email-send-failed = Gagal: { $error }
# R-DEAL-6, R-EMAIL-10: baris alur kerja kesepakatan untuk email yang diterima.
email-received-from = Menerima email dari "{ $sender }"

# R-EMAIL-5: kepala di atas korespondensi yang dikutip atau diteruskan.
email-reply-header = Pada { $date }, { $sender } menulis:
email-forward-header =
    ---------- Pesan yang diteruskan ----------
    Dari: { $sender }
    Tanggal: { $date }
    Subjek: { $subject }
    Kepada: { $to }

# R-EMAIL-11: catatan daftar kotak keluar.
email-outbox-note = Perhatikan bahwa ini adalah daftar email yang belum terkirim.
