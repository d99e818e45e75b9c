# Catatan yang ditampilkan di samping catatan yang tersimpan atau terbuka tanpa galat tetapi perlu diperhatikan.

warning-specify-products = Tentukan produk.
warning-country-not-specified = Negara tidak ditentukan dalam permintaan.
warning-counterparty-assigned = Ditemukan rekanan yang ditugaskan kepada { $username }.
warning-lead-disqualified = Prospek ini didiskualifikasi! Harap baca deskripsinya.
warning-no-state-currency = Mata uang negara harus ditentukan.
warning-no-marketing-currency = Mata uang pemasaran harus ditentukan.
