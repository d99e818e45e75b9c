# Nomes de referência predefinidos (etapas, motivos de encerramento, tipos de cliente, setores, origens de leads,
# departamentos, perfis) como cada idioma os exibe. O id é `refname-` mais o nome salvo em
# minúsculas, com cada sequência de outros caracteres trocada por um hífen. Nomes digitados por um usuário
# aparecem como foram digitados.

## Departamentos

refname-global-sales = Vendas internacionais
refname-local-sales = Vendas locais
refname-bookkeeping = Contabilidade

## Perfis

refname-managers = Gerentes
refname-operators = Operadores
refname-superoperators = Superoperadores
refname-chiefs = Chefes
refname-accountants = Contadores
refname-task-operators = Operadores de tarefas
refname-co-workers = Colaboradores
refname-department-heads = Chefes de departamento

## Etapas dos negócios

refname-request = Solicitação
refname-analysis-of-request = Análise da solicitação
refname-clarification-of-the-requirements = Esclarecimento dos requisitos
refname-price-offer = Oferta de preço
refname-commercial-proposal = Proposta comercial
refname-commercial-offer = Oferta comercial
refname-agreement = Acordo
refname-invoice = Fatura
refname-receiving-the-first-payment = Recebimento do primeiro pagamento
refname-shipment = Envio
refname-closed-successful = Fechado (com sucesso)

## Motivos de encerramento

refname-the-client-is-not-responding = O cliente não está respondendo
refname-specifications-are-not-suitable = As especificações não são adequadas
refname-the-deal-was-closed-successfully = O negócio foi fechado com sucesso
refname-purchase-postponed = Compra adiada
refname-the-price-is-not-competitive = O preço não é competitivo

## Tipos de cliente

refname-distributor = Distribuidor
refname-dealer = Concessionária
refname-reseller = Revendedor
refname-end-customer = Cliente final
refname-competitor = Concorrente

## Setores

refname-railway = Ferroviário
refname-aviation = Aviação
refname-oil-gas = Petróleo e gás
refname-power-generation = Geração de energia
refname-metallurgy = Metalurgia
refname-shipbuilding = Construção naval
refname-automotive-industry = Indústria automotiva
refname-capital-construction = Construção de infraestrutura
refname-service-companies = Empresas de serviços
refname-educational-institutions = Instituições de ensino
refname-welders = Soldagem
refname-pipelines = Dutos
refname-pipe-production = Produção de tubos
refname-mining = Mineração

## Origens de leads

refname-website-form = Formulário do site
refname-website-email = E-mail do site
refname-exhibition = Feira
refname-website-form-iframe = Formulário do site (iframe)

## Outros

refname-technical-and-commercial-offer = Oferta técnica e comercial
