# Texts of the analytics reports (DOMAIN.md §10).

analytics-funnel-total = Всего закрытых сделок
analytics-income-title = Доход по месяцам (общая сумма за текущий период: { $total } { $currency } ({ $delta }))
analytics-not-specified = Не указано

# Date-range presets of the date filters (R-ANL-9).
analytics-range-today = Сегодня
analytics-range-past-7-days = Последние 7 дней
analytics-range-this-month = Этот месяц
analytics-range-this-year = Этот год
analytics-range-last-month = Прошлый месяц
analytics-range-first-half-of-year = Первое полугодие
analytics-range-nine-months-of-year = Девять месяцев года
analytics-range-second-half-of-last-year = Второе полугодие прошлого года
