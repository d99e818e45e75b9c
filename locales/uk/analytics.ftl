# Texts of the analytics reports (DOMAIN.md §10).

analytics-funnel-total = Усього закритих угод
analytics-income-title = Дохід за місяцями (загальна сума за поточний період: { $total } { $currency } ({ $delta }))
analytics-not-specified = Не вказано

# Date-range presets of the date filters (R-ANL-9).
analytics-range-today = Сьогодні
analytics-range-past-7-days = Останні 7 днів
analytics-range-this-month = Цей місяць
analytics-range-this-year = Цей рік
analytics-range-last-month = Минулий місяць
analytics-range-first-half-of-year = Перше півріччя
analytics-range-nine-months-of-year = Дев’ять місяців року
analytics-range-second-half-of-last-year = Друге півріччя минулого року
