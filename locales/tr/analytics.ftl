# Analiz raporlarının metinleri (DOMAIN.md §10).

analytics-funnel-total = Kapanan anlaşmaların toplamı
analytics-income-title = Aylık gelir (geçerli dönemin toplam tutarı: { $total } { $currency } ({ $delta }))
analytics-not-specified = Belirtilmemiş

# Tarih filtrelerinin hazır tarih aralıkları (R-ANL-9).
analytics-range-today = Bugün
analytics-range-past-7-days = Son 7 gün
analytics-range-this-month = Bu ay
analytics-range-this-year = Bu yıl
analytics-range-last-month = Geçen ay
analytics-range-first-half-of-year = Yılın ilk yarısı
analytics-range-nine-months-of-year = Yılın ilk dokuz ayı
analytics-range-second-half-of-last-year = Geçen yılın ikinci yarısı
