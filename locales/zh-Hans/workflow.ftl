# CRM 代表用户写入记录的文本，使用该用户的语言。

deal-first-next-step = 与客户建立首次联系。
deal-workflow-request = 询盘
deal-product-shipped = 产品已发货。
