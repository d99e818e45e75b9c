# Texts of the analytics reports (DOMAIN.md §10).

analytics-funnel-total = Celkem uzavřených obchodů
analytics-income-title = Měsíční příjmy (celková částka za aktuální období: { $total } { $currency } ({ $delta }))
analytics-not-specified = Neuvedeno

# Date-range presets of the date filters (R-ANL-9).
analytics-range-today = Dnes
analytics-range-past-7-days = Posledních 7 dní
analytics-range-this-month = Tento měsíc
analytics-range-this-year = Tento rok
analytics-range-last-month = Minulý měsíc
analytics-range-first-half-of-year = První pololetí
analytics-range-nine-months-of-year = Devět měsíců roku
analytics-range-second-half-of-last-year = Druhé pololetí minulého roku
