# Nombres de referencia predefinidos (etapas, motivos de cierre, tipos de cliente, sectores, orígenes de leads,
# departamentos, roles) tal como los muestra cada idioma. El id es `refname-` más el nombre guardado en
# minúsculas, con cada secuencia de otros caracteres convertida en un guion. Los nombres que escribe un usuario
# se muestran tal como se escribieron.

## Departamentos

refname-global-sales = Ventas internacionales
refname-local-sales = Ventas locales
refname-bookkeeping = Contabilidad

## Roles

refname-managers = Gestores
refname-operators = Operadores
refname-superoperators = Superoperadores
refname-chiefs = Jefes
refname-accountants = Contables
refname-task-operators = Operadores de tareas
refname-co-workers = Colaboradores
refname-department-heads = Jefes de departamento

## Etapas de los tratos

refname-request = Solicitud
refname-analysis-of-request = Análisis de la solicitud
refname-clarification-of-the-requirements = Aclaración de los requisitos
refname-price-offer = Oferta de precio
refname-commercial-proposal = Propuesta comercial
refname-commercial-offer = Oferta comercial
refname-agreement = Acuerdo
refname-invoice = Factura
refname-receiving-the-first-payment = Recepción del primer pago
refname-shipment = Envío
refname-closed-successful = Cerrado (con éxito)

## Motivos de cierre

refname-the-client-is-not-responding = El cliente no responde
refname-specifications-are-not-suitable = Las especificaciones no son adecuadas
refname-the-deal-was-closed-successfully = El trato se cerró con éxito
refname-purchase-postponed = Compra aplazada
refname-the-price-is-not-competitive = El precio no es competitivo

## Tipos de cliente

refname-distributor = Distribuidor
refname-dealer = Concesionario
refname-reseller = Revendedor
refname-end-customer = Cliente final
refname-competitor = Competidor

## Sectores

refname-railway = Ferrocarril
refname-aviation = Aviación
refname-oil-gas = Petróleo y gas
refname-power-generation = Generación de energía
refname-metallurgy = Metalurgia
refname-shipbuilding = Construcción naval
refname-automotive-industry = Industria automotriz
refname-capital-construction = Construcción de infraestructuras
refname-service-companies = Empresas de servicios
refname-educational-institutions = Instituciones educativas
refname-welders = Soldadura
refname-pipelines = Oleoductos y gasoductos
refname-pipe-production = Fabricación de tubos
refname-mining = Minería

## Orígenes de leads

refname-website-form = Formulario del sitio web
refname-website-email = Correo del sitio web
refname-exhibition = Feria
refname-website-form-iframe = Formulario del sitio web (iframe)

## Otros

refname-technical-and-commercial-offer = Oferta técnica y comercial
