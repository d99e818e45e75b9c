# 会社、連絡先、リードのインポートとエクスポート (R-IMP-1, R-IMP-2): インポートしたシートのうち、
# スキップまたは失敗した行ごとに 1 行の結果。

import-already-exists = すでに存在します: { $name } ({ $country })
import-already-exists-nowhere = すでに存在します: { $name }
import-invalid-email = 有効なメール アドレスがありません: { $name }
import-company-not-found = 会社が見つかりません: { $name }
import-row-refused = { $column }: { $message }
