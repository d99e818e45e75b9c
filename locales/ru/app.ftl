# Every string the desktop window shows. Messages rendered by Rust live in errors.ftl.

## Application shell

app-name = Oriel CRM
app-starting = Запуск…
app-start-failed = Не удалось запустить Oriel CRM
app-start-retry = Повторить попытку
locale-switch-label = Язык
unexpected-error = Произошла непредвиденная ошибка. Повторите попытку, а если ошибка не исчезнет, перезапустите Oriel CRM.

## Connect screen

connect-title = Выберите базу данных
connect-intro = Oriel CRM хранит ваших клиентов, сделки и запросы в базе данных. Начните работу сразу со встроенной базой данных на этом компьютере или подключитесь к серверу PostgreSQL или MySQL вашей команды.
connect-opening = Открытие базы данных…
connect-embedded-heading = На этом компьютере
connect-embedded-description = Личный файл базы данных: готов сразу и не требует настройки. Лучший вариант, если вы работаете в одиночку.
connect-embedded = Открыть встроенную базу данных
connect-embedded-path = Файл:
connect-saved-heading = Недавно использованные
connect-saved-reopen = Открыть снова
connect-server-heading = На сервере
connect-server-description = Одна CRM для всей команды. Каждый входит под своей учётной записью базы данных.
server-url-label = Адрес сервера
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = Например, postgres://anna@db.example.org:5432/crm или mysql://anna@db.example.org:3306/crm
server-password-label = Пароль
server-password-saved-hint = Оставьте поле пустым, чтобы использовать пароль из системного хранилища паролей.
remember-password-label = Запомнить пароль в системном хранилище паролей
connect-server = Подключиться к серверу

## Home screen

home-title = Обзор
disconnect = Отключиться
connection-heading = Подключение
connection-backend-label = База данных
connection-location-label = Расположение
schema-version-label = Версия схемы
backend-sqlite = Встроенная база данных (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installation settings

settings-heading = Общие настройки
settings-description = Эти настройки действуют для всех, кто работает с этой базой данных.
settings-loading = Загрузка настроек…
settings-load-retry = Повторить попытку
org-name-label = Название организации
vat-percent-label = НДС (%)
vat-percent-hint = Процент от 0 до 100, например 19 или 7,5.
mark-payments-label = Отмечать платежи через представительство
mark-payments-hint = Добавляет к каждому платежу отметку «оплачено через представительство».
check-shipment-dates-label = Проверять даты отгрузки
check-shipment-dates-hint = Отмечает сделки, у которых дата отгрузки по договору не указана или уже прошла.
default-language-label = Язык по умолчанию
settings-save = Сохранить настройки
settings-saving = Сохранение…
settings-saved = Настройки сохранены.
conflict-hint = Ваши значения остались в форме. Рядом показаны значения, сохранённые сейчас.
conflict-use-stored = Использовать сохранённые значения
conflict-save-mine = Всё равно сохранить мои значения

## Stored values

stored-heading = Сохранено в базе данных
stored-description = Значения в том виде, в каком база данных вернула их в последний раз.
stored-updated-at-label = Последнее изменение
value-yes = Да
value-no = Нет
value-empty = (пусто)
