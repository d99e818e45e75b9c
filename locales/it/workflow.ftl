# Testi che il CRM scrive nei record per conto di un utente, nella lingua di quell’utente.

deal-first-next-step = Stabilire il primo contatto con il cliente.
deal-workflow-request = Richiesta
deal-product-shipped = Il prodotto è stato spedito.
