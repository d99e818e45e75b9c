# インポートとエクスポートの画面 (R-IMP-1, R-IMP-2): 会社、連絡先、リードのシートを取り込み、
# 会社、連絡先、リード、商談のシートを書き出します。

nav-transfer = インポートとエクスポート
transfer-description = スプレッドシートからレコードを取り込んだり、スプレッドシートに書き出したりします。
transfer-entity = 対象レコード

## Import

import-heading = インポート
import-hint = 1 行目に列名がある XLSX ファイル（エクスポートしたファイルと同じ形式）。レコードがすでに存在する行はスキップされます。
import-file = ファイル
import-start = インポートを開始
import-reading = ファイルを読み込んでいます…
import-progress-label = インポートの進行状況
import-progress-rows = { $total } 行中 { $done } 行
import-cancel = インポートを中止
import-cancelling = 現在の行を処理したら停止します…
import-failed = ファイルをインポートできませんでした。
import-report-heading = インポート結果
import-report-found = ファイル内の行数
import-report-created = 作成
import-report-skipped = スキップ
import-report-failed = 失敗
import-report-cancelled = インポートは中止されました。それまでに保存された行は残ります。ファイルの残りは読み込まれていません。
import-report-complete = ファイル全体を読み込みました。
import-report-messages = スキップまたは失敗した行
import-row-skipped = { $row } 行目、スキップ: { $message }
import-row-failed = { $row } 行目、失敗: { $message }

## Export

export-heading = エクスポート
export-hint = このファイルには、自分が担当するこの種類のレコードがすべて含まれます。
export-start = XLSX にエクスポート
export-working = エクスポートしています…
export-ready = { $rows } 件のレコードをエクスポートしました。
export-download = { $file } を保存
