# Texts the CRM writes into records on a user's behalf, in the language of the user they are for.

deal-first-next-step = Stabiliți primul contact cu clientul.
deal-workflow-request = Cerere
deal-product-shipped = Produsul a fost expediat.
