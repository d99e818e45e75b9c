# Texts the CRM writes into records on a user's behalf, in the language of the user they are for.

deal-first-next-step = Den ersten Kontakt mit dem Kunden herstellen.
deal-workflow-request = Anfrage
deal-product-shipped = Das Produkt wurde versandt.
