# Mass mail (DOMAIN.md §12) and web forms (R-REQ-13, R-REQ-14): refusals, notices and the lines the
# CRM writes into mailing reports.

field-no_mailing_account = Нет почтовых аккаунтов, доступных для рассылки. Обратитесь к администратору.
field-mixed_owners = Выбирайте получателей только с одним и тем же владельцем.
field-no_recipients = Плохой результат — нет получателей! Сделайте другой выбор.
field-no_main_account = Сначала добавьте свой основной почтовый аккаунт.
field-two_accounts_needed = Чтобы отправить тестовое сообщение, нужно как минимум два ваших почтовых аккаунта.
field-mailings_differ = Объединять можно только рассылки с одинаковым владельцем, типом получателей и сообщением.
field-after_later_than_before = Дата начала не должна быть позже даты окончания.

massmail-untitled = Без названия
massmail-united = (объединённая)
massmail-unsubscribed-excluded = Отписавшиеся пользователи исключены из списка рассылки.
massmail-no-weekend-sending = Обратите внимание: по пятницам, субботам и воскресеньям рассылки не отправляются.
massmail-no-account-paused = У вас нет почтового аккаунта, доступного для массовой рассылки.
massmail-vip-only = Ваш единственный аккаунт для рассылок — основной: эта рассылка дойдёт только до VIP-получателей.
massmail-default-unsubscribe-url = Ссылка для отписки всё ещё ведёт на адрес по умолчанию. Попросите администратора указать ваш собственный.
massmail-done = { $date } Успешно выполнено.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } Аккаунт { $account } отклонён: { $reason }
massmail-excluded = Количество исключённых получателей: { $count }.
massmail-test-sent =
    { $count ->
        [one] Тестовое сообщение отправлено на { $count } ваш аккаунт.
        [few] Тестовое сообщение отправлено на { $count } ваших аккаунта.
        [many] Тестовое сообщение отправлено на { $count } ваших аккаунтов.
       *[other] Тестовое сообщение отправлено на { $count } ваших аккаунта.
    }
massmail-account-refused-subject = Массовая рассылка: аккаунт { $account } отключён
massmail-account-refused-text = Почтовый сервер отклонил аккаунт { $account } ({ $sender }): { $reason }. Его рассылки отмечены как неудавшиеся.

webform-thanks = { $name }, благодарим вас за обращение!
webform-invalid-subject = Веб-форма: неверные данные
webform-invalid-text = Из веб-формы поступили неверные данные.
webform-unknown-source-subject = Веб-форма: неизвестный источник лидов
webform-unknown-source-text = Из веб-формы поступил токен источника лидов, который не соответствует ни одному источнику лидов.
# The English words stay in front: R-REQ-13 step 4 promises them in the subject, whatever the language.
webform-country-error-subject = Country name error. Ошибка в названии страны.
webform-country-error-text = В веб-форме указана страна, неизвестная CRM: { $country }
webform-inquiry-content =
    Имя: { $name }
    Телефон: { $phone }
    Эл. почта: { $email }
    Компания: { $company }
    Сообщение: { $message }
