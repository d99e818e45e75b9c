# 一斉メール (DOMAIN.md §12) と Web フォーム (R-REQ-13, R-REQ-14): 拒否、通知、および CRM が
# 配信レポートに書き込む行。

field-no_mailing_account = 一斉メールに使用できるメール アカウントがありません。管理者に連絡してください。
field-mixed_owners = 担当者が同じ宛先だけを選択してください。
field-no_recipients = 宛先がありません。別の条件で選択し直してください。
field-no_main_account = 先にメインのメール アカウントを追加してください。
field-two_accounts_needed = テスト メッセージを送信するには、メール アカウントが 2 つ以上必要です。
field-mailings_differ = 結合できるのは、担当者、宛先の種類、メッセージが同じ配信だけです。
field-after_later_than_before = 開始日を終了日より後にすることはできません。

massmail-untitled = 無題
massmail-united = （結合済み）
massmail-unsubscribed-excluded = 配信停止したユーザーを配信リストから除外しました。
massmail-no-weekend-sending = 金曜日、土曜日、日曜日には一斉メールは送信されませんのでご注意ください。
massmail-no-account-paused = 一斉メールに使用できるメール アカウントがありません。
massmail-vip-only = 一斉メールに使えるアカウントがメイン アカウントだけのため、この配信は VIP の宛先にのみ届きます。
massmail-default-unsubscribe-url = 配信停止リンクの宛先が既定のアドレスのままです。独自のアドレスを設定するよう管理者に依頼してください。
massmail-done = { $date } 正常に完了しました。
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } アカウント { $account } が拒否されました: { $reason }
massmail-excluded = 除外された宛先の数: { $count }。
massmail-test-sent = テスト メッセージをあなたのアカウント { $count } 件に送信しました。
massmail-account-refused-subject = 一斉メール: アカウント { $account } を無効にしました
massmail-account-refused-text = メール サーバーがアカウント { $account } ({ $sender }) を拒否しました: { $reason }。このアカウントの配信は失敗として記録されました。

webform-thanks = { $name } 様、お問い合わせいただきありがとうございます。
webform-invalid-subject = Web フォーム: 無効なデータ
webform-invalid-text = Web フォームから無効なデータが送信されました。
webform-unknown-source-subject = Web フォーム: 不明なリードソース
webform-unknown-source-text = どのリードソースにも一致しないリードソース トークンで Web フォームが送信されました。
webform-country-error-subject = 国名エラー。
webform-country-error-text = Web フォームで CRM が認識できない国名が指定されました: { $country }
webform-inquiry-content =
    お名前: { $name }
    電話番号: { $phone }
    メール: { $email }
    会社: { $company }
    メッセージ: { $message }
