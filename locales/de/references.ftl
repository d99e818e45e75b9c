# Vorgegebene Namen der Stammdaten (Phasen, Abschlussgründe, Kundentypen, Branchen, Lead-Quellen,
# Abteilungen, Rollen), wie jede Sprache sie zeigt. Die ID ist `refname-` und der gespeicherte Name in
# Kleinbuchstaben, jede Folge anderer Zeichen durch einen Bindestrich ersetzt. Von Benutzern eingegebene
# Namen werden so gezeigt, wie sie eingegeben wurden.

## Abteilungen

refname-global-sales = Vertrieb international
refname-local-sales = Vertrieb Inland
refname-bookkeeping = Buchhaltung

## Rollen

refname-managers = Manager
refname-operators = Operatoren
refname-superoperators = Superoperatoren
refname-chiefs = Leitung
refname-accountants = Buchhalter
refname-task-operators = Aufgabenoperatoren
refname-co-workers = Mitarbeitende
refname-department-heads = Abteilungsleitung

## Deal-Phasen

refname-request = Anfrage
refname-analysis-of-request = Analyse der Anfrage
refname-clarification-of-the-requirements = Klärung der Anforderungen
refname-price-offer = Preisangebot
refname-commercial-proposal = Geschäftsvorschlag
refname-commercial-offer = Kommerzielles Angebot
refname-agreement = Vereinbarung
refname-invoice = Rechnung
refname-receiving-the-first-payment = Eingang der ersten Zahlung
refname-shipment = Lieferung
refname-closed-successful = Abgeschlossen (erfolgreich)

## Abschlussgründe

refname-the-client-is-not-responding = Der Kunde antwortet nicht
refname-specifications-are-not-suitable = Die Spezifikationen passen nicht
refname-the-deal-was-closed-successfully = Der Deal wurde erfolgreich abgeschlossen
refname-purchase-postponed = Kauf verschoben
refname-the-price-is-not-competitive = Der Preis ist nicht wettbewerbsfähig

## Kundentypen

refname-distributor = Distributor
refname-dealer = Händler
refname-reseller = Wiederverkäufer
refname-end-customer = Endkunde
refname-competitor = Wettbewerber

## Branchen

refname-railway = Eisenbahn
refname-aviation = Luftfahrt
refname-oil-gas = Öl und Gas
refname-power-generation = Energieerzeugung
refname-metallurgy = Metallurgie
refname-shipbuilding = Schiffbau
refname-automotive-industry = Automobilindustrie
refname-capital-construction = Investitionsbau
refname-service-companies = Dienstleistungsunternehmen
refname-educational-institutions = Bildungseinrichtungen
refname-welders = Schweißtechnik
refname-pipelines = Pipelines
refname-pipe-production = Rohrherstellung
refname-mining = Bergbau

## Lead-Quellen

refname-website-form = Website-Formular
refname-website-email = Website-E-Mail
refname-exhibition = Messe
refname-website-form-iframe = Website-Formular (iframe)

## Sonstiges

refname-technical-and-commercial-offer = Technisches und kommerzielles Angebot
