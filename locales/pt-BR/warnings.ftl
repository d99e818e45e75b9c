# Observações exibidas ao lado de um registro que foi salvo ou aberto sem erro, mas que precisa de atenção.

warning-specify-products = Informe os produtos.
warning-country-not-specified = País não informado na solicitação.
warning-counterparty-assigned = A contraparte encontrada está atribuída a { $username }.
warning-lead-disqualified = Este lead está desqualificado! Leia a descrição.
warning-no-state-currency = É preciso informar a moeda nacional.
warning-no-marketing-currency = É preciso informar a moeda de marketing.
