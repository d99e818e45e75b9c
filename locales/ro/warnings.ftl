# Notes shown beside a record that saved or opened without error but needs attention.

warning-specify-products = Specificați produsele.
warning-country-not-specified = Țara nu este specificată în cerere.
warning-counterparty-assigned = Contrapartea găsită este atribuită utilizatorului { $username }.
warning-lead-disqualified = Acest lead este descalificat! Citiți descrierea.
warning-no-state-currency = Trebuie specificată moneda națională.
warning-no-marketing-currency = Trebuie specificată moneda de marketing.
