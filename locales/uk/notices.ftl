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
