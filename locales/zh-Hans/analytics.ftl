# 分析报表的文本（DOMAIN.md §10）。

analytics-funnel-total = 已关闭交易总数
analytics-income-title = 月度收入（本期总金额：{ $total } { $currency }（{ $delta }））
analytics-not-specified = 未指定

# 日期筛选器的日期范围预设（R-ANL-9）。
analytics-range-today = 今天
analytics-range-past-7-days = 过去 7 天
analytics-range-this-month = 本月
analytics-range-this-year = 今年
analytics-range-last-month = 上月
analytics-range-first-half-of-year = 今年上半年
analytics-range-nine-months-of-year = 今年前九个月
analytics-range-second-half-of-last-year = 去年下半年
