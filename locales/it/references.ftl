# Nomi di riferimento predefiniti (fasi, motivi di chiusura, tipi di cliente, settori, fonti dei lead,
# reparti, ruoli) come li mostra ogni lingua. L’id è `refname-` seguito dal nome memorizzato in
# minuscolo, con ogni sequenza di altri caratteri sostituita da un trattino. I nomi digitati da un utente
# vengono mostrati così come sono stati scritti.

## Reparti

refname-global-sales = Vendite internazionali
refname-local-sales = Vendite locali
refname-bookkeeping = Contabilità

## Ruoli

refname-managers = Manager
refname-operators = Operatori
refname-superoperators = Superoperatori
refname-chiefs = Dirigenti
refname-accountants = Contabili
refname-task-operators = Operatori delle attività
refname-co-workers = Collaboratori
refname-department-heads = Responsabili di reparto

## Fasi delle trattative

refname-request = Richiesta
refname-analysis-of-request = Analisi della richiesta
refname-clarification-of-the-requirements = Chiarimento dei requisiti
refname-price-offer = Offerta di prezzo
refname-commercial-proposal = Proposta commerciale
refname-commercial-offer = Offerta commerciale
refname-agreement = Accordo
refname-invoice = Fattura
refname-receiving-the-first-payment = Ricezione del primo pagamento
refname-shipment = Spedizione
refname-closed-successful = Chiusa (con successo)

## Motivi di chiusura

refname-the-client-is-not-responding = Il cliente non risponde
refname-specifications-are-not-suitable = Le specifiche non sono adatte
refname-the-deal-was-closed-successfully = La trattativa è stata chiusa con successo
refname-purchase-postponed = Acquisto rimandato
refname-the-price-is-not-competitive = Il prezzo non è competitivo

## Tipi di cliente

refname-distributor = Distributore
refname-dealer = Concessionario
refname-reseller = Rivenditore
refname-end-customer = Cliente finale
refname-competitor = Concorrente

## Settori

refname-railway = Ferroviario
refname-aviation = Aviazione
refname-oil-gas = Petrolio e gas
refname-power-generation = Produzione di energia
refname-metallurgy = Metallurgia
refname-shipbuilding = Cantieristica navale
refname-automotive-industry = Industria automobilistica
refname-capital-construction = Edilizia infrastrutturale
refname-service-companies = Società di servizi
refname-educational-institutions = Istituti di istruzione
refname-welders = Saldatura
refname-pipelines = Oleodotti e gasdotti
refname-pipe-production = Produzione di tubi
refname-mining = Industria mineraria

## Fonti dei lead

refname-website-form = Modulo del sito web
refname-website-email = E-mail del sito web
refname-exhibition = Fiera
refname-website-form-iframe = Modulo del sito web (iframe)

## Altro

refname-technical-and-commercial-offer = Offerta tecnica e commerciale
