# Semua teks yang ditampilkan jendela desktop. Pesan yang dibuat oleh Rust ada di errors.ftl.

## Application shell

app-name = Oriel CRM
app-starting = Memulai…
app-start-failed = Oriel CRM tidak dapat dimulai
app-start-retry = Coba lagi
locale-switch-label = Bahasa
unexpected-error = Terjadi kesalahan yang tidak terduga. Silakan coba lagi, dan mulai ulang Oriel CRM jika masalah terus terjadi.

## Connect screen

connect-title = Pilih basis data
connect-intro = Oriel CRM menyimpan pelanggan, kesepakatan, dan permintaan Anda di dalam basis data. Mulailah sekarang juga dengan basis data bawaan di komputer ini, atau sambungkan ke server PostgreSQL atau MySQL tim Anda.
connect-opening = Membuka basis data…
connect-embedded-heading = Di komputer ini
connect-embedded-description = File basis data pribadi yang langsung siap dipakai tanpa perlu pengaturan apa pun. Paling cocok jika Anda bekerja sendiri.
connect-embedded = Buka basis data bawaan
connect-embedded-path = File:
connect-saved-heading = Terakhir digunakan
connect-saved-reopen = Buka lagi
connect-server-heading = Di server
connect-server-description = Gunakan satu CRM bersama tim Anda. Setiap orang masuk dengan akun basis datanya sendiri.
server-url-label = Alamat server
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = Misalnya postgres://anna@db.example.org:5432/crm atau mysql://anna@db.example.org:3306/crm
server-password-label = Kata sandi
server-password-saved-hint = Biarkan kosong untuk memakai kata sandi yang tersimpan di gantungan kunci sistem.
remember-password-label = Ingat kata sandi di gantungan kunci sistem
connect-server = Sambungkan ke server

## Home screen

home-title = Ikhtisar
disconnect = Putuskan sambungan
connection-heading = Sambungan
connection-backend-label = Basis data
connection-location-label = Lokasi
schema-version-label = Versi skema
backend-sqlite = Basis data bawaan (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installation settings

settings-heading = Pengaturan instalasi
settings-description = Pengaturan ini berlaku untuk semua orang yang bekerja dengan basis data ini.
settings-loading = Memuat pengaturan…
settings-load-retry = Coba lagi
org-name-label = Nama organisasi
vat-percent-label = PPN (%)
vat-percent-hint = Persentase dari 0 sampai 100, misalnya 19 atau 7,5.
mark-payments-label = Tandai pembayaran yang dilakukan melalui kantor perwakilan
mark-payments-hint = Menyediakan tanda “dibayar melalui kantor perwakilan” pada setiap pembayaran.
check-shipment-dates-label = Periksa tanggal pengiriman
check-shipment-dates-hint = Menandai kesepakatan yang tanggal pengiriman kontraknya kosong atau sudah lewat.
default-language-label = Bahasa bawaan
settings-save = Simpan pengaturan
settings-saving = Menyimpan…
settings-saved = Pengaturan disimpan.
conflict-hint = Nilai Anda masih ada di formulir. Nilai yang saat ini tersimpan ditampilkan di sebelahnya.
conflict-use-stored = Gunakan nilai yang tersimpan
conflict-save-mine = Tetap simpan nilai saya

## Stored values

stored-heading = Tersimpan di basis data
stored-description = Nilai sebagaimana terakhir dikembalikan oleh basis data.
stored-updated-at-label = Terakhir diubah
value-yes = Ya
value-no = Tidak
value-empty = (kosong)
