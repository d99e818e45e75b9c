# Notes shown beside a record that saved or opened without error but needs attention.

warning-specify-products = Specify products.
warning-country-not-specified = Country not specified in request.
warning-counterparty-assigned = Found the counterparty assigned to { $username }.
warning-lead-disqualified = This Lead is disqualified! Please read the description.
warning-no-state-currency = State currency must be specified.
warning-no-marketing-currency = Marketing currency must be specified.
