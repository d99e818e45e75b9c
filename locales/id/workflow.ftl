# Teks yang ditulis CRM ke dalam catatan atas nama pengguna, dalam bahasa pengguna tersebut.

deal-first-next-step = Jalin kontak pertama dengan klien.
deal-workflow-request = Permintaan
deal-product-shipped = Produk telah dikirim.
