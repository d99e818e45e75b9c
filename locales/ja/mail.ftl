# CRM メール (R-EMAIL): フィールドのメッセージ、メールに追加されるテキスト、ユーザーへの通知。

field-not_allowed_address = 許可されていないアドレスです: { $address }
field-no_recipient = 宛先がありません
field-empty_letter = メールの件名と本文を入力してください。
field-no_sending_account = メッセージを送信するには、メインに設定されたメール アカウントが必要です。
field-sent_from_crm = このメッセージは CRM から送信されたもので、すでに保存されています。
field-not_an_inquiry = 問い合わせとして印が付いた受信メールだけが引き合いになります。

# R-EMAIL-9: 商談または引き合いのメールの末尾に付けます。チケットによってやり取りがまとまります。
email-keep-ticket = お問い合わせにはチケット [ticket:{ $ticket }] が付与されました。これまでのやり取りをすぐに確認できるよう、ご返信の際は件名にこのチケットを残してください。

# R-EMAIL-4: 送信者への通知と、商談のワークフローに記録される内容。
email-sent-to = メールを「{ $recipient }」に送信しました
email-sent-to-cc = メールを「{ $recipient }」、「{ $cc }」に送信しました
email-send-failed = 失敗しました: { $error }
# R-DEAL-6, R-EMAIL-10: 受信したメールについての商談のワークフローの行。
email-received-from = 「{ $sender }」からメールを受信しました

# R-EMAIL-5: 引用または転送されたやり取りの上に付くヘッダー。
email-reply-header = { $date }、{ $sender } は次のように書きました:
email-forward-header =
    ---------- 転送メッセージ ----------
    差出人: { $sender }
    日付: { $date }
    件名: { $subject }
    宛先: { $to }

# R-EMAIL-11: 送信トレイ一覧の注記。
email-outbox-note = これは未送信メールの一覧です。
