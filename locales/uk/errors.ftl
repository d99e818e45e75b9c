# Messages rendered by the Rust side: command errors, field validation, notifications.

error-validation = Деякі поля потребують вашої уваги.
error-not-found = Цього запису більше не існує. Можливо, його видалив хтось інший.
error-conflict = Хтось інший зберіг цей запис, поки ви його редагували. Перш ніж зберігати знову, порівняйте свої зміни зі збереженою версією.
error-forbidden = У вас немає прав на цю дію.
error-unknown-user = Для логіна бази даних «{ $user }» немає користувача Oriel CRM. Попросіть адміністратора створити його.
error-db-unavailable = Немає зв’язку з базою даних. Перевірте мережеве підключення або сервер і спробуйте ще раз. ({ $detail })
error-not-connected = Базу даних не відкрито. Спочатку виберіть базу даних.
error-keychain = Не вдалося зберегти пароль у системному сховищі паролів: { $detail }
error-migration-failed = Не вдалося оновити базу даних до цієї версії Oriel CRM: { $detail }
error-internal = Щось пішло не так: { $detail }

field-required = Це поле обов’язкове.
field-too_short =
    { $min ->
        [one] Введіть щонайменше { $min } символ.
        [few] Введіть щонайменше { $min } символи.
        [many] Введіть щонайменше { $min } символів.
       *[other] Введіть щонайменше { $min } символу.
    }
field-too_long =
    { $max ->
        [one] Введіть щонайбільше { $max } символ.
        [few] Введіть щонайбільше { $max } символи.
        [many] Введіть щонайбільше { $max } символів.
       *[other] Введіть щонайбільше { $max } символу.
    }
field-not_a_number = Введіть число.
field-out_of_range = Введіть число від { $min } до { $max }.
field-too_many_decimals =
    { $max ->
        [one] Введіть щонайбільше { $max } знак після коми.
        [few] Введіть щонайбільше { $max } знаки після коми.
        [many] Введіть щонайбільше { $max } знаків після коми.
       *[other] Введіть щонайбільше { $max } знака після коми.
    }
field-not_a_choice = Виберіть одне із запропонованих значень.
field-unsupported_url = Введіть URL, що починається з postgres://, mysql://, mariadb:// або sqlite://.
field-malformed = Значення має неправильний формат.
field-invalid_email = Введіть правильні адреси електронної пошти через кому.
field-invalid_currency_code = Введіть правильний літерний код.
field-state_and_marketing_currency = Валюта не може бути одночасно національною і маркетинговою.
field-duplicate_name = В альтернативних назвах є повтори.
field-invalid_slug = Використовуйте лише літери a–z і A–Z, цифри, дефіси та підкреслення.
field-invalid_domain = Введіть доменне ім’я, наприклад example.com.
field-invalid_url = Введіть вебадресу, що починається з http:// або https://.
field-invalid_phone = Неприпустимий номер телефону: введіть щонайменше 7 цифр.
field-name_is_prefix = Введіть саме ім’я, а не лише звертання на зразок «п.» чи «д-р».
field-contact_or_lead = Виберіть або контакт, або лід.
field-company_or_lead = Виберіть або компанію, або лід.
field-department_owner_mismatch = Відділ і власник не відповідають одне одному.
field-contact_not_of_company = Контакт не належить до цієї компанії.
field-city_not_of_country = Місто не належить до цієї країни.
field-date_in_past = Дата не повинна бути в минулому.
field-amount_required = Вкажіть суму угоди.
field-country_required = Потрібно вказати країну.
field-products_required = Потрібно вказати принаймні один продукт.
field-no_deal_from_request = З цього запиту не можна створити угоду: він уже має угоду або позначений як дублікат чи інцидент.
field-state_currency_exists = Національну валюту вже задано.
field-marketing_currency_exists = Маркетингову валюту вже задано.
field-already_added = Цей запис уже було успішно додано. Повторне додавання заблоковано.
field-already_exists = Такий об’єкт уже існує: те саме ім’я з тією самою електронною адресою або телефоном.
field-ambiguous_match = Цьому значенню відповідає кілька записів у базі даних. Спочатку пов’яжіть потрібний.
field-currency_required = Вкажіть валюту.

notification-request-assigned-title = Вам призначено новий запит
notification-request-assigned-body = { $ticket }: { $subject }
