# Papan pipeline penjualan: satu kolom per tahap kesepakatan, kartu yang berpindah di antaranya.

pipeline-with-closed = Tampilkan kesepakatan yang ditutup
pipeline-department = Departemen
pipeline-no-stages = Departemen ini belum memiliki tahap kesepakatan.
# $stage adalah nama tahap, $count jumlah kesepakatan, $amount total kolom beserta mata uangnya.
pipeline-column-label = { $stage }: { $count } kesepakatan, { $amount }
# $shown adalah $count yang diformat menurut bahasa pembaca.
pipeline-column-deals = { $shown } kesepakatan
pipeline-column-empty = Tidak ada kesepakatan di tahap ini.
pipeline-load-more = Tampilkan lebih banyak
pipeline-no-amount = Tanpa nilai
pipeline-next-step = Langkah berikutnya: { $date }
pipeline-move-label = Pindahkan “{ $deal }” ke tahap
pipeline-moved = “{ $deal }” dipindahkan ke “{ $stage }”.
pipeline-closed = “{ $deal }” sudah ditutup.
pipeline-conflict = Sementara itu, orang lain mengubah “{ $deal }”. Kartu kini menampilkan versi yang tersimpan; pindahkan lagi jika masih perlu.

## Closing a deal by moving it

pipeline-close-title = Tutup kesepakatan
pipeline-close-explanation = Memindahkan “{ $deal }” ke “{ $stage }” akan menutup kesepakatan. Mengapa kesepakatan ini ditutup?
pipeline-close-reason = Alasan penutupan
pipeline-close-no-reason = Departemen ini tidak memiliki alasan penutupan untuk tahap ini. Administrator dapat menambahkannya di daftar alasan penutupan.
pipeline-close-confirm = Tutup kesepakatan
