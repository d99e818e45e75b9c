# Messages rendered by the Rust side: command errors, field validation, notifications.

error-validation = Некоторые поля требуют вашего внимания.
error-not-found = Эта запись больше не существует. Возможно, её удалил кто-то другой.
error-conflict = Кто-то другой сохранил эту запись, пока вы её редактировали. Прежде чем сохранять снова, сравните свои изменения с сохранённой версией.
error-forbidden = У вас нет прав на это действие.
error-unknown-user = Для логина базы данных «{ $user }» нет пользователя Oriel CRM. Попросите администратора создать его.
error-db-unavailable = Нет связи с базой данных. Проверьте сетевое подключение или сервер и повторите попытку. ({ $detail })
error-not-connected = База данных не открыта. Сначала выберите базу данных.
error-keychain = Не удалось сохранить пароль в системном хранилище паролей: { $detail }
error-migration-failed = Не удалось обновить базу данных до этой версии Oriel CRM: { $detail }
error-internal = Что-то пошло не так: { $detail }

field-required = Это поле обязательно для заполнения.
field-too_short =
    { $min ->
        [one] Введите не менее { $min } символа.
        [few] Введите не менее { $min } символов.
        [many] Введите не менее { $min } символов.
       *[other] Введите не менее { $min } символа.
    }
field-too_long =
    { $max ->
        [one] Введите не более { $max } символа.
        [few] Введите не более { $max } символов.
        [many] Введите не более { $max } символов.
       *[other] Введите не более { $max } символа.
    }
field-not_a_number = Введите число.
field-out_of_range = Введите число от { $min } до { $max }.
field-too_many_decimals =
    { $max ->
        [one] Введите не более { $max } знака после запятой.
        [few] Введите не более { $max } знаков после запятой.
        [many] Введите не более { $max } знаков после запятой.
       *[other] Введите не более { $max } знака после запятой.
    }
field-not_a_choice = Выберите одно из предложенных значений.
field-unsupported_url = Введите URL, начинающийся с postgres://, mysql://, mariadb:// или sqlite://.
field-malformed = Значение имеет неверный формат.
field-invalid_email = Введите корректные адреса электронной почты через запятую.
field-invalid_currency_code = Введите корректный буквенный код.
field-state_and_marketing_currency = Валюта не может быть одновременно национальной и маркетинговой.
field-duplicate_name = В альтернативных названиях есть повторы.
field-invalid_slug = Используйте только буквы a–z и A–Z, цифры, дефисы и подчёркивания.
field-invalid_domain = Введите доменное имя, например example.com.
field-invalid_url = Введите веб-адрес, начинающийся с http:// или https://.
field-invalid_phone = Недопустимый номер телефона: введите не менее 7 цифр.
field-name_is_prefix = Введите само имя, а не только обращение вроде «г-н» или «д-р».
field-contact_or_lead = Выберите либо контакт, либо лид.
field-company_or_lead = Выберите либо компанию, либо лид.
field-department_owner_mismatch = Отдел и владелец не соответствуют друг другу.
field-contact_not_of_company = Контакт не относится к этой компании.
field-city_not_of_country = Город не относится к этой стране.
field-date_in_past = Дата не должна быть в прошлом.
field-amount_required = Укажите сумму сделки.
field-country_required = Необходимо указать страну.
field-products_required = Необходимо указать хотя бы один продукт.
field-no_deal_from_request = Из этого запроса нельзя создать сделку: у него уже есть сделка, или он отмечен как дубликат или инцидент.
field-state_currency_exists = Национальная валюта уже задана.
field-marketing_currency_exists = Маркетинговая валюта уже задана.
field-already_added = Эта запись уже была успешно добавлена. Повторное добавление заблокировано.
field-already_exists = Такой объект уже существует: то же имя с тем же адресом электронной почты или телефоном.
field-ambiguous_match = Этому значению соответствует несколько записей в базе данных. Сначала свяжите нужную.
field-currency_required = Укажите валюту.

notification-request-assigned-title = Вам назначен новый запрос
notification-request-assigned-body = { $ticket }: { $subject }
