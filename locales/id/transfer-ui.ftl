# Layar impor dan ekspor (R-IMP-1, R-IMP-2): lembar perusahaan, kontak, dan prospek masuk,
# lembar perusahaan, kontak, prospek, dan kesepakatan keluar.

nav-transfer = Impor dan ekspor
transfer-description = Masukkan catatan dari lembar kerja, atau keluarkan catatan ke lembar kerja.
transfer-entity = Jenis catatan

## Import

import-heading = Impor
import-hint = File XLSX yang baris pertamanya berisi nama kolom, seperti file hasil ekspor. Baris yang catatannya sudah ada akan dilewati.
import-file = File
import-start = Mulai impor
import-reading = Membaca file…
import-progress-label = Kemajuan impor
import-progress-rows = { $done } dari { $total } baris
import-cancel = Batalkan impor
import-cancelling = Berhenti setelah baris saat ini…
import-failed = File tidak diimpor.
import-report-heading = Hasil impor
import-report-found = Baris dalam file
import-report-created = Dibuat
import-report-skipped = Dilewati
import-report-failed = Gagal
import-report-cancelled = Impor dibatalkan. Baris yang tersimpan sebelumnya tetap ada; sisa file tidak dibaca.
import-report-complete = Seluruh file telah dibaca.
import-report-messages = Baris yang dilewati dan gagal
import-row-skipped = Baris { $row }, dilewati: { $message }
import-row-failed = Baris { $row }, gagal: { $message }

## Export

export-heading = Ekspor
export-hint = File berisi semua catatan jenis ini yang Anda miliki.
export-start = Ekspor ke XLSX
export-working = Mengekspor…
export-ready = { $rows } catatan diekspor.
export-download = Simpan { $file }
