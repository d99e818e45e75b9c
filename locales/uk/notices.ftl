# Notices and notification e-mails (DOMAIN.md §14), in the language of the user they are for.

notice-request-received = Ви отримали запит
notice-request-co-owner = Ви співвласник запиту
notice-deal-received = Ви отримали угоду
notice-deal-co-owner = Ви співвласник угоди
notice-product-shipped = Продукт відвантажено.
notice-reminder = Нагадування CRM: { $subject }
notice-no-email-address = У користувача { $username } немає адреси електронної пошти, тому лист «{ $subject }» йому не доставлено. Додайте адресу до його облікового запису.

# R-NOTIF-5: what administrators are told.
admin-notice-invalid-web-form = З вебформи надійшов невідомий або неправильний токен форми.
admin-notice-unknown-country = Назву країни не розпізнано.
admin-notice-rate-provider = Не вдалося завантажити курси валют.
admin-notice-mailbox = Не вдалося прочитати поштову скриньку або надіслати через неї лист.
admin-notice-massmail-account = Збій облікового запису масової розсилки.
admin-notice-import = Збій імпорту.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = Вам призначено новий запит
announce-request-co-owner = Тепер ви співвиконавець запиту
announce-while-away-title = Поки вас не було: { $title }
announce-request-body = { $request } — призначив(-ла) { $by }
announce-while-away = Поки вас не було
announce-while-away-count =
    { $count ->
        [one] Вам призначено { $count } запит.
        [few] Вам призначено { $count } запити.
       *[other] Вам призначено { $count } запитів.
    }
announce-open = Відкрити
