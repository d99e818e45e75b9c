# The working screens: navigation, lists, forms, palette and shortcuts.

## Common actions

action-new = Новая запись: { $entity }
action-cancel = Отмена
action-close = Закрыть
action-retry = Повторить попытку
action-back-to = Назад к списку «{ $list }»

## Navigation

nav-label = Основная навигация
nav-home = Обзор
nav-pipeline = Воронка
nav-unknown = Такого экрана не существует.
nav-pending = Ожидают с прошлых дней: { $older }, получено сегодня: { $today }
nav-group-sales = Продажи
nav-group-customers = Клиенты
nav-group-goods = Продукты и финансы
nav-group-reference = Справочники
nav-group-admin = Администрирование

## Lists

list-count =
    { $count ->
        [one] { $count } запись
        [few] { $count } записи
        [many] { $count } записей
       *[other] { $count } записи
    }
list-empty = Здесь пока ничего нет.
list-loading = Загрузка…
list-search-placeholder = Поиск по списку
list-mine = Только мои
list-filters = Фильтры
list-views = Сохранённые представления
list-view-name = Название представления
list-view-save = Сохранить представление
list-view-delete = Удалить представление «{ $name }»
filter-any = Любое
filter-clear = Сбросить фильтры

## Bulk actions

bulk-label = Действия с выбранными записями
bulk-selected =
    { $count ->
        [one] Выбрана { $count } запись
        [few] Выбрано { $count } записи
        [many] Выбрано { $count } записей
       *[other] Выбрано { $count } записи
    }
bulk-select-all = Выбрать все загруженные записи
bulk-select-row = Выбрать «{ $name }»
bulk-owner = Сменить владельца
bulk-tag = Добавить тег
bulk-delete = Удалить выбранные
bulk-progress = Выполнено { $done } из { $total }
bulk-failed = Запись №{ $id }: { $message }

## Record form

record-save = Сохранить
record-saving = Сохранение…
record-saved = Сохранено.
record-revert = Отменить мои изменения
record-delete = Удалить
record-delete-confirm = Удалить эту запись? Она будет перемещена в корзину, откуда её можно восстановить.
picker-search = Начните вводить для поиска…
picker-clear = Очистить выбор
picker-remove = Убрать «{ $name }»

## History

history-title = История
history-empty = Изменений пока нет.
history-unavailable = Не удалось загрузить историю.
history-system = Oriel CRM
history-action-create = Создано
history-action-update = Изменено
history-action-delete = Удалено
history-action-restore = Восстановлено
history-action-merge = Объединено
history-action-purge = Удалено безвозвратно

## Edit conflicts

conflict-title = Кто-то другой сохранил эту запись, пока вы её редактировали
conflict-explanation = Всё, что вы ввели, сохранилось. Для каждого поля с расхождениями выберите, какое значение оставить, затем сохраните.
conflict-field = Поле
conflict-mine = Ваше значение
conflict-stored = Сохранено другим пользователем
conflict-base = Когда вы начали правку
conflict-all-mine = Оставить все мои
conflict-all-stored = Принять все чужие
conflict-back = Вернуться к моей форме
conflict-apply = Сохранить мой выбор

## Workflows

workflow-request-to-deal = Преобразовать в сделку
workflow-open-deal = Открыть сделку
workflow-lead-convert = Преобразовать в компанию и контакт
workflow-converted = Лид преобразован
workflow-company-created = Создана новая компания:
workflow-company-found = Найдена и использована существующая компания:
workflow-contact-created = Создан новый контакт:
workflow-contact-found = Найден и использован существующий контакт:
workflow-record-payment = Внести платёж
workflow-merge = Объединить дубликат
workflow-merge-title = Объединить эту запись с другой
workflow-merge-explanation = Эта запись — дубликат: связанные с ней записи переходят к исходной, а сама она удаляется.
workflow-merge-original = Исходная запись
workflow-merge-confirm = Объединить с исходной
workflow-transfer = Сменить владельца
workflow-transfer-title = Передать эту компанию другому владельцу
workflow-transfer-explanation = Её контакты передаются вместе с ней.
workflow-transfer-owner = Новый владелец
workflow-transfer-confirm = Передать

## Command palette and shortcuts

palette-open = Поиск или команда…
palette-shortcut = Ctrl K
palette-label = Палитра команд
palette-placeholder = Найдите любую запись или действие
palette-action = Действие
palette-nothing = Ничего не найдено.
palette-searching = Поиск…
palette-go = Перейти в раздел «{ $area }»
palette-theme = Сменить цветовую тему
palette-language = Язык: { $language }
shortcut-title = Сочетания клавиш
shortcut-palette = Открыть палитру команд
shortcut-save = Сохранить открытую форму
shortcut-new = Новая запись в этом списке
shortcut-search = Поиск по этому списку
shortcut-help = Показать эти сочетания клавиш
shortcut-go-requests = Перейти к запросам
shortcut-go-deals = Перейти к сделкам
shortcut-go-pipeline = Перейти к воронке
shortcut-go-companies = Перейти к компаниям
shortcut-go-contacts = Перейти к контактам
shortcut-go-leads = Перейти к лидам
shortcut-list-move = Перемещаться по списку и открыть строку
shortcut-close = Закрыть диалоговое окно

## Theme and connection state

theme-switch = Цветовая тема
theme-system = Тема: системная
theme-light = Тема: светлая
theme-dark = Тема: тёмная
offline-message = Нет связи с базой данных. Введённые данные не потеряются; Oriel CRM повторяет попытку каждые несколько секунд.
offline-retry = Повторить сейчас

## Deal money

deal-money-amount = Сумма сделки
deal-money-paid = Оплачено
deal-money-expected = Ещё ожидается

## Form sections

section-person = Персона
section-reach = Как связаться
section-place = Адрес
section-classification = Классификация
section-notes = Заметки
section-company = Компания
section-ownership = Владелец
section-inquiry = Обращение
section-sender = Отправитель
section-matches = Найденные совпадения
section-state = Состояние
section-deal = Сделка
section-money = Финансы
section-counterparty = Клиент

## Trash

list-trash = Корзина
record-in-trash = Эта запись находится в корзине.
record-restore = Восстановить

## Notifications

notices-button = Уведомления
notices-open =
    { $count ->
        [one] Уведомления: { $count } непрочитанное
        [few] Уведомления: { $count } непрочитанных
        [many] Уведомления: { $count } непрочитанных
       *[other] Уведомления: { $count } непрочитанного
    }
notices-title = Уведомления
notices-none = Уведомлений нет.
notices-mark-all = Отметить все как прочитанные

## Overview tiles

today-title = Сегодня
today-requests = Запросы, ожидающие обработки
today-deals = Мои активные сделки
today-due = Мои следующие шаги на сегодня и просроченные
notices-while-away = Пока вас не было
notices-include-own = Уведомлять и о запросах, которые я назначаю себе
