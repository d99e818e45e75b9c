# Testi dei report di analisi (DOMAIN.md §10).

analytics-funnel-total = Totale trattative chiuse
analytics-income-title = Entrate mensili (importo totale del periodo corrente: { $total } { $currency } ({ $delta }))
analytics-not-specified = Non specificato

# Intervalli predefiniti dei filtri per data (R-ANL-9).
analytics-range-today = Oggi
analytics-range-past-7-days = Ultimi 7 giorni
analytics-range-this-month = Questo mese
analytics-range-this-year = Quest’anno
analytics-range-last-month = Mese scorso
analytics-range-first-half-of-year = Primo semestre dell’anno
analytics-range-nine-months-of-year = Nove mesi dell’anno
analytics-range-second-half-of-last-year = Secondo semestre dell’anno scorso
