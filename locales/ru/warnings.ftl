# Notes shown beside a record that saved or opened without error but needs attention.

warning-specify-products = Укажите продукты.
warning-country-not-specified = В запросе не указана страна.
warning-counterparty-assigned = Найден контрагент, закреплённый за пользователем { $username }.
warning-lead-disqualified = Этот лид дисквалифицирован! Прочитайте описание.
warning-no-state-currency = Необходимо указать национальную валюту.
warning-no-marketing-currency = Необходимо указать маркетинговую валюту.
