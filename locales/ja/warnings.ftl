# エラーなく保存または表示されたものの、確認が必要なレコードの横に表示される注意事項。

warning-specify-products = 商品を指定してください。
warning-country-not-specified = 引き合いに国が指定されていません。
warning-counterparty-assigned = { $username } さんに割り当てられている取引先が見つかりました。
warning-lead-disqualified = このリードは不適格です。説明を確認してください。
warning-no-state-currency = 国内通貨を指定する必要があります。
warning-no-marketing-currency = マーケティング通貨を指定する必要があります。
