# Notes shown beside a record that saved or opened without error but needs attention.

warning-specify-products = Uveďte produkty.
warning-country-not-specified = V poptávce není uvedena země.
warning-counterparty-assigned = Byla nalezena protistrana přiřazená uživateli { $username }.
warning-lead-disqualified = Tento lead je diskvalifikován! Přečtěte si prosím popis.
warning-no-state-currency = Je nutné určit národní měnu.
warning-no-marketing-currency = Je nutné určit marketingovou měnu.
