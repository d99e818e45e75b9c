# Textes des rapports d’analyse (DOMAIN.md §10).

analytics-funnel-total = Total des affaires conclues
analytics-income-title = Revenus mensuels (montant total de la période en cours : { $total } { $currency } ({ $delta }))
analytics-not-specified = Non précisé

# Périodes prédéfinies des filtres de date (R-ANL-9).
analytics-range-today = Aujourd’hui
analytics-range-past-7-days = 7 derniers jours
analytics-range-this-month = Ce mois-ci
analytics-range-this-year = Cette année
analytics-range-last-month = Le mois dernier
analytics-range-first-half-of-year = Premier semestre de l’année
analytics-range-nine-months-of-year = Neuf mois de l’année
analytics-range-second-half-of-last-year = Second semestre de l’année dernière
