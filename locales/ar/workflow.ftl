# نصوص يكتبها نظام CRM في السجلات نيابةً عن المستخدم، بلغة ذلك المستخدم.

deal-first-next-step = إجراء أول تواصل مع العميل.
deal-workflow-request = طلب
deal-product-shipped = تم شحن المنتج.
