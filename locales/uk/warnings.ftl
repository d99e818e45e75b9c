# Notes shown beside a record that saved or opened without error but needs attention.

warning-specify-products = Вкажіть продукти.
warning-country-not-specified = У запиті не вказано країну.
warning-counterparty-assigned = Знайдено контрагента, закріпленого за користувачем { $username }.
warning-lead-disqualified = Цей лід дискваліфіковано! Прочитайте опис.
warning-no-state-currency = Потрібно вказати національну валюту.
warning-no-marketing-currency = Потрібно вказати маркетингову валюту.
