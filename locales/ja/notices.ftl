# 通知と通知メール (DOMAIN.md §14)。宛先ユーザーの言語で表示されます。

notice-request-received = 引き合いが割り当てられました
notice-request-co-owner = あなたはこの引き合いの共同担当者です
notice-deal-received = 商談が割り当てられました
notice-deal-co-owner = あなたはこの商談の共同担当者です
notice-product-shipped = 商品が出荷されました。
notice-reminder = CRM リマインダー: { $subject }
notice-no-email-address = { $username } さんにはメール アドレスがないため、メール「{ $subject }」は届きませんでした。このユーザーにアドレスを追加してください。

# R-NOTIF-5: 管理者への通知。
admin-notice-invalid-web-form = 不明または無効なフォーム トークンで Web フォームが送信されました。
admin-notice-unknown-country = 国名を認識できませんでした。
admin-notice-rate-provider = 為替レートを読み込めませんでした。
admin-notice-mailbox = メールボックスを読み取れないか、送信に使用できませんでした。
admin-notice-massmail-account = 一斉メール用のアカウントでエラーが発生しました。
admin-notice-import = インポートに失敗しました。

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = 新しい問い合わせが割り当てられました
announce-request-co-owner = 問い合わせの共同担当者になりました
announce-while-away-title = 不在中: { $title }
announce-request-body = { $request } — 割り当て: { $by }
announce-while-away = 不在中
announce-while-away-count =
    { $count ->
       *[other] { $count } 件の問い合わせが割り当てられました。
    }
announce-open = 開く
