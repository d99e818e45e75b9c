# Texts the CRM writes into records on a user's behalf, in the language of the user they are for.

deal-first-next-step = Встановити перший контакт із клієнтом.
deal-workflow-request = Запит
deal-product-shipped = Продукт відвантажено.
