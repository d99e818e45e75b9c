# 通知和通知邮件（DOMAIN.md §14），使用接收用户的语言。

notice-request-received = 您收到了询盘
notice-request-co-owner = 您是该询盘的协同负责人
notice-deal-received = 您收到了交易
notice-deal-co-owner = 您是该交易的协同负责人
notice-product-shipped = 产品已发货。
notice-reminder = CRM 提醒：{ $subject }
notice-no-email-address = { $username } 没有电子邮件地址，因此邮件“{ $subject }”未能送达。请为该用户添加地址。

# R-NOTIF-5：告知管理员的内容。
admin-notice-invalid-web-form = 有网页表单使用未知或无效的表单令牌提交。
admin-notice-unknown-country = 无法识别某个国家名称。
admin-notice-rate-provider = 无法加载汇率。
admin-notice-mailbox = 无法读取某个邮箱，或无法用它发送邮件。
admin-notice-massmail-account = 某个群发邮箱账户出现故障。
admin-notice-import = 导入失败。

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = 有新的请求分配给您
announce-request-co-owner = 您现在是一个请求的共同负责人
announce-while-away-title = 您离开期间：{ $title }
announce-request-body = { $request } — 由 { $by } 分配
announce-while-away = 您离开期间
announce-while-away-count =
    { $count ->
       *[other] 有 { $count } 个请求分配给您。
    }
announce-open = 打开
