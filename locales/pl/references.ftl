# Seeded reference names (stages, closing reasons, client types, industries, lead sources,
# departments, roles) as each language shows them. The id is `refname-` and the stored name in
# lower case with every run of other characters turned into one hyphen. Names a user typed are
# shown as typed.

## Departments

refname-global-sales = Sprzedaż globalna
refname-local-sales = Sprzedaż lokalna
refname-bookkeeping = Księgowość

## Roles

refname-managers = Menedżerowie
refname-operators = Operatorzy
refname-superoperators = Superoperatorzy
refname-chiefs = Dyrektorzy
refname-accountants = Księgowi
refname-task-operators = Operatorzy zadań
refname-co-workers = Współpracownicy
refname-department-heads = Kierownicy działów

## Deal stages

refname-request = Zapytanie
refname-analysis-of-request = Analiza zapytania
refname-clarification-of-the-requirements = Doprecyzowanie wymagań
refname-price-offer = Oferta cenowa
refname-commercial-proposal = Propozycja handlowa
refname-commercial-offer = Oferta handlowa
refname-agreement = Umowa
refname-invoice = Faktura
refname-receiving-the-first-payment = Otrzymanie pierwszej płatności
refname-shipment = Wysyłka
refname-closed-successful = Zamknięta (sukces)

## Closing reasons

refname-the-client-is-not-responding = Klient nie odpowiada
refname-specifications-are-not-suitable = Specyfikacja nie spełnia wymagań
refname-the-deal-was-closed-successfully = Transakcja zamknięta z sukcesem
refname-purchase-postponed = Zakup odłożony
refname-the-price-is-not-competitive = Cena nie jest konkurencyjna

## Client types

refname-distributor = Dystrybutor
refname-dealer = Dealer
refname-reseller = Odsprzedawca
refname-end-customer = Klient końcowy
refname-competitor = Konkurent

## Industries

refname-railway = Kolej
refname-aviation = Lotnictwo
refname-oil-gas = Ropa i gaz
refname-power-generation = Energetyka
refname-metallurgy = Metalurgia
refname-shipbuilding = Przemysł stoczniowy
refname-automotive-industry = Przemysł motoryzacyjny
refname-capital-construction = Budownictwo inwestycyjne
refname-service-companies = Firmy usługowe
refname-educational-institutions = Placówki edukacyjne
refname-welders = Spawacze
refname-pipelines = Rurociągi
refname-pipe-production = Produkcja rur
refname-mining = Górnictwo

## Lead sources

refname-website-form = Formularz na stronie
refname-website-email = E-mail ze strony
refname-exhibition = Targi
refname-website-form-iframe = Formularz na stronie (iframe)

## Other

refname-technical-and-commercial-offer = Oferta techniczno-handlowa
