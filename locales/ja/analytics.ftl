# 分析レポートのテキスト (DOMAIN.md §10)。

analytics-funnel-total = クローズした商談の合計
analytics-income-title = 月次収入（当期の合計金額: { $total } { $currency }（{ $delta }））
analytics-not-specified = 未指定

# 日付フィルターの期間プリセット (R-ANL-9)。
analytics-range-today = 今日
analytics-range-past-7-days = 過去 7 日間
analytics-range-this-month = 今月
analytics-range-this-year = 今年
analytics-range-last-month = 先月
analytics-range-first-half-of-year = 今年の上半期
analytics-range-nine-months-of-year = 今年の 9 か月間
analytics-range-second-half-of-last-year = 昨年の下半期
