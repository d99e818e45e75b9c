# Seeded reference names (stages, closing reasons, client types, industries, lead sources,
# departments, roles) as each language shows them. The id is `refname-` and the stored name in
# lower case with every run of other characters turned into one hyphen. Names a user typed are
# shown as typed.

## Departments

refname-global-sales = Global sales
refname-local-sales = Local sales
refname-bookkeeping = Bookkeeping

## Roles

refname-managers = Managers
refname-operators = Operators
refname-superoperators = Super-operators
refname-chiefs = Chiefs
refname-accountants = Accountants
refname-task-operators = Task operators
refname-co-workers = Co-workers
refname-department-heads = Department heads

## Deal stages

refname-request = Request
refname-analysis-of-request = Analysis of request
refname-clarification-of-the-requirements = Clarification of the requirements
refname-price-offer = Price offer
refname-commercial-proposal = Commercial proposal
refname-commercial-offer = Commercial offer
refname-agreement = Agreement
refname-invoice = Invoice
refname-receiving-the-first-payment = Receiving the first payment
refname-shipment = Shipment
refname-closed-successful = Closed (successful)

## Closing reasons

refname-the-client-is-not-responding = The client is not responding
refname-specifications-are-not-suitable = Specifications are not suitable
refname-the-deal-was-closed-successfully = The deal was closed successfully
refname-purchase-postponed = Purchase postponed
refname-the-price-is-not-competitive = The price is not competitive

## Client types

refname-distributor = Distributor
refname-dealer = Dealer
refname-reseller = Reseller
refname-end-customer = End customer
refname-competitor = Competitor

## Industries

refname-railway = Railway
refname-aviation = Aviation
refname-oil-gas = Oil & gas
refname-power-generation = Power generation
refname-metallurgy = Metallurgy
refname-shipbuilding = Shipbuilding
refname-automotive-industry = Automotive industry
refname-capital-construction = Capital construction
refname-service-companies = Service companies
refname-educational-institutions = Educational institutions
refname-welders = Welders
refname-pipelines = Pipelines
refname-pipe-production = Pipe production
refname-mining = Mining

## Lead sources

refname-website-form = Website form
refname-website-email = Website email
refname-exhibition = Exhibition
refname-website-form-iframe = Website form (iframe)

## Other

refname-technical-and-commercial-offer = Technical and commercial offer
