# البريد الجماعي (DOMAIN.md §12) ونماذج الويب (R-REQ-13, R-REQ-14): الرفض، والتنبيهات، والأسطر التي
# يكتبها نظام CRM في تقارير الإرسال.

field-no_mailing_account = لا توجد حسابات بريد متاحة للإرسال الجماعي. يُرجى التواصل مع المسؤول.
field-mixed_owners = يُرجى اختيار مستلمين لهم المسؤول نفسه فقط.
field-no_recipients = نتيجة غير صالحة: لا يوجد مستلمون! اختر اختيارًا آخر.
field-no_main_account = يُرجى أولًا إضافة حساب بريدك الإلكتروني الرئيسي.
field-two_accounts_needed = يلزم حسابان على الأقل من حسابات بريدك لإرسال رسالة اختبار.
field-mailings_differ = لا يمكن دمج إلا الإرسالات التي لها المسؤول نفسه ونوع المستلمين نفسه والرسالة نفسها.
field-after_later_than_before = يجب ألا يكون تاريخ البدء بعد تاريخ الانتهاء.

massmail-untitled = بلا عنوان
massmail-united = (مدمجة)
massmail-unsubscribed-excluded = استُبعد المستخدمون الذين ألغوا اشتراكهم من قائمة الإرسال.
massmail-no-weekend-sending = يُرجى ملاحظة أن الإرسالات لا تُرسل أيام الجمعة والسبت والأحد.
massmail-no-account-paused = ليس لديك حساب بريد إلكتروني متاح للإرسال الجماعي.
massmail-vip-only = حساب الإرسال الوحيد لديك هو حسابك الرئيسي: لا يمكن لهذا الإرسال أن يصل إلا إلى المستلمين المميزين (VIP).
massmail-default-unsubscribe-url = لا يزال رابط إلغاء الاشتراك يؤدي إلى العنوان الافتراضي. يُرجى أن تطلب من المسؤول تعيين عنوان خاص بكم.
massmail-done = { $date } اكتمل بنجاح.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } رُفض الحساب { $account }: { $reason }
massmail-excluded = عدد المستلمين المستبعدين: { $count }.
massmail-test-sent = أُرسلت رسالة اختبار إلى { $count } من حساباتك.
massmail-account-refused-subject = البريد الجماعي: أُوقف الحساب { $account }
massmail-account-refused-text = رفض خادم البريد الحساب { $account } ({ $sender }): { $reason }. وعُلّمت إرسالاته على أنها فاشلة.

webform-thanks = مرحبًا { $name }، شكرًا لكم على طلبكم!
webform-invalid-subject = نموذج ويب: بيانات غير صالحة
webform-invalid-text = أُرسل نموذج ويب ببيانات غير صالحة.
webform-unknown-source-subject = نموذج ويب: مصدر عملاء محتملين غير معروف
webform-unknown-source-text = أُرسل نموذج ويب برمز مصدر عملاء محتملين لا يطابق أي مصدر.
webform-country-error-subject = خطأ في اسم الدولة.
webform-country-error-text = ذكر نموذج ويب دولة لا يعرفها نظام CRM: { $country }
webform-inquiry-content =
    الاسم: { $name }
    الهاتف: { $phone }
    البريد الإلكتروني: { $email }
    الشركة: { $company }
    الرسالة: { $message }
