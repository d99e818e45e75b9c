# The working screens: navigation, lists, forms, palette and shortcuts.

## Common actions

action-new = Nieuw record: { $entity }
action-cancel = Annuleren
action-close = Sluiten
action-retry = Opnieuw proberen
action-back-to = Terug naar { $list }

## Navigation

nav-label = Hoofdnavigatie
nav-home = Overzicht
nav-pipeline = Pijplijn
nav-unknown = Dit scherm bestaat niet.
nav-pending = Wachtend van eerdere dagen: { $older }, vandaag ontvangen: { $today }
nav-group-sales = Verkoop
nav-group-customers = Klanten
nav-group-goods = Producten en geld
nav-group-reference = Referentielijsten
nav-group-admin = Beheer

## Lists

list-count =
    { $count ->
        [one] { $count } record
       *[other] { $count } records
    }
list-empty = Hier staat nog niets.
list-loading = Laden…
list-search-placeholder = Zoeken in deze lijst
list-mine = Alleen van mij
list-filters = Filters
list-views = Opgeslagen weergaven
list-view-name = Naam van de weergave
list-view-save = Weergave opslaan
list-view-delete = Weergave ‘{ $name }’ verwijderen
filter-any = Alle
filter-clear = Filters wissen

## Bulk actions

bulk-label = Acties voor de geselecteerde records
bulk-selected = { $count } geselecteerd
bulk-select-all = Alle geladen records selecteren
bulk-select-row = { $name } selecteren
bulk-owner = Eigenaar wijzigen
bulk-tag = Tag toevoegen
bulk-delete = Selectie verwijderen
bulk-progress = { $done } van { $total } voltooid
bulk-failed = Record #{ $id }: { $message }

## Record form

record-save = Opslaan
record-saving = Opslaan…
record-saved = Opgeslagen.
record-revert = Mijn wijzigingen ongedaan maken
record-delete = Verwijderen
record-delete-confirm = Dit record verwijderen? Het gaat naar de prullenbak en kan worden hersteld.
picker-search = Typ om te zoeken…
picker-clear = Keuze wissen
picker-remove = { $name } verwijderen

## History

history-title = Geschiedenis
history-empty = Nog geen wijzigingen vastgelegd.
history-unavailable = De geschiedenis kon niet worden geladen.
history-system = Oriel CRM
history-action-create = Aangemaakt
history-action-update = Gewijzigd
history-action-delete = Verwijderd
history-action-restore = Hersteld
history-action-merge = Samengevoegd
history-action-purge = Definitief verwijderd

## Edit conflicts

conflict-title = Iemand anders heeft dit record opgeslagen terwijl u het bewerkte
conflict-explanation = Niets van wat u hebt getypt, is verloren. Kies voor elk veld dat verschilt welke waarde u wilt houden en sla daarna op.
conflict-field = Veld
conflict-mine = Wat u hebt getypt
conflict-stored = Opgeslagen door de ander
conflict-base = Toen u begon
conflict-all-mine = Al mijn waarden houden
conflict-all-stored = Al hun waarden overnemen
conflict-back = Terug naar mijn formulier
conflict-apply = Mijn keuze opslaan

## Workflows

workflow-request-to-deal = Omzetten in een deal
workflow-open-deal = Deal openen
workflow-lead-convert = Omzetten in bedrijf en contactpersoon
workflow-converted = De lead is omgezet
workflow-company-created = Nieuw bedrijf aangemaakt:
workflow-company-found = Bestaand bedrijf gevonden en gebruikt:
workflow-contact-created = Nieuwe contactpersoon aangemaakt:
workflow-contact-found = Bestaande contactpersoon gevonden en gebruikt:
workflow-record-payment = Betaling vastleggen
workflow-merge = Duplicaat samenvoegen
workflow-merge-title = Dit record samenvoegen met een ander record
workflow-merge-explanation = Dit record is het duplicaat: de gekoppelde records gaan naar het origineel en dit record wordt verwijderd.
workflow-merge-original = Oorspronkelijk record
workflow-merge-confirm = Samenvoegen met het origineel
workflow-transfer = Eigenaar overdragen
workflow-transfer-title = Dit bedrijf aan een andere eigenaar overdragen
workflow-transfer-explanation = De contactpersonen van het bedrijf gaan mee.
workflow-transfer-owner = Nieuwe eigenaar
workflow-transfer-confirm = Overdragen

## Command palette and shortcuts

palette-open = Zoeken of een opdracht uitvoeren…
palette-shortcut = Ctrl K
palette-label = Opdrachtenpalet
palette-placeholder = Zoek een record of actie
palette-action = Actie
palette-nothing = Niets gevonden.
palette-searching = Zoeken…
palette-go = Ga naar { $area }
palette-theme = Kleurthema wisselen
palette-language = Taal: { $language }
shortcut-title = Sneltoetsen
shortcut-palette = Het opdrachtenpalet openen
shortcut-save = Het geopende formulier opslaan
shortcut-new = Nieuw record in deze lijst
shortcut-search = Zoeken in deze lijst
shortcut-help = Deze sneltoetsen tonen
shortcut-go-requests = Naar aanvragen
shortcut-go-deals = Naar deals
shortcut-go-pipeline = Naar de pijplijn
shortcut-go-companies = Naar bedrijven
shortcut-go-contacts = Naar contactpersonen
shortcut-go-leads = Naar leads
shortcut-list-move = Door een lijst bewegen en een rij openen
shortcut-close = Een dialoogvenster sluiten

## Theme and connection state

theme-switch = Kleurthema
theme-system = Thema: systeem
theme-light = Thema: licht
theme-dark = Thema: donker
offline-message = De database is niet bereikbaar. Wat u typt, blijft bewaard; Oriel CRM probeert het om de paar seconden opnieuw.
offline-retry = Nu opnieuw proberen

## Deal money

deal-money-amount = Dealbedrag
deal-money-paid = Betaald
deal-money-expected = Nog te ontvangen

## Form sections

section-person = Persoon
section-reach = Contactgegevens
section-place = Adres
section-classification = Classificatie
section-notes = Notities
section-company = Bedrijf
section-ownership = Eigenaar
section-inquiry = Klantvraag
section-sender = Afzender
section-matches = Gevonden overeenkomsten
section-state = Status
section-deal = Deal
section-money = Geld
section-counterparty = Klant

## Trash

list-trash = Prullenbak
record-in-trash = Dit record staat in de prullenbak.
record-restore = Herstellen

## Notifications

notices-button = Meldingen
notices-open = Meldingen, { $count } ongelezen
notices-title = Meldingen
notices-none = Geen meldingen.
notices-mark-all = Alles als gelezen markeren

## Overview tiles

today-title = Vandaag
today-requests = Aanvragen die op afhandeling wachten
today-deals = Mijn actieve deals
today-due = Mijn volgende stappen voor vandaag of te laat
notices-while-away = Terwijl u weg was
notices-include-own = Ook melden bij aanvragen die ik aan mezelf toewijs
