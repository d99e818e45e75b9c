# Seeded reference names (stages, closing reasons, client types, industries, lead sources,
# departments, roles) as each language shows them. The id is `refname-` and the stored name in
# lower case with every run of other characters turned into one hyphen. Names a user typed are
# shown as typed.

## Departments

refname-global-sales = Wereldwijde verkoop
refname-local-sales = Lokale verkoop
refname-bookkeeping = Boekhouding

## Roles

refname-managers = Managers
refname-operators = Operators
refname-superoperators = Superoperators
refname-chiefs = Directeuren
refname-accountants = Boekhouders
refname-task-operators = Taakoperators
refname-co-workers = Collega’s
refname-department-heads = Afdelingshoofden

## Deal stages

refname-request = Aanvraag
refname-analysis-of-request = Analyse van de aanvraag
refname-clarification-of-the-requirements = Verduidelijking van de eisen
refname-price-offer = Prijsofferte
refname-commercial-proposal = Commercieel voorstel
refname-commercial-offer = Commerciële offerte
refname-agreement = Overeenkomst
refname-invoice = Factuur
refname-receiving-the-first-payment = Ontvangst van de eerste betaling
refname-shipment = Verzending
refname-closed-successful = Afgesloten (geslaagd)

## Closing reasons

refname-the-client-is-not-responding = De klant reageert niet
refname-specifications-are-not-suitable = De specificaties zijn niet geschikt
refname-the-deal-was-closed-successfully = De deal is met succes afgesloten
refname-purchase-postponed = Aankoop uitgesteld
refname-the-price-is-not-competitive = De prijs is niet concurrerend

## Client types

refname-distributor = Distributeur
refname-dealer = Dealer
refname-reseller = Wederverkoper
refname-end-customer = Eindklant
refname-competitor = Concurrent

## Industries

refname-railway = Spoorwegen
refname-aviation = Luchtvaart
refname-oil-gas = Olie en gas
refname-power-generation = Energieopwekking
refname-metallurgy = Metallurgie
refname-shipbuilding = Scheepsbouw
refname-automotive-industry = Auto-industrie
refname-capital-construction = Bouwprojecten
refname-service-companies = Dienstverlenende bedrijven
refname-educational-institutions = Onderwijsinstellingen
refname-welders = Lassers
refname-pipelines = Pijpleidingen
refname-pipe-production = Buizenproductie
refname-mining = Mijnbouw

## Lead sources

refname-website-form = Websiteformulier
refname-website-email = E-mail via de website
refname-exhibition = Beurs
refname-website-form-iframe = Websiteformulier (iframe)

## Other

refname-technical-and-commercial-offer = Technische en commerciële offerte
