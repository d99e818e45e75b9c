# 群发邮件（DOMAIN.md §12）和网页表单（R-REQ-13、R-REQ-14）：拒绝、提示，以及 CRM
# 写入群发报告的内容。

field-no_mailing_account = 没有可用于群发的邮箱账户。请联系管理员。
field-mixed_owners = 请只选择负责人相同的收件人。
field-no_recipients = 没有符合条件的收件人！请重新选择。
field-no_main_account = 请先添加您的主邮箱账户。
field-two_accounts_needed = 发送测试邮件至少需要您的两个邮箱账户。
field-mailings_differ = 只有负责人、收件人类型和邮件内容都相同的群发才能合并。
field-after_later_than_before = 开始日期不能晚于结束日期。

massmail-untitled = 无标题
massmail-united = （已合并）
massmail-unsubscribed-excluded = 已退订的用户已从群发列表中排除。
massmail-no-weekend-sending = 请注意，群发邮件不会在星期五、星期六和星期日发送。
massmail-no-account-paused = 您没有可用于群发的邮箱账户。
massmail-vip-only = 您唯一的群发账户是您的主账户：此次群发只能发送给 VIP 收件人。
massmail-default-unsubscribe-url = 退订链接仍指向默认地址。请让管理员设置您自己的地址。
massmail-done = { $date } 已成功完成。
massmail-recipient-failed = { $date } { $recipient }：{ $reason }
massmail-account-failed = { $date } 账户 { $account } 被拒绝：{ $reason }
massmail-excluded = 已排除的收件人数：{ $count }。
massmail-test-sent = 已向您的 { $count } 个账户发送测试邮件。
massmail-account-refused-subject = 群发邮件：账户 { $account } 已停用
massmail-account-refused-text = 邮件服务器拒绝了账户 { $account }（{ $sender }）：{ $reason }。该账户的群发已标记为失败。

webform-thanks = 尊敬的 { $name }，感谢您的咨询！
webform-invalid-subject = 网页表单：数据无效
webform-invalid-text = 有网页表单提交了无效数据。
webform-unknown-source-subject = 网页表单：未知的线索来源
webform-unknown-source-text = 有网页表单提交了与任何线索来源都不匹配的线索来源令牌。
webform-country-error-subject = 国家名称错误。
webform-country-error-text = 网页表单中填写了 CRM 无法识别的国家：{ $country }
webform-inquiry-content =
    姓名：{ $name }
    电话：{ $phone }
    邮箱：{ $email }
    公司：{ $company }
    留言：{ $message }
