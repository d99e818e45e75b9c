# Noms de référence prédéfinis (étapes, motifs de clôture, types de client, secteurs, sources de prospects,
# services, rôles) tels que chaque langue les affiche. L’id est `refname-` suivi du nom enregistré en
# minuscules, chaque suite d’autres caractères étant remplacée par un trait d’union. Les noms saisis par un
# utilisateur s’affichent tels quels.

## Services

refname-global-sales = Ventes internationales
refname-local-sales = Ventes locales
refname-bookkeeping = Comptabilité

## Rôles

refname-managers = Managers
refname-operators = Opérateurs
refname-superoperators = Super-opérateurs
refname-chiefs = Dirigeants
refname-accountants = Comptables
refname-task-operators = Opérateurs de tâches
refname-co-workers = Collaborateurs
refname-department-heads = Chefs de service

## Étapes des affaires

refname-request = Demande
refname-analysis-of-request = Analyse de la demande
refname-clarification-of-the-requirements = Clarification des exigences
refname-price-offer = Offre de prix
refname-commercial-proposal = Proposition commerciale
refname-commercial-offer = Offre commerciale
refname-agreement = Accord
refname-invoice = Facture
refname-receiving-the-first-payment = Réception du premier paiement
refname-shipment = Expédition
refname-closed-successful = Conclue (avec succès)

## Motifs de clôture

refname-the-client-is-not-responding = Le client ne répond pas
refname-specifications-are-not-suitable = Les spécifications ne conviennent pas
refname-the-deal-was-closed-successfully = L’affaire a été conclue avec succès
refname-purchase-postponed = Achat reporté
refname-the-price-is-not-competitive = Le prix n’est pas compétitif

## Types de client

refname-distributor = Distributeur
refname-dealer = Concessionnaire
refname-reseller = Revendeur
refname-end-customer = Client final
refname-competitor = Concurrent

## Secteurs d’activité

refname-railway = Ferroviaire
refname-aviation = Aéronautique
refname-oil-gas = Pétrole et gaz
refname-power-generation = Production d’énergie
refname-metallurgy = Métallurgie
refname-shipbuilding = Construction navale
refname-automotive-industry = Industrie automobile
refname-capital-construction = Construction d’infrastructures
refname-service-companies = Sociétés de services
refname-educational-institutions = Établissements d’enseignement
refname-welders = Soudage
refname-pipelines = Pipelines
refname-pipe-production = Fabrication de tubes
refname-mining = Exploitation minière

## Sources de prospects

refname-website-form = Formulaire du site web
refname-website-email = E-mail du site web
refname-exhibition = Salon
refname-website-form-iframe = Formulaire du site web (iframe)

## Divers

refname-technical-and-commercial-offer = Offre technique et commerciale
