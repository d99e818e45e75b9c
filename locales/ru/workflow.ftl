# Texts the CRM writes into records on a user's behalf, in the language of the user they are for.

deal-first-next-step = Установить первый контакт с клиентом.
deal-workflow-request = Запрос
deal-product-shipped = Продукт отгружен.
