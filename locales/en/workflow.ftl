# Texts the CRM writes into records on a user's behalf, in the language of the user they are for.

deal-first-next-step = Establish the first contact with the client.
deal-workflow-request = Request
deal-product-shipped = The product has been shipped.
