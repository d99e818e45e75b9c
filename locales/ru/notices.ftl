# Notices and notification e-mails (DOMAIN.md §14), in the language of the user they are for.

notice-request-received = Вы получили запрос
notice-request-co-owner = Вы совладелец запроса
notice-deal-received = Вы получили сделку
notice-deal-co-owner = Вы совладелец сделки
notice-product-shipped = Продукт отгружен.
notice-reminder = Напоминание CRM: { $subject }
notice-no-email-address = У пользователя { $username } нет адреса электронной почты, поэтому письмо «{ $subject }» ему не доставлено. Добавьте адрес в его учётную запись.

# R-NOTIF-5: what administrators are told.
admin-notice-invalid-web-form = Из веб-формы поступил неизвестный или неверный токен формы.
admin-notice-unknown-country = Название страны не распознано.
admin-notice-rate-provider = Не удалось загрузить курсы валют.
admin-notice-mailbox = Не удалось прочитать почтовый ящик или отправить через него письмо.
admin-notice-massmail-account = Сбой аккаунта массовой рассылки.
admin-notice-import = Сбой импорта.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = Вам назначен новый запрос
announce-request-co-owner = Теперь вы соисполнитель запроса
announce-while-away-title = Пока вас не было: { $title }
announce-request-body = { $request } — назначил(а) { $by }
announce-while-away = Пока вас не было
announce-while-away-count =
    { $count ->
        [one] Вам назначен { $count } запрос.
        [few] Вам назначено { $count } запроса.
       *[other] Вам назначено { $count } запросов.
    }
announce-open = Открыть
