# Seeded reference names (stages, closing reasons, client types, industries, lead sources,
# departments, roles) as each language shows them. The id is `refname-` and the stored name in
# lower case with every run of other characters turned into one hyphen. Names a user typed are
# shown as typed.

## Departments

refname-global-sales = Глобальні продажі
refname-local-sales = Локальні продажі
refname-bookkeeping = Бухгалтерія

## Roles

refname-managers = Менеджери
refname-operators = Оператори
refname-superoperators = Супероператори
refname-chiefs = Керівники
refname-accountants = Бухгалтери
refname-task-operators = Оператори завдань
refname-co-workers = Співвиконавці
refname-department-heads = Начальники відділів

## Deal stages

refname-request = Запит
refname-analysis-of-request = Аналіз запиту
refname-clarification-of-the-requirements = Уточнення вимог
refname-price-offer = Цінова пропозиція
refname-commercial-proposal = Комерційна пропозиція
refname-commercial-offer = Комерційна оферта
refname-agreement = Договір
refname-invoice = Рахунок
refname-receiving-the-first-payment = Отримання першого платежу
refname-shipment = Відвантаження
refname-closed-successful = Закрита (успішно)

## Closing reasons

refname-the-client-is-not-responding = Клієнт не відповідає
refname-specifications-are-not-suitable = Характеристики не підходять
refname-the-deal-was-closed-successfully = Угоду успішно закрито
refname-purchase-postponed = Купівлю відкладено
refname-the-price-is-not-competitive = Ціна неконкурентоспроможна

## Client types

refname-distributor = Дистриб’ютор
refname-dealer = Дилер
refname-reseller = Реселер
refname-end-customer = Кінцевий клієнт
refname-competitor = Конкурент

## Industries

refname-railway = Залізничний транспорт
refname-aviation = Авіація
refname-oil-gas = Нафта і газ
refname-power-generation = Енергетика
refname-metallurgy = Металургія
refname-shipbuilding = Суднобудування
refname-automotive-industry = Автомобільна промисловість
refname-capital-construction = Капітальне будівництво
refname-service-companies = Сервісні компанії
refname-educational-institutions = Навчальні заклади
refname-welders = Зварники
refname-pipelines = Трубопроводи
refname-pipe-production = Виробництво труб
refname-mining = Гірничодобувна промисловість

## Lead sources

refname-website-form = Форма на сайті
refname-website-email = Лист із сайту
refname-exhibition = Виставка
refname-website-form-iframe = Форма на сайті (iframe)

## Other

refname-technical-and-commercial-offer = Техніко-комерційна пропозиція
