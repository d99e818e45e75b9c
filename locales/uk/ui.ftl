# The working screens: navigation, lists, forms, palette and shortcuts.

## Common actions

action-new = Новий запис: { $entity }
action-cancel = Скасувати
action-close = Закрити
action-retry = Спробувати ще раз
action-back-to = Назад до списку «{ $list }»

## Navigation

nav-label = Основна навігація
nav-home = Огляд
nav-pipeline = Воронка
nav-unknown = Такого екрана не існує.
nav-pending = Очікують з минулих днів: { $older }, отримано сьогодні: { $today }
nav-group-sales = Продажі
nav-group-customers = Клієнти
nav-group-goods = Продукти й фінанси
nav-group-reference = Довідники
nav-group-admin = Адміністрування

## Lists

list-count =
    { $count ->
        [one] { $count } запис
        [few] { $count } записи
        [many] { $count } записів
       *[other] { $count } запису
    }
list-empty = Тут поки нічого немає.
list-loading = Завантаження…
list-search-placeholder = Пошук у списку
list-mine = Лише мої
list-filters = Фільтри
list-views = Збережені подання
list-view-name = Назва подання
list-view-save = Зберегти подання
list-view-delete = Видалити подання «{ $name }»
filter-any = Будь-яке
filter-clear = Скинути фільтри

## Bulk actions

bulk-label = Дії з вибраними записами
bulk-selected =
    { $count ->
        [one] Вибрано { $count } запис
        [few] Вибрано { $count } записи
        [many] Вибрано { $count } записів
       *[other] Вибрано { $count } запису
    }
bulk-select-all = Вибрати всі завантажені записи
bulk-select-row = Вибрати «{ $name }»
bulk-owner = Змінити власника
bulk-tag = Додати тег
bulk-delete = Видалити вибрані
bulk-progress = Виконано { $done } з { $total }
bulk-failed = Запис №{ $id }: { $message }

## Record form

record-save = Зберегти
record-saving = Збереження…
record-saved = Збережено.
record-revert = Скасувати мої зміни
record-delete = Видалити
record-delete-confirm = Видалити цей запис? Його буде переміщено до кошика, звідки його можна відновити.
picker-search = Почніть вводити для пошуку…
picker-clear = Очистити вибір
picker-remove = Прибрати «{ $name }»

## History

history-title = Історія
history-empty = Змін поки немає.
history-unavailable = Не вдалося завантажити історію.
history-system = Oriel CRM
history-action-create = Створено
history-action-update = Змінено
history-action-delete = Видалено
history-action-restore = Відновлено
history-action-merge = Об’єднано
history-action-purge = Видалено остаточно

## Edit conflicts

conflict-title = Хтось інший зберіг цей запис, поки ви його редагували
conflict-explanation = Усе, що ви ввели, збережено. Для кожного поля з розбіжностями виберіть, яке значення залишити, а потім збережіть.
conflict-field = Поле
conflict-mine = Ваше значення
conflict-stored = Збережено іншим користувачем
conflict-base = Коли ви почали редагування
conflict-all-mine = Залишити всі мої
conflict-all-stored = Прийняти всі чужі
conflict-back = Повернутися до моєї форми
conflict-apply = Зберегти мій вибір

## Workflows

workflow-request-to-deal = Перетворити на угоду
workflow-open-deal = Відкрити угоду
workflow-lead-convert = Перетворити на компанію й контакт
workflow-converted = Ліда перетворено
workflow-company-created = Створено нову компанію:
workflow-company-found = Знайдено й використано наявну компанію:
workflow-contact-created = Створено новий контакт:
workflow-contact-found = Знайдено й використано наявний контакт:
workflow-record-payment = Внести платіж
workflow-merge = Об’єднати дублікат
workflow-merge-title = Об’єднати цей запис з іншим
workflow-merge-explanation = Цей запис — дублікат: пов’язані з ним записи переходять до початкового, а сам він видаляється.
workflow-merge-original = Початковий запис
workflow-merge-confirm = Об’єднати з початковим
workflow-transfer = Змінити власника
workflow-transfer-title = Передати цю компанію іншому власникові
workflow-transfer-explanation = Її контакти передаються разом із нею.
workflow-transfer-owner = Новий власник
workflow-transfer-confirm = Передати

## Command palette and shortcuts

palette-open = Пошук або команда…
palette-shortcut = Ctrl K
palette-label = Палітра команд
palette-placeholder = Знайдіть будь-який запис або дію
palette-action = Дія
palette-nothing = Нічого не знайдено.
palette-searching = Пошук…
palette-go = Перейти до розділу «{ $area }»
palette-theme = Змінити колірну тему
palette-language = Мова: { $language }
shortcut-title = Клавіатурні скорочення
shortcut-palette = Відкрити палітру команд
shortcut-save = Зберегти відкриту форму
shortcut-new = Новий запис у цьому списку
shortcut-search = Пошук у цьому списку
shortcut-help = Показати ці скорочення
shortcut-go-requests = Перейти до запитів
shortcut-go-deals = Перейти до угод
shortcut-go-pipeline = Перейти до воронки
shortcut-go-companies = Перейти до компаній
shortcut-go-contacts = Перейти до контактів
shortcut-go-leads = Перейти до лідів
shortcut-list-move = Переміщуватися списком і відкрити рядок
shortcut-close = Закрити діалогове вікно

## Theme and connection state

theme-switch = Колірна тема
theme-system = Тема: системна
theme-light = Тема: світла
theme-dark = Тема: темна
offline-message = Немає зв’язку з базою даних. Введені дані не втратяться; Oriel CRM повторює спробу кожні кілька секунд.
offline-retry = Повторити зараз

## Deal money

deal-money-amount = Сума угоди
deal-money-paid = Оплачено
deal-money-expected = Ще очікується

## Form sections

section-person = Особа
section-reach = Як зв’язатися
section-place = Адреса
section-classification = Класифікація
section-notes = Нотатки
section-company = Компанія
section-ownership = Власник
section-inquiry = Звернення
section-sender = Відправник
section-matches = Знайдені збіги
section-state = Стан
section-deal = Угода
section-money = Фінанси
section-counterparty = Клієнт

## Trash

list-trash = Кошик
record-in-trash = Цей запис перебуває в кошику.
record-restore = Відновити

## Notifications

notices-button = Сповіщення
notices-open =
    { $count ->
        [one] Сповіщення: { $count } непрочитане
        [few] Сповіщення: { $count } непрочитані
        [many] Сповіщення: { $count } непрочитаних
       *[other] Сповіщення: { $count } непрочитаного
    }
notices-title = Сповіщення
notices-none = Сповіщень немає.
notices-mark-all = Позначити всі як прочитані

## Overview tiles

today-title = Сьогодні
today-requests = Запити, що очікують на обробку
today-deals = Мої активні угоди
today-due = Мої наступні кроки на сьогодні та прострочені
notices-while-away = Поки вас не було
notices-include-own = Сповіщати й про запити, які я призначаю собі
