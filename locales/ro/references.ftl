# Seeded reference names (stages, closing reasons, client types, industries, lead sources,
# departments, roles) as each language shows them. The id is `refname-` and the stored name in
# lower case with every run of other characters turned into one hyphen. Names a user typed are
# shown as typed.

## Departments

refname-global-sales = Vânzări globale
refname-local-sales = Vânzări locale
refname-bookkeeping = Contabilitate

## Roles

refname-managers = Manageri
refname-operators = Operatori
refname-superoperators = Superoperatori
refname-chiefs = Directori
refname-accountants = Contabili
refname-task-operators = Operatori de sarcini
refname-co-workers = Colaboratori
refname-department-heads = Șefi de departament

## Deal stages

refname-request = Cerere
refname-analysis-of-request = Analiza cererii
refname-clarification-of-the-requirements = Clarificarea cerințelor
refname-price-offer = Ofertă de preț
refname-commercial-proposal = Propunere comercială
refname-commercial-offer = Ofertă comercială
refname-agreement = Contract
refname-invoice = Factură
refname-receiving-the-first-payment = Primirea primei plăți
refname-shipment = Expediere
refname-closed-successful = Închisă (cu succes)

## Closing reasons

refname-the-client-is-not-responding = Clientul nu răspunde
refname-specifications-are-not-suitable = Specificațiile nu sunt potrivite
refname-the-deal-was-closed-successfully = Tranzacția a fost închisă cu succes
refname-purchase-postponed = Achiziție amânată
refname-the-price-is-not-competitive = Prețul nu este competitiv

## Client types

refname-distributor = Distribuitor
refname-dealer = Dealer
refname-reseller = Revânzător
refname-end-customer = Client final
refname-competitor = Concurent

## Industries

refname-railway = Transport feroviar
refname-aviation = Aviație
refname-oil-gas = Petrol și gaze
refname-power-generation = Producerea energiei
refname-metallurgy = Metalurgie
refname-shipbuilding = Construcții navale
refname-automotive-industry = Industria auto
refname-capital-construction = Construcții de investiții
refname-service-companies = Companii de servicii
refname-educational-institutions = Instituții de învățământ
refname-welders = Sudori
refname-pipelines = Conducte
refname-pipe-production = Producția de țevi
refname-mining = Minerit

## Lead sources

refname-website-form = Formular de pe site
refname-website-email = E-mail de pe site
refname-exhibition = Expoziție
refname-website-form-iframe = Formular de pe site (iframe)

## Other

refname-technical-and-commercial-offer = Ofertă tehnico-comercială
