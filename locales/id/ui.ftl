# Layar kerja: navigasi, daftar, formulir, palet perintah, dan pintasan.

## Common actions

action-new = Buat { $entity } baru
action-cancel = Batal
action-close = Tutup
action-retry = Coba lagi
action-back-to = Kembali ke { $list }

## Navigation

nav-label = Navigasi utama
nav-home = Ikhtisar
nav-pipeline = Pipeline penjualan
nav-unknown = Layar ini tidak ada.
nav-pending = { $older } menunggu dari hari-hari sebelumnya, { $today } diterima hari ini
nav-group-sales = Penjualan
nav-group-customers = Pelanggan
nav-group-goods = Produk dan keuangan
nav-group-reference = Daftar referensi
nav-group-admin = Administrasi

## Lists

list-count = { $count } catatan
list-empty = Belum ada apa pun di sini.
list-loading = Memuat…
list-search-placeholder = Cari di daftar ini
list-mine = Hanya milik saya
list-filters = Filter
list-views = Tampilan tersimpan
list-view-name = Nama tampilan
list-view-save = Simpan tampilan
list-view-delete = Hapus tampilan “{ $name }”
filter-any = Semua
filter-clear = Hapus filter

## Bulk actions

bulk-label = Tindakan untuk catatan yang dipilih
bulk-selected = { $count } dipilih
bulk-select-all = Pilih semua catatan yang dimuat
bulk-select-row = Pilih { $name }
bulk-owner = Ganti pemilik
bulk-tag = Tambahkan tag
bulk-delete = Hapus yang dipilih
bulk-progress = { $done } dari { $total } selesai
bulk-failed = Catatan #{ $id }: { $message }

## Record form

record-save = Simpan
record-saving = Menyimpan…
record-saved = Tersimpan.
record-revert = Urungkan perubahan saya
record-delete = Hapus
record-delete-confirm = Hapus catatan ini? Catatan akan dipindahkan ke tempat sampah dan dapat dipulihkan.
picker-search = Ketik untuk mencari…
picker-clear = Kosongkan pilihan
picker-remove = Hapus { $name }

## History

history-title = Riwayat
history-empty = Belum ada perubahan yang tercatat.
history-unavailable = Riwayat tidak dapat dimuat.
history-system = Oriel CRM
history-action-create = Dibuat
history-action-update = Diubah
history-action-delete = Dihapus
history-action-restore = Dipulihkan
history-action-merge = Digabungkan
history-action-purge = Dihapus permanen

## Edit conflicts

conflict-title = Orang lain menyimpan catatan ini saat Anda sedang menyuntingnya
conflict-explanation = Tidak ada ketikan Anda yang hilang. Untuk setiap kolom yang berbeda, pilih nilai mana yang dipertahankan, lalu simpan.
conflict-field = Kolom
conflict-mine = Yang Anda ketik
conflict-stored = Disimpan oleh orang lain
conflict-base = Saat Anda mulai
conflict-all-mine = Pertahankan semua milik saya
conflict-all-stored = Ambil semua milik mereka
conflict-back = Kembali ke formulir saya
conflict-apply = Simpan pilihan saya

## Workflows

workflow-request-to-deal = Jadikan kesepakatan
workflow-open-deal = Buka kesepakatan
workflow-lead-convert = Konversi menjadi perusahaan dan kontak
workflow-converted = Prospek telah dikonversi
workflow-company-created = Perusahaan baru dibuat:
workflow-company-found = Perusahaan yang sudah ada ditemukan dan digunakan:
workflow-contact-created = Kontak baru dibuat:
workflow-contact-found = Kontak yang sudah ada ditemukan dan digunakan:
workflow-record-payment = Catat pembayaran
workflow-merge = Gabungkan duplikat
workflow-merge-title = Gabungkan catatan ini ke catatan lain
workflow-merge-explanation = Catatan ini adalah duplikatnya: catatan terkaitnya dipindahkan ke catatan asli, lalu catatan ini dihapus.
workflow-merge-original = Catatan asli
workflow-merge-confirm = Gabungkan ke catatan asli
workflow-transfer = Alihkan pemilik
workflow-transfer-title = Serahkan perusahaan ini ke pemilik lain
workflow-transfer-explanation = Kontak-kontaknya ikut dipindahkan.
workflow-transfer-owner = Pemilik baru
workflow-transfer-confirm = Alihkan

## Command palette and shortcuts

palette-open = Cari atau jalankan perintah…
palette-shortcut = Ctrl K
palette-label = Palet perintah
palette-placeholder = Temukan catatan atau tindakan apa pun
palette-action = Tindakan
palette-nothing = Tidak ada yang ditemukan.
palette-searching = Mencari…
palette-go = Pergi ke { $area }
palette-theme = Ganti tema warna
palette-language = Bahasa: { $language }
shortcut-title = Pintasan keyboard
shortcut-palette = Buka palet perintah
shortcut-save = Simpan formulir yang terbuka
shortcut-new = Catatan baru di daftar ini
shortcut-search = Cari di daftar ini
shortcut-help = Tampilkan pintasan ini
shortcut-go-requests = Pergi ke permintaan
shortcut-go-deals = Pergi ke kesepakatan
shortcut-go-pipeline = Pergi ke pipeline penjualan
shortcut-go-companies = Pergi ke perusahaan
shortcut-go-contacts = Pergi ke kontak
shortcut-go-leads = Pergi ke prospek
shortcut-list-move = Bergerak dalam daftar dan membuka baris
shortcut-close = Tutup dialog

## Theme and connection state

theme-switch = Tema warna
theme-system = Tema: sistem
theme-light = Tema: terang
theme-dark = Tema: gelap
offline-message = Basis data tidak dapat dijangkau. Ketikan Anda tetap tersimpan; Oriel CRM mencoba lagi setiap beberapa detik.
offline-retry = Coba sekarang

## Deal money

deal-money-amount = Nilai kesepakatan
deal-money-paid = Dibayar
deal-money-expected = Sisa tagihan

## Form sections

section-person = Data pribadi
section-reach = Cara menghubungi
section-place = Alamat
section-classification = Klasifikasi
section-notes = Keterangan
section-company = Perusahaan
section-ownership = Pemilik
section-inquiry = Detail permintaan
section-sender = Pengirim
section-matches = Catatan yang cocok
section-state = Status
section-deal = Kesepakatan
section-money = Keuangan
section-counterparty = Pelanggan

## Trash

list-trash = Tempat sampah
record-in-trash = Catatan ini ada di tempat sampah.
record-restore = Pulihkan

## Notifications

notices-button = Notifikasi
notices-open = Notifikasi, { $count } belum dibaca
notices-title = Notifikasi
notices-none = Tidak ada notifikasi.
notices-mark-all = Tandai semua sudah dibaca

## Overview tiles

today-title = Hari ini
today-requests = Permintaan yang menunggu ditangani
today-deals = Kesepakatan aktif saya
today-due = Langkah berikutnya saya yang jatuh tempo hari ini atau terlambat
notices-while-away = Selama Anda pergi
notices-include-own = Beri tahu saya juga tentang permintaan yang saya tugaskan ke diri sendiri
