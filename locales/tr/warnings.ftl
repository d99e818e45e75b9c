# Hatasız kaydedilen veya açılan, ancak dikkat gerektiren bir kaydın yanında gösterilen notlar.

warning-specify-products = Ürünleri belirtin.
warning-country-not-specified = Talepte ülke belirtilmemiş.
warning-counterparty-assigned = { $username } kullanıcısına atanmış karşı taraf bulundu.
warning-lead-disqualified = Bu müşteri adayı uygun değil olarak işaretlendi! Lütfen açıklamayı okuyun.
warning-no-state-currency = Ulusal para birimi belirtilmelidir.
warning-no-marketing-currency = Pazarlama para birimi belirtilmelidir.
