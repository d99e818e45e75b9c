# 분석 보고서의 텍스트 (DOMAIN.md §10).

analytics-funnel-total = 종료된 거래 합계
analytics-income-title = 월별 수입 (현재 기간 총액: { $total } { $currency } ({ $delta }))
analytics-not-specified = 지정되지 않음

# 날짜 필터의 기간 프리셋 (R-ANL-9).
analytics-range-today = 오늘
analytics-range-past-7-days = 지난 7일
analytics-range-this-month = 이번 달
analytics-range-this-year = 올해
analytics-range-last-month = 지난달
analytics-range-first-half-of-year = 올해 상반기
analytics-range-nine-months-of-year = 올해 9개월
analytics-range-second-half-of-last-year = 작년 하반기
