# Texts of the analytics reports (DOMAIN.md §10).

analytics-funnel-total = Total closed deals
analytics-income-title = Income monthly (total amount for the current period: { $total } { $currency } ({ $delta }))
analytics-not-specified = Not specified

# Date-range presets of the date filters (R-ANL-9).
analytics-range-today = Today
analytics-range-past-7-days = Past 7 days
analytics-range-this-month = This month
analytics-range-this-year = This year
analytics-range-last-month = Last month
analytics-range-first-half-of-year = First half of the year
analytics-range-nine-months-of-year = Nine months of the year
analytics-range-second-half-of-last-year = Second half of last year
