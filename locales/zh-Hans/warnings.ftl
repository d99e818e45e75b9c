# 记录已保存或已打开且没有错误、但需要注意时，在其旁边显示的提示。

warning-specify-products = 请指定产品。
warning-country-not-specified = 询盘中未指定国家。
warning-counterparty-assigned = 找到了已分配给 { $username } 的交易方。
warning-lead-disqualified = 此线索不合格！请阅读描述。
warning-no-state-currency = 必须指定本国货币。
warning-no-marketing-currency = 必须指定营销货币。
