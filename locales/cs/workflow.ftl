# Texts the CRM writes into records on a user's behalf, in the language of the user they are for.

deal-first-next-step = Navázat první kontakt s klientem.
deal-workflow-request = Poptávka
deal-product-shipped = Produkt byl expedován.
