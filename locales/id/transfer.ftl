# Impor dan ekspor perusahaan, kontak, dan prospek (R-IMP-1, R-IMP-2): satu baris hasil untuk setiap
# baris lembar impor yang dilewati atau gagal.

import-already-exists = Sudah ada: { $name } ({ $country })
import-already-exists-nowhere = Sudah ada: { $name }
import-invalid-email = Tidak ada alamat email yang valid: { $name }
import-company-not-found = Perusahaan tidak ditemukan: { $name }
import-row-refused = { $column }: { $message }
