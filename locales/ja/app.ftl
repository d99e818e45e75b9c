# デスクトップ ウィンドウに表示されるすべての文字列。Rust 側で生成するメッセージは errors.ftl にあります。

## Application shell

app-name = Oriel CRM
app-starting = 起動しています…
app-start-failed = Oriel CRM を起動できませんでした
app-start-retry = 再試行
locale-switch-label = 言語
unexpected-error = 予期しない問題が発生しました。もう一度お試しください。問題が続く場合は Oriel CRM を再起動してください。

## Connect screen

connect-title = データベースの選択
connect-intro = Oriel CRM は顧客、商談、引き合いをデータベースに保存します。このコンピューター上の組み込みデータベースですぐに始めるか、チームの PostgreSQL または MySQL サーバーに接続してください。
connect-opening = データベースを開いています…
connect-embedded-heading = このコンピューター上
connect-embedded-description = 個人用のデータベース ファイルです。設定不要ですぐに使えます。1 人で作業する場合に最適です。
connect-embedded = 組み込みデータベースを開く
connect-embedded-path = ファイル:
connect-saved-heading = 最近使用したデータベース
connect-saved-reopen = もう一度開く
connect-server-heading = サーバー上
connect-server-description = 1 つの CRM をチームで共有します。各自が自分のデータベース アカウントでサインインします。
server-url-label = サーバー アドレス
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = 例: postgres://anna@db.example.org:5432/crm または mysql://anna@db.example.org:3306/crm
server-password-label = パスワード
server-password-saved-hint = システムのキーチェーンに保存されたパスワードを使う場合は空欄のままにしてください。
remember-password-label = パスワードをシステムのキーチェーンに保存する
connect-server = サーバーに接続

## Home screen

home-title = 概要
disconnect = 切断
connection-heading = 接続
connection-backend-label = データベース
connection-location-label = 場所
schema-version-label = スキーマ バージョン
backend-sqlite = 組み込みデータベース (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installation settings

settings-heading = インストール設定
settings-description = これらの設定は、このデータベースを使用するすべてのユーザーに適用されます。
settings-loading = 設定を読み込んでいます…
settings-load-retry = 再試行
org-name-label = 組織名
vat-percent-label = 付加価値税 (%)
vat-percent-hint = 0 から 100 までのパーセンテージ（例: 19 または 7.5）。
mark-payments-label = 駐在員事務所経由の支払いに印を付ける
mark-payments-hint = 各支払いに「駐在員事務所経由で支払い済み」の印を付けられるようにします。
check-shipment-dates-label = 出荷日を確認する
check-shipment-dates-hint = 契約上の出荷日が未入力、または過ぎている商談に印を付けます。
default-language-label = 既定の言語
settings-save = 設定を保存
settings-saving = 保存しています…
settings-saved = 設定を保存しました。
conflict-hint = 入力した値はフォームに残っています。現在保存されている値を横に表示しています。
conflict-use-stored = 保存されている値を使う
conflict-save-mine = 自分の値で上書き保存

## Stored values

stored-heading = データベースに保存されている値
stored-description = データベースから最後に返された値です。
stored-updated-at-label = 最終更新
value-yes = はい
value-no = いいえ
value-empty = （空）
