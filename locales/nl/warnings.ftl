# Notes shown beside a record that saved or opened without error but needs attention.

warning-specify-products = Geef producten op.
warning-country-not-specified = Geen land opgegeven in de aanvraag.
warning-counterparty-assigned = De gevonden relatie is toegewezen aan { $username }.
warning-lead-disqualified = Deze lead is gediskwalificeerd! Lees de beschrijving.
warning-no-state-currency = De nationale valuta moet worden opgegeven.
warning-no-marketing-currency = De marketingvaluta moet worden opgegeven.
