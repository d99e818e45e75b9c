# Teks laporan analitik (DOMAIN.md §10).

analytics-funnel-total = Total kesepakatan yang ditutup
analytics-income-title = Pendapatan bulanan (jumlah total periode berjalan: { $total } { $currency } ({ $delta }))
analytics-not-specified = Tidak ditentukan

# Prasetel rentang tanggal pada filter tanggal (R-ANL-9).
analytics-range-today = Hari ini
analytics-range-past-7-days = 7 hari terakhir
analytics-range-this-month = Bulan ini
analytics-range-this-year = Tahun ini
analytics-range-last-month = Bulan lalu
analytics-range-first-half-of-year = Semester pertama tahun ini
analytics-range-nine-months-of-year = Sembilan bulan pertama tahun ini
analytics-range-second-half-of-last-year = Semester kedua tahun lalu
