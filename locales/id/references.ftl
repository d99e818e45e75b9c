# Nama data referensi bawaan (tahap, alasan penutupan, jenis klien, industri, sumber prospek,
# departemen, peran) dalam setiap bahasa. ID-nya adalah `refname-` ditambah nama yang tersimpan dalam
# huruf kecil, dengan setiap deret karakter lain diganti satu tanda hubung. Nama yang diketik pengguna
# ditampilkan sesuai ketikannya.

## Departments

refname-global-sales = Penjualan global
refname-local-sales = Penjualan lokal
refname-bookkeeping = Pembukuan

## Roles

refname-managers = Manajer
refname-operators = Operator
refname-superoperators = Operator super
refname-chiefs = Pimpinan
refname-accountants = Akuntan
refname-task-operators = Operator tugas
refname-co-workers = Rekan kerja
refname-department-heads = Kepala departemen

## Deal stages

refname-request = Permintaan
refname-analysis-of-request = Analisis permintaan
refname-clarification-of-the-requirements = Klarifikasi kebutuhan
refname-price-offer = Penawaran harga
refname-commercial-proposal = Proposal komersial
refname-commercial-offer = Penawaran komersial
refname-agreement = Perjanjian
refname-invoice = Faktur
refname-receiving-the-first-payment = Penerimaan pembayaran pertama
refname-shipment = Pengiriman
refname-closed-successful = Ditutup (berhasil)

## Closing reasons

refname-the-client-is-not-responding = Klien tidak merespons
refname-specifications-are-not-suitable = Spesifikasi tidak sesuai
refname-the-deal-was-closed-successfully = Kesepakatan berhasil ditutup
refname-purchase-postponed = Pembelian ditunda
refname-the-price-is-not-competitive = Harga tidak kompetitif

## Client types

refname-distributor = Distributor
refname-dealer = Dealer
refname-reseller = Reseller
refname-end-customer = Pelanggan akhir
refname-competitor = Pesaing

## Industries

refname-railway = Perkeretaapian
refname-aviation = Penerbangan
refname-oil-gas = Minyak & gas
refname-power-generation = Pembangkit listrik
refname-metallurgy = Metalurgi
refname-shipbuilding = Pembuatan kapal
refname-automotive-industry = Industri otomotif
refname-capital-construction = Konstruksi
refname-service-companies = Perusahaan jasa
refname-educational-institutions = Lembaga pendidikan
refname-welders = Jasa pengelasan
refname-pipelines = Jaringan pipa
refname-pipe-production = Produksi pipa
refname-mining = Pertambangan

## Lead sources

refname-website-form = Formulir situs web
refname-website-email = Email situs web
refname-exhibition = Pameran
refname-website-form-iframe = Formulir situs web (iframe)

## Other

refname-technical-and-commercial-offer = Penawaran teknis dan komersial
