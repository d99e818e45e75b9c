# Notes shown beside a record that saved or opened without error but needs attention.

warning-specify-products = Podaj produkty.
warning-country-not-specified = W zapytaniu nie podano kraju.
warning-counterparty-assigned = Znaleziono kontrahenta przypisanego do użytkownika { $username }.
warning-lead-disqualified = Ten lead jest zdyskwalifikowany! Przeczytaj opis.
warning-no-state-currency = Należy określić walutę krajową.
warning-no-marketing-currency = Należy określić walutę marketingową.
