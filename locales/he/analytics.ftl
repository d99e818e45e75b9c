# טקסטים של דוחות הניתוח (DOMAIN.md §10).

analytics-funnel-total = סה״כ עסקאות שנסגרו
analytics-income-title = הכנסות חודשיות (הסכום הכולל לתקופה הנוכחית: { $total } { $currency } ({ $delta }))
analytics-not-specified = לא צוין

# טווחי תאריכים מוגדרים מראש של מסנני התאריך (R-ANL-9).
analytics-range-today = היום
analytics-range-past-7-days = 7 הימים האחרונים
analytics-range-this-month = החודש
analytics-range-this-year = השנה
analytics-range-last-month = החודש שעבר
analytics-range-first-half-of-year = המחצית הראשונה של השנה
analytics-range-nine-months-of-year = תשעה חודשים מהשנה
analytics-range-second-half-of-last-year = המחצית השנייה של השנה שעברה
