# CRM'in bir kullanıcı adına kayıtlara yazdığı metinler, ilgili kullanıcının dilinde.

deal-first-next-step = Müşteriyle ilk iletişimi kurun.
deal-workflow-request = Talep
deal-product-shipped = Ürün sevk edildi.
