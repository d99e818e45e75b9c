# Textos que el CRM escribe en los registros en nombre de un usuario, en el idioma de ese usuario.

deal-first-next-step = Establecer el primer contacto con el cliente.
deal-workflow-request = Solicitud
deal-product-shipped = El producto se ha enviado.
