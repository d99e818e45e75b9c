# Mass mail (DOMAIN.md §12) and web forms (R-REQ-13, R-REQ-14): refusals, notices and the lines the
# CRM writes into mailing reports.

field-no_mailing_account = Немає поштових облікових записів, доступних для розсилки. Зверніться до адміністратора.
field-mixed_owners = Вибирайте одержувачів лише з тим самим власником.
field-no_recipients = Поганий результат — немає одержувачів! Зробіть інший вибір.
field-no_main_account = Спочатку додайте свій основний поштовий обліковий запис.
field-two_accounts_needed = Щоб надіслати тестове повідомлення, потрібно щонайменше два ваші поштові облікові записи.
field-mailings_differ = Об’єднувати можна лише розсилки з тим самим власником, типом одержувачів і повідомленням.
field-after_later_than_before = Дата початку не повинна бути пізнішою за дату завершення.

massmail-untitled = Без назви
massmail-united = (об’єднана)
massmail-unsubscribed-excluded = Користувачів, які відписалися, виключено зі списку розсилки.
massmail-no-weekend-sending = Зверніть увагу: у п’ятницю, суботу й неділю розсилки не надсилаються.
massmail-no-account-paused = У вас немає поштового облікового запису, доступного для масової розсилки.
massmail-vip-only = Ваш єдиний обліковий запис для розсилок — основний: ця розсилка дійде лише до VIP-одержувачів.
massmail-default-unsubscribe-url = Посилання для відписки досі веде на адресу за замовчуванням. Попросіть адміністратора вказати вашу власну.
massmail-done = { $date } Успішно виконано.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } Обліковий запис { $account } відхилено: { $reason }
massmail-excluded = Кількість виключених одержувачів: { $count }.
massmail-test-sent =
    { $count ->
        [one] Тестове повідомлення надіслано на { $count } ваш обліковий запис.
        [few] Тестове повідомлення надіслано на { $count } ваші облікові записи.
        [many] Тестове повідомлення надіслано на { $count } ваших облікових записів.
       *[other] Тестове повідомлення надіслано на { $count } вашого облікового запису.
    }
massmail-account-refused-subject = Масова розсилка: обліковий запис { $account } вимкнено
massmail-account-refused-text = Поштовий сервер відхилив обліковий запис { $account } ({ $sender }): { $reason }. Його розсилки позначено як невдалі.

webform-thanks = { $name }, дякуємо за ваше звернення!
webform-invalid-subject = Вебформа: неправильні дані
webform-invalid-text = З вебформи надійшли неправильні дані.
webform-unknown-source-subject = Вебформа: невідоме джерело лідів
webform-unknown-source-text = З вебформи надійшов токен джерела лідів, який не відповідає жодному джерелу лідів.
# The English words stay in front: R-REQ-13 step 4 promises them in the subject, whatever the language.
webform-country-error-subject = Country name error. Помилка в назві країни.
webform-country-error-text = У вебформі вказано країну, невідому CRM: { $country }
webform-inquiry-content =
    Ім’я: { $name }
    Телефон: { $phone }
    Ел. пошта: { $email }
    Компанія: { $company }
    Повідомлення: { $message }
