# Seeded reference names (stages, closing reasons, client types, industries, lead sources,
# departments, roles) as each language shows them. The id is `refname-` and the stored name in
# lower case with every run of other characters turned into one hyphen. Names a user typed are
# shown as typed.

## Departments

refname-global-sales = Глобальные продажи
refname-local-sales = Локальные продажи
refname-bookkeeping = Бухгалтерия

## Roles

refname-managers = Менеджеры
refname-operators = Операторы
refname-superoperators = Супероператоры
refname-chiefs = Руководители
refname-accountants = Бухгалтеры
refname-task-operators = Операторы задач
refname-co-workers = Соисполнители
refname-department-heads = Начальники отделов

## Deal stages

refname-request = Запрос
refname-analysis-of-request = Анализ запроса
refname-clarification-of-the-requirements = Уточнение требований
refname-price-offer = Ценовое предложение
refname-commercial-proposal = Коммерческое предложение
refname-commercial-offer = Коммерческая оферта
refname-agreement = Договор
refname-invoice = Счёт
refname-receiving-the-first-payment = Получение первого платежа
refname-shipment = Отгрузка
refname-closed-successful = Закрыта (успешно)

## Closing reasons

refname-the-client-is-not-responding = Клиент не отвечает
refname-specifications-are-not-suitable = Характеристики не подходят
refname-the-deal-was-closed-successfully = Сделка успешно закрыта
refname-purchase-postponed = Покупка отложена
refname-the-price-is-not-competitive = Цена неконкурентоспособна

## Client types

refname-distributor = Дистрибьютор
refname-dealer = Дилер
refname-reseller = Реселлер
refname-end-customer = Конечный клиент
refname-competitor = Конкурент

## Industries

refname-railway = Железнодорожный транспорт
refname-aviation = Авиация
refname-oil-gas = Нефть и газ
refname-power-generation = Энергетика
refname-metallurgy = Металлургия
refname-shipbuilding = Судостроение
refname-automotive-industry = Автомобильная промышленность
refname-capital-construction = Капитальное строительство
refname-service-companies = Сервисные компании
refname-educational-institutions = Учебные заведения
refname-welders = Сварщики
refname-pipelines = Трубопроводы
refname-pipe-production = Производство труб
refname-mining = Горнодобывающая промышленность

## Lead sources

refname-website-form = Форма на сайте
refname-website-email = Письмо с сайта
refname-exhibition = Выставка
refname-website-form-iframe = Форма на сайте (iframe)

## Other

refname-technical-and-commercial-offer = Технико-коммерческое предложение
