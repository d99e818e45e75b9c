# التنبيهات ورسائل الإشعار (DOMAIN.md §14)، بلغة المستخدم الموجهة إليه.

notice-request-received = تلقّيت الطلب
notice-request-co-owner = أنت مسؤول مشارك عن الطلب
notice-deal-received = تلقّيت الصفقة
notice-deal-co-owner = أنت مسؤول مشارك عن الصفقة
notice-product-shipped = تم شحن المنتج.
notice-reminder = تذكير من CRM: { $subject }
notice-no-email-address = ليس لدى { $username } عنوان بريد إلكتروني، لذلك لم تصله رسالة «{ $subject }». أضف عنوانًا إلى المستخدم الخاص به.

# R-NOTIF-5: ما يُبلَّغ به المسؤولون.
admin-notice-invalid-web-form = أُرسل نموذج ويب برمز نموذج غير معروف أو غير صالح.
admin-notice-unknown-country = لم يُتعرَّف على اسم دولة.
admin-notice-rate-provider = تعذّر تحميل أسعار الصرف.
admin-notice-mailbox = تعذّرت قراءة صندوق بريد أو استخدامه للإرسال.
admin-notice-massmail-account = تعطّل حساب للبريد الجماعي.
admin-notice-import = فشلت عملية استيراد.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = تم إسناد طلب جديد إليك
announce-request-co-owner = أنت الآن مسؤول مشارك عن طلب
announce-while-away-title = أثناء غيابك: { $title }
announce-request-body = { $request } — أسنده { $by }
announce-while-away = أثناء غيابك
announce-while-away-count =
    { $count ->
        [one] أُسند إليك طلب واحد.
        [two] أُسند إليك طلبان.
        [few] أُسندت إليك { $count } طلبات.
       *[other] أُسند إليك { $count } طلبًا.
    }
announce-open = فتح
