# Texte der Auswertungen (DOMAIN.md §10).

analytics-funnel-total = Abgeschlossene Deals insgesamt
analytics-income-title = Einnahmen pro Monat (Gesamtbetrag des aktuellen Zeitraums: { $total } { $currency } ({ $delta }))
analytics-not-specified = Nicht angegeben

# Vorgaben der Datumsfilter (R-ANL-9).
analytics-range-today = Heute
analytics-range-past-7-days = Letzte 7 Tage
analytics-range-this-month = Dieser Monat
analytics-range-this-year = Dieses Jahr
analytics-range-last-month = Letzter Monat
analytics-range-first-half-of-year = Erstes Halbjahr
analytics-range-nine-months-of-year = Neun Monate dieses Jahres
analytics-range-second-half-of-last-year = Zweites Halbjahr des Vorjahres
