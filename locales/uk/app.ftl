# Every string the desktop window shows. Messages rendered by Rust live in errors.ftl.

## Application shell

app-name = Oriel CRM
app-starting = Запуск…
app-start-failed = Не вдалося запустити Oriel CRM
app-start-retry = Спробувати ще раз
locale-switch-label = Мова
unexpected-error = Сталася неочікувана помилка. Спробуйте ще раз, а якщо помилка повторюється, перезапустіть Oriel CRM.

## Connect screen

connect-title = Виберіть базу даних
connect-intro = Oriel CRM зберігає ваших клієнтів, угоди й запити в базі даних. Почніть роботу одразу з вбудованою базою даних на цьому комп’ютері або підключіться до сервера PostgreSQL чи MySQL вашої команди.
connect-opening = Відкриття бази даних…
connect-embedded-heading = На цьому комп’ютері
connect-embedded-description = Особистий файл бази даних: готовий одразу й не потребує налаштування. Найкращий варіант, якщо ви працюєте самостійно.
connect-embedded = Відкрити вбудовану базу даних
connect-embedded-path = Файл:
connect-saved-heading = Нещодавно використані
connect-saved-reopen = Відкрити знову
connect-server-heading = На сервері
connect-server-description = Одна CRM для всієї команди. Кожен входить під власним обліковим записом бази даних.
server-url-label = Адреса сервера
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = Наприклад, postgres://anna@db.example.org:5432/crm або mysql://anna@db.example.org:3306/crm
server-password-label = Пароль
server-password-saved-hint = Залиште поле порожнім, щоб використати пароль із системного сховища паролів.
remember-password-label = Запам’ятати пароль у системному сховищі паролів
connect-server = Підключитися до сервера

## Home screen

home-title = Огляд
disconnect = Відключитися
connection-heading = Підключення
connection-backend-label = База даних
connection-location-label = Розташування
schema-version-label = Версія схеми
backend-sqlite = Вбудована база даних (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installation settings

settings-heading = Загальні налаштування
settings-description = Ці налаштування діють для всіх, хто працює з цією базою даних.
settings-loading = Завантаження налаштувань…
settings-load-retry = Спробувати ще раз
org-name-label = Назва організації
vat-percent-label = ПДВ (%)
vat-percent-hint = Відсоток від 0 до 100, наприклад 19 або 7,5.
mark-payments-label = Позначати платежі через представництво
mark-payments-hint = Додає до кожного платежу позначку «оплачено через представництво».
check-shipment-dates-label = Перевіряти дати відвантаження
check-shipment-dates-hint = Позначає угоди, у яких дату відвантаження за договором не вказано або вона вже минула.
default-language-label = Мова за замовчуванням
settings-save = Зберегти налаштування
settings-saving = Збереження…
settings-saved = Налаштування збережено.
conflict-hint = Ваші значення залишилися у формі. Поруч показано значення, які збережено зараз.
conflict-use-stored = Використати збережені значення
conflict-save-mine = Усе одно зберегти мої значення

## Stored values

stored-heading = Збережено в базі даних
stored-description = Значення в тому вигляді, у якому база даних повернула їх востаннє.
stored-updated-at-label = Остання зміна
value-yes = Так
value-no = Ні
value-empty = (порожньо)
