# Texts the CRM writes into records on a user's behalf, in the language of the user they are for.

deal-first-next-step = Nawiązać pierwszy kontakt z klientem.
deal-workflow-request = Zapytanie
deal-product-shipped = Produkt został wysłany.
