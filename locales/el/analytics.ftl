# Texts of the analytics reports (DOMAIN.md §10).

analytics-funnel-total = Σύνολο κλεισμένων συμφωνιών
analytics-income-title = Μηνιαία έσοδα (συνολικό ποσό για την τρέχουσα περίοδο: { $total } { $currency } ({ $delta }))
analytics-not-specified = Δεν έχει οριστεί

# Date-range presets of the date filters (R-ANL-9).
analytics-range-today = Σήμερα
analytics-range-past-7-days = Τελευταίες 7 ημέρες
analytics-range-this-month = Αυτός ο μήνας
analytics-range-this-year = Αυτό το έτος
analytics-range-last-month = Προηγούμενος μήνας
analytics-range-first-half-of-year = Πρώτο εξάμηνο του έτους
analytics-range-nine-months-of-year = Εννέα μήνες του έτους
analytics-range-second-half-of-last-year = Δεύτερο εξάμηνο του προηγούμενου έτους
