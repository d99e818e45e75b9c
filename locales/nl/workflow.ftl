# Texts the CRM writes into records on a user's behalf, in the language of the user they are for.

deal-first-next-step = Leg het eerste contact met de klant.
deal-workflow-request = Aanvraag
deal-product-shipped = Het product is verzonden.
