# 作業画面: ナビゲーション、一覧、フォーム、コマンド パレット、ショートカット。

## Common actions

action-new = 新規{ $entity }
action-cancel = キャンセル
action-close = 閉じる
action-retry = 再試行
action-back-to = { $list }に戻る

## Navigation

nav-label = メイン ナビゲーション
nav-home = 概要
nav-pipeline = パイプライン
nav-unknown = この画面は存在しません。
nav-pending = 前日以前から未処理 { $older } 件、本日受信 { $today } 件
nav-group-sales = 営業
nav-group-customers = 顧客
nav-group-goods = 商品と売上
nav-group-reference = 参照リスト
nav-group-admin = 管理

## Lists

list-count = { $count } 件
list-empty = まだ何もありません。
list-loading = 読み込んでいます…
list-search-placeholder = この一覧を検索
list-mine = 自分の担当のみ
list-filters = フィルター
list-views = 保存したビュー
list-view-name = ビュー名
list-view-save = ビューを保存
list-view-delete = ビュー「{ $name }」を削除
filter-any = すべて
filter-clear = フィルターをクリア

## Bulk actions

bulk-label = 選択したレコードに対する操作
bulk-selected = { $count } 件を選択中
bulk-select-all = 読み込まれたレコードをすべて選択
bulk-select-row = { $name } を選択
bulk-owner = 担当者を変更
bulk-tag = タグを追加
bulk-delete = 選択したレコードを削除
bulk-progress = { $total } 件中 { $done } 件完了
bulk-failed = レコード #{ $id }: { $message }

## Record form

record-save = 保存
record-saving = 保存しています…
record-saved = 保存しました。
record-revert = 変更を元に戻す
record-delete = 削除
record-delete-confirm = このレコードを削除しますか？ごみ箱に移動され、後で復元できます。
picker-search = 入力して検索…
picker-clear = 選択を解除
picker-remove = { $name } を削除

## History

history-title = 履歴
history-empty = 記録された変更はまだありません。
history-unavailable = 履歴を読み込めませんでした。
history-system = Oriel CRM
history-action-create = 作成
history-action-update = 変更
history-action-delete = 削除
history-action-restore = 復元
history-action-merge = 統合
history-action-purge = 完全削除

## Edit conflicts

conflict-title = 編集中に他のユーザーがこのレコードを保存しました
conflict-explanation = 入力した内容は失われていません。値が異なるフィールドごとに残す値を選んでから、保存してください。
conflict-field = フィールド
conflict-mine = あなたの入力
conflict-stored = 他のユーザーが保存した値
conflict-base = 編集開始時の値
conflict-all-mine = すべて自分の値を残す
conflict-all-stored = すべて相手の値を使う
conflict-back = 自分のフォームに戻る
conflict-apply = 選択した内容で保存

## Workflows

workflow-request-to-deal = 商談に変換
workflow-open-deal = 商談を開く
workflow-lead-convert = 会社と連絡先に変換
workflow-converted = リードを変換しました
workflow-company-created = 新しい会社を作成しました:
workflow-company-found = 既存の会社が見つかったため、それを使用しました:
workflow-contact-created = 新しい連絡先を作成しました:
workflow-contact-found = 既存の連絡先が見つかったため、それを使用しました:
workflow-record-payment = 支払いを記録
workflow-merge = 重複を統合
workflow-merge-title = このレコードを別のレコードに統合
workflow-merge-explanation = このレコードが重複として扱われます。関連レコードは元のレコードに移動し、このレコードは削除されます。
workflow-merge-original = 元のレコード
workflow-merge-confirm = 元のレコードに統合
workflow-transfer = 担当者を移管
workflow-transfer-title = この会社を別の担当者に移管
workflow-transfer-explanation = 会社の連絡先も一緒に移管されます。
workflow-transfer-owner = 新しい担当者
workflow-transfer-confirm = 移管

## Command palette and shortcuts

palette-open = 検索またはコマンドを実行…
palette-shortcut = Ctrl K
palette-label = コマンド パレット
palette-placeholder = レコードや操作を検索
palette-action = 操作
palette-nothing = 見つかりませんでした。
palette-searching = 検索しています…
palette-go = { $area }に移動
palette-theme = カラー テーマを切り替え
palette-language = 言語: { $language }
shortcut-title = キーボード ショートカット
shortcut-palette = コマンド パレットを開く
shortcut-save = 開いているフォームを保存
shortcut-new = この一覧に新規レコードを作成
shortcut-search = この一覧を検索
shortcut-help = このショートカット一覧を表示
shortcut-go-requests = 引き合いに移動
shortcut-go-deals = 商談に移動
shortcut-go-pipeline = パイプラインに移動
shortcut-go-companies = 会社に移動
shortcut-go-contacts = 連絡先に移動
shortcut-go-leads = リードに移動
shortcut-list-move = 一覧内を移動して行を開く
shortcut-close = ダイアログを閉じる

## Theme and connection state

theme-switch = カラー テーマ
theme-system = テーマ: システム
theme-light = テーマ: ライト
theme-dark = テーマ: ダーク
offline-message = データベースに接続できません。入力内容は保持されています。Oriel CRM が数秒ごとに再接続を試みます。
offline-retry = 今すぐ再試行

## Deal money

deal-money-amount = 商談金額
deal-money-paid = 支払い済み
deal-money-expected = 未入金

## Form sections

section-person = 氏名
section-reach = 連絡方法
section-place = 住所
section-classification = 分類
section-notes = メモ
section-company = 会社
section-ownership = 担当者
section-inquiry = 問い合わせ内容
section-sender = 差出人
section-matches = 一致したレコード
section-state = 状態
section-deal = 商談
section-money = 金額
section-counterparty = 顧客

## Trash

list-trash = ごみ箱
record-in-trash = このレコードはごみ箱にあります。
record-restore = 復元

## Notifications

notices-button = 通知
notices-open = 通知（未読 { $count } 件）
notices-title = 通知
notices-none = 通知はありません。
notices-mark-all = すべて既読にする

## Overview tiles

today-title = 今日
today-requests = 対応待ちの引き合い
today-deals = 自分の進行中の商談
today-due = 今日が期限または期限切れの次のステップ
notices-while-away = 不在中
notices-include-own = 自分で自分に割り当てた問い合わせも通知する
