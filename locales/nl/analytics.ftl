# Texts of the analytics reports (DOMAIN.md §10).

analytics-funnel-total = Totaal gesloten deals
analytics-income-title = Maandelijkse inkomsten (totaalbedrag voor de huidige periode: { $total } { $currency } ({ $delta }))
analytics-not-specified = Niet opgegeven

# Date-range presets of the date filters (R-ANL-9).
analytics-range-today = Vandaag
analytics-range-past-7-days = Afgelopen 7 dagen
analytics-range-this-month = Deze maand
analytics-range-this-year = Dit jaar
analytics-range-last-month = Vorige maand
analytics-range-first-half-of-year = Eerste helft van het jaar
analytics-range-nine-months-of-year = Eerste negen maanden van het jaar
analytics-range-second-half-of-last-year = Tweede helft van vorig jaar
