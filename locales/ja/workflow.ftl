# ユーザーに代わって CRM がレコードに書き込むテキスト。宛先ユーザーの言語で書き込まれます。

deal-first-next-step = 顧客と最初のコンタクトを取る。
deal-workflow-request = 引き合い
deal-product-shipped = 商品が出荷されました。
