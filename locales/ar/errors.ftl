# الرسائل التي يعرضها جانب Rust: أخطاء الأوامر، والتحقق من الحقول، والإشعارات.

error-validation = بعض الحقول تحتاج إلى انتباهك.
error-not-found = لم يعد هذا السجل موجودًا. ربما حذفه شخص آخر.
error-conflict = حفظ شخص آخر هذا السجل بينما كنت تعدّله. قارن تغييراتك بالنسخة المحفوظة قبل الحفظ مرة أخرى.
error-forbidden = غير مسموح لك بتنفيذ هذا الإجراء.
error-unknown-user = لا يوجد مستخدم في Oriel CRM لحساب قاعدة البيانات «{ $user }». اطلب من أحد المسؤولين إنشاءه.
error-db-unavailable = يتعذّر الوصول إلى قاعدة البيانات. تحقق من اتصال الشبكة أو من الخادم، ثم حاول مرة أخرى. ({ $detail })
error-not-connected = لا توجد قاعدة بيانات مفتوحة. اختر قاعدة بيانات أولًا.
error-keychain = تعذّر حفظ كلمة المرور في سلسلة مفاتيح النظام: { $detail }
error-migration-failed = تعذّرت ترقية قاعدة البيانات إلى هذا الإصدار من Oriel CRM: { $detail }
error-internal = حدث خطأ ما: { $detail }

field-required = هذا الحقل مطلوب.
field-too_short =
    { $min ->
        [one] أدخل حرفًا واحدًا على الأقل.
        [two] أدخل حرفين على الأقل.
        [few] أدخل { $min } أحرف على الأقل.
        [many] أدخل { $min } حرفًا على الأقل.
       *[other] أدخل { $min } حرف على الأقل.
    }
field-too_long =
    { $max ->
        [one] أدخل حرفًا واحدًا على الأكثر.
        [two] أدخل حرفين على الأكثر.
        [few] أدخل { $max } أحرف على الأكثر.
        [many] أدخل { $max } حرفًا على الأكثر.
       *[other] أدخل { $max } حرف على الأكثر.
    }
field-not_a_number = أدخل رقمًا.
field-out_of_range = أدخل رقمًا من { $min } إلى { $max }.
field-too_many_decimals =
    { $max ->
        [zero] لا تُدخل أي منازل عشرية.
        [one] أدخل منزلة عشرية واحدة على الأكثر.
        [two] أدخل منزلتين عشريتين على الأكثر.
        [few] أدخل { $max } منازل عشرية على الأكثر.
        [many] أدخل { $max } منزلة عشرية على الأكثر.
       *[other] أدخل { $max } منزلة عشرية على الأكثر.
    }
field-not_a_choice = اختر إحدى القيم المعروضة.
field-unsupported_url = أدخل عنوان URL يبدأ بـ postgres:// أو mysql:// أو mariadb:// أو sqlite://.
field-malformed = هذه القيمة ليست بالصيغة المتوقعة.
field-invalid_email = أدخل عناوين بريد إلكتروني صالحة، مفصولة بفواصل.
field-invalid_currency_code = أدخل رمزًا أبجديًا صالحًا.
field-state_and_marketing_currency = لا يمكن أن تكون العملة عملةً وطنية وعملةً تسويقية في آن واحد.
field-duplicate_name = توجد أسماء مكررة بين الأسماء البديلة.
field-invalid_slug = استخدم فقط الأحرف a–z وA–Z والأرقام والشرطات والشرطات السفلية.
field-invalid_domain = أدخل اسم نطاق مثل example.com.
field-invalid_url = أدخل عنوان ويب يبدأ بـ http:// أو https://.
field-invalid_phone = رقم الهاتف غير مقبول: أدخل 7 أرقام على الأقل.
field-name_is_prefix = أدخل الاسم نفسه، لا مجرد لقب مثل السيد أو الدكتور.
field-contact_or_lead = اختر جهة اتصال فقط أو عميلًا محتملًا فقط.
field-company_or_lead = اختر شركة فقط أو عميلًا محتملًا فقط.
field-department_owner_mismatch = القسم والمسؤول غير متطابقين.
field-contact_not_of_company = جهة الاتصال لا تتبع هذه الشركة.
field-city_not_of_country = المدينة لا تتبع هذه الدولة.
field-date_in_past = يجب ألا يكون التاريخ في الماضي.
field-amount_required = حدّد مبلغ الصفقة.
field-country_required = يجب تحديد الدولة.
field-products_required = يجب تحديد منتج واحد على الأقل.
field-no_deal_from_request = لا يمكن إنشاء صفقة من هذا الطلب: فلديه صفقة بالفعل، أو أنه مُعلَّم كمكرر أو كحالة دعم.
field-state_currency_exists = العملة الوطنية موجودة بالفعل.
field-marketing_currency_exists = العملة التسويقية موجودة بالفعل.
field-already_added = تمت إضافة هذا السجل بنجاح من قبل. لا يمكن إضافته مرة أخرى.
field-already_exists = يوجد سجل مماثل بالفعل: الاسم نفسه مع البريد الإلكتروني أو الهاتف نفسه.
field-ambiguous_match = تتطابق عدة سجلات في قاعدة البيانات مع هذه القيمة. اربط السجل الصحيح أولًا.
field-currency_required = يُرجى تحديد العملة.

notification-request-assigned-title = طلب جديد مُسند إليك
notification-request-assigned-body = { $ticket }: { $subject }
