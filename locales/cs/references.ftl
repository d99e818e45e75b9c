# Seeded reference names (stages, closing reasons, client types, industries, lead sources,
# departments, roles) as each language shows them. The id is `refname-` and the stored name in
# lower case with every run of other characters turned into one hyphen. Names a user typed are
# shown as typed.

## Departments

refname-global-sales = Globální prodej
refname-local-sales = Místní prodej
refname-bookkeeping = Účetnictví

## Roles

refname-managers = Manažeři
refname-operators = Operátoři
refname-superoperators = Superoperátoři
refname-chiefs = Ředitelé
refname-accountants = Účetní
refname-task-operators = Operátoři úkolů
refname-co-workers = Spolupracovníci
refname-department-heads = Vedoucí oddělení

## Deal stages

refname-request = Poptávka
refname-analysis-of-request = Analýza poptávky
refname-clarification-of-the-requirements = Upřesnění požadavků
refname-price-offer = Cenová nabídka
refname-commercial-proposal = Obchodní návrh
refname-commercial-offer = Obchodní nabídka
refname-agreement = Smlouva
refname-invoice = Faktura
refname-receiving-the-first-payment = Přijetí první platby
refname-shipment = Expedice
refname-closed-successful = Uzavřeno (úspěšně)

## Closing reasons

refname-the-client-is-not-responding = Klient nereaguje
refname-specifications-are-not-suitable = Specifikace nevyhovují
refname-the-deal-was-closed-successfully = Obchod byl úspěšně uzavřen
refname-purchase-postponed = Nákup byl odložen
refname-the-price-is-not-competitive = Cena není konkurenceschopná

## Client types

refname-distributor = Distributor
refname-dealer = Dealer
refname-reseller = Přeprodejce
refname-end-customer = Koncový zákazník
refname-competitor = Konkurent

## Industries

refname-railway = Železnice
refname-aviation = Letectví
refname-oil-gas = Ropa a plyn
refname-power-generation = Výroba energie
refname-metallurgy = Hutnictví
refname-shipbuilding = Stavba lodí
refname-automotive-industry = Automobilový průmysl
refname-capital-construction = Investiční výstavba
refname-service-companies = Servisní společnosti
refname-educational-institutions = Vzdělávací instituce
refname-welders = Svářeči
refname-pipelines = Potrubní doprava
refname-pipe-production = Výroba trubek
refname-mining = Těžba

## Lead sources

refname-website-form = Formulář na webu
refname-website-email = E-mail z webu
refname-exhibition = Výstava
refname-website-form-iframe = Formulář na webu (iframe)

## Other

refname-technical-and-commercial-offer = Technicko-obchodní nabídka
