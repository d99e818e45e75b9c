# 初期登録された参照データの名前（ステージ、クローズ理由、顧客タイプ、業種、リードソース、
# 部署、ロール）の各言語での表示。ID は `refname-` と、保存された名前を小文字にして
# その他の文字の連続を 1 つのハイフンに置き換えたもの。ユーザーが入力した名前は入力どおりに表示されます。

## Departments

refname-global-sales = 海外営業
refname-local-sales = 国内営業
refname-bookkeeping = 経理

## Roles

refname-managers = マネージャー
refname-operators = オペレーター
refname-superoperators = スーパーオペレーター
refname-chiefs = 責任者
refname-accountants = 会計担当者
refname-task-operators = タスク担当者
refname-co-workers = 同僚
refname-department-heads = 部門長

## Deal stages

refname-request = 引き合い
refname-analysis-of-request = 引き合いの分析
refname-clarification-of-the-requirements = 要件の確認
refname-price-offer = 価格提示
refname-commercial-proposal = 提案書
refname-commercial-offer = 見積書
refname-agreement = 合意
refname-invoice = 請求書
refname-receiving-the-first-payment = 初回入金の受領
refname-shipment = 出荷
refname-closed-successful = クローズ（成功）

## Closing reasons

refname-the-client-is-not-responding = 顧客から応答がない
refname-specifications-are-not-suitable = 仕様が合わない
refname-the-deal-was-closed-successfully = 商談は成功でクローズした
refname-purchase-postponed = 購入の延期
refname-the-price-is-not-competitive = 価格に競争力がない

## Client types

refname-distributor = ディストリビューター
refname-dealer = ディーラー
refname-reseller = 再販業者
refname-end-customer = エンドユーザー
refname-competitor = 競合他社

## Industries

refname-railway = 鉄道
refname-aviation = 航空
refname-oil-gas = 石油・ガス
refname-power-generation = 発電
refname-metallurgy = 冶金
refname-shipbuilding = 造船
refname-automotive-industry = 自動車産業
refname-capital-construction = 建設
refname-service-companies = サービス企業
refname-educational-institutions = 教育機関
refname-welders = 溶接業者
refname-pipelines = パイプライン事業
refname-pipe-production = 管製造
refname-mining = 鉱業

## Lead sources

refname-website-form = Web サイトのフォーム
refname-website-email = Web サイト経由のメール
refname-exhibition = 展示会
refname-website-form-iframe = Web サイトのフォーム (iframe)

## Other

refname-technical-and-commercial-offer = 技術提案書兼見積書
