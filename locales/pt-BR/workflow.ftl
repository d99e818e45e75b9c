# Textos que o CRM escreve nos registros em nome de um usuário, no idioma desse usuário.

deal-first-next-step = Estabelecer o primeiro contato com o cliente.
deal-workflow-request = Solicitação
deal-product-shipped = O produto foi enviado.
