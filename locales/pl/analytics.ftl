# Texts of the analytics reports (DOMAIN.md §10).

analytics-funnel-total = Łącznie zamkniętych transakcji
analytics-income-title = Przychód miesięczny (łączna kwota za bieżący okres: { $total } { $currency } ({ $delta }))
analytics-not-specified = Nie określono

# Date-range presets of the date filters (R-ANL-9).
analytics-range-today = Dziś
analytics-range-past-7-days = Ostatnie 7 dni
analytics-range-this-month = Ten miesiąc
analytics-range-this-year = Ten rok
analytics-range-last-month = Poprzedni miesiąc
analytics-range-first-half-of-year = Pierwsze półrocze
analytics-range-nine-months-of-year = Dziewięć miesięcy roku
analytics-range-second-half-of-last-year = Drugie półrocze ubiegłego roku
