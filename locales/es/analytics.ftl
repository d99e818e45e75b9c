# Textos de los informes analíticos (DOMAIN.md §10).

analytics-funnel-total = Total de tratos cerrados
analytics-income-title = Ingresos mensuales (importe total del periodo actual: { $total } { $currency } ({ $delta }))
analytics-not-specified = Sin especificar

# Intervalos predefinidos de los filtros de fecha (R-ANL-9).
analytics-range-today = Hoy
analytics-range-past-7-days = Últimos 7 días
analytics-range-this-month = Este mes
analytics-range-this-year = Este año
analytics-range-last-month = Mes pasado
analytics-range-first-half-of-year = Primer semestre del año
analytics-range-nine-months-of-year = Nueve meses del año
analytics-range-second-half-of-last-year = Segundo semestre del año pasado
