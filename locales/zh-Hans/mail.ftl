# CRM 邮件（R-EMAIL）：字段消息、添加到邮件中的文本，以及告知用户的内容。

field-not_allowed_address = 不允许的地址：{ $address }
field-no_recipient = 没有收件人
field-empty_letter = 请填写邮件的主题和正文。
field-no_sending_account = 要发送消息，您需要一个标记为主账户的邮箱账户。
field-sent_from_crm = 此消息是从 CRM 发送的，已经保存。
field-not_an_inquiry = 只有标记为咨询的收件邮件才会成为询盘。

# R-EMAIL-9：附在交易或询盘邮件的末尾；工单号将往来邮件归在一起。
email-keep-ticket = 您的询盘已分配工单号 [ticket:{ $ticket }]。回复时请在主题中保留此工单号，以便我们立即找到往来邮件。

# R-EMAIL-4：告知发件人的内容，以及交易工作流中记录的内容。
email-sent-to = 邮件已发送至“{ $recipient }”
email-sent-to-cc = 邮件已发送至“{ $recipient }”、“{ $cc }”
email-send-failed = 失败：{ $error }
# R-DEAL-6、R-EMAIL-10：收到邮件时交易工作流中的一行。
email-received-from = 收到来自“{ $sender }”的邮件

# R-EMAIL-5：引用或转发的往来邮件上方的标头。
email-reply-header = { $date }，{ $sender } 写道：
email-forward-header =
    ---------- 转发的邮件 ----------
    发件人：{ $sender }
    日期：{ $date }
    主题：{ $subject }
    收件人：{ $to }

# R-EMAIL-11：发件箱列表的说明。
email-outbox-note = 请注意，这是未发送邮件的列表。
