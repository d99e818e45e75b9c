# Texts of the analytics reports (DOMAIN.md §10).

analytics-funnel-total = Total tranzacții închise
analytics-income-title = Venituri lunare (suma totală pentru perioada curentă: { $total } { $currency } ({ $delta }))
analytics-not-specified = Nespecificat

# Date-range presets of the date filters (R-ANL-9).
analytics-range-today = Astăzi
analytics-range-past-7-days = Ultimele 7 zile
analytics-range-this-month = Luna aceasta
analytics-range-this-year = Anul acesta
analytics-range-last-month = Luna trecută
analytics-range-first-half-of-year = Prima jumătate a anului
analytics-range-nine-months-of-year = Primele nouă luni ale anului
analytics-range-second-half-of-last-year = A doua jumătate a anului trecut
