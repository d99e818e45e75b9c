# The working screens: navigation, lists, forms, palette and shortcuts.

## Common actions

action-new = Adaugă { $entity }
action-cancel = Anulează
action-close = Închide
action-retry = Încearcă din nou
action-back-to = Înapoi la „{ $list }”

## Navigation

nav-label = Navigare principală
nav-home = Prezentare generală
nav-pipeline = Pipeline de vânzări
nav-unknown = Acest ecran nu există.
nav-pending = În așteptare din zilele anterioare: { $older }, primite astăzi: { $today }
nav-group-sales = Vânzări
nav-group-customers = Clienți
nav-group-goods = Produse și bani
nav-group-reference = Nomenclatoare
nav-group-admin = Administrare

## Lists

list-count =
    { $count ->
        [one] { $count } înregistrare
        [few] { $count } înregistrări
       *[other] { $count } de înregistrări
    }
list-empty = Nu există încă nimic aici.
list-loading = Se încarcă…
list-search-placeholder = Caută în această listă
list-mine = Doar ale mele
list-filters = Filtre
list-views = Vizualizări salvate
list-view-name = Numele vizualizării
list-view-save = Salvează vizualizarea
list-view-delete = Șterge vizualizarea „{ $name }”
filter-any = Oricare
filter-clear = Șterge filtrele

## Bulk actions

bulk-label = Acțiuni asupra înregistrărilor selectate
bulk-selected =
    { $count ->
        [one] { $count } înregistrare selectată
        [few] { $count } înregistrări selectate
       *[other] { $count } de înregistrări selectate
    }
bulk-select-all = Selectează toate înregistrările încărcate
bulk-select-row = Selectează „{ $name }”
bulk-owner = Schimbă proprietarul
bulk-tag = Adaugă etichetă
bulk-delete = Șterge selecția
bulk-progress = { $done } din { $total } finalizate
bulk-failed = Înregistrarea nr. { $id }: { $message }

## Record form

record-save = Salvează
record-saving = Se salvează…
record-saved = Salvat.
record-revert = Anulează modificările mele
record-delete = Șterge
record-delete-confirm = Ștergeți această înregistrare? Va ajunge în coșul de gunoi și poate fi restaurată.
picker-search = Tastează pentru a căuta…
picker-clear = Golește selecția
picker-remove = Elimină „{ $name }”

## History

history-title = Istoric
history-empty = Nicio modificare înregistrată încă.
history-unavailable = Istoricul nu a putut fi încărcat.
history-system = Oriel CRM
history-action-create = Creat
history-action-update = Modificat
history-action-delete = Șters
history-action-restore = Restaurat
history-action-merge = Unificat
history-action-purge = Șters definitiv

## Edit conflicts

conflict-title = Altcineva a salvat această înregistrare în timp ce o editați
conflict-explanation = Nimic din ce ați introdus nu s-a pierdut. Pentru fiecare câmp diferit, alegeți valoarea de păstrat, apoi salvați.
conflict-field = Câmp
conflict-mine = Ce ați introdus
conflict-stored = Salvat de cealaltă persoană
conflict-base = Când ați început
conflict-all-mine = Păstrează toate valorile mele
conflict-all-stored = Preia toate valorile lor
conflict-back = Înapoi la formularul meu
conflict-apply = Salvează alegerea mea

## Workflows

workflow-request-to-deal = Transformă în tranzacție
workflow-open-deal = Deschide tranzacția
workflow-lead-convert = Convertește în companie și contact
workflow-converted = Lead-ul a fost convertit
workflow-company-created = Companie nouă creată:
workflow-company-found = Companie existentă găsită și folosită:
workflow-contact-created = Contact nou creat:
workflow-contact-found = Contact existent găsit și folosit:
workflow-record-payment = Înregistrează o plată
workflow-merge = Unifică duplicatul
workflow-merge-title = Unifică această înregistrare cu alta
workflow-merge-explanation = Această înregistrare este duplicatul: înregistrările legate de ea trec la original, iar ea este ștearsă.
workflow-merge-original = Înregistrarea originală
workflow-merge-confirm = Unifică cu originalul
workflow-transfer = Transferă proprietarul
workflow-transfer-title = Transferă această companie altui proprietar
workflow-transfer-explanation = Contactele sale se mută împreună cu ea.
workflow-transfer-owner = Proprietar nou
workflow-transfer-confirm = Transferă

## Command palette and shortcuts

palette-open = Caută sau rulează o comandă…
palette-shortcut = Ctrl K
palette-label = Paletă de comenzi
palette-placeholder = Găsește orice înregistrare sau acțiune
palette-action = Acțiune
palette-nothing = Nu s-a găsit nimic.
palette-searching = Se caută…
palette-go = Mergi la „{ $area }”
palette-theme = Schimbă tema de culori
palette-language = Limbă: { $language }
shortcut-title = Comenzi rapide de la tastatură
shortcut-palette = Deschide paleta de comenzi
shortcut-save = Salvează formularul deschis
shortcut-new = Înregistrare nouă în această listă
shortcut-search = Caută în această listă
shortcut-help = Afișează aceste comenzi rapide
shortcut-go-requests = Mergi la cereri
shortcut-go-deals = Mergi la tranzacții
shortcut-go-pipeline = Mergi la pipeline
shortcut-go-companies = Mergi la companii
shortcut-go-contacts = Mergi la contacte
shortcut-go-leads = Mergi la lead-uri
shortcut-list-move = Deplasează-te într-o listă și deschide un rând
shortcut-close = Închide un dialog

## Theme and connection state

theme-switch = Temă de culori
theme-system = Temă: a sistemului
theme-light = Temă: luminoasă
theme-dark = Temă: întunecată
offline-message = Baza de date nu poate fi accesată. Ce tastați se păstrează; Oriel CRM reîncearcă la câteva secunde.
offline-retry = Reîncearcă acum

## Deal money

deal-money-amount = Suma tranzacției
deal-money-paid = Plătit
deal-money-expected = Încă de încasat

## Form sections

section-person = Persoană
section-reach = Date de contact
section-place = Adresă
section-classification = Clasificare
section-notes = Note
section-company = Companie
section-ownership = Proprietar
section-inquiry = Solicitare
section-sender = Expeditor
section-matches = Înregistrări corespondente
section-state = Stare
section-deal = Tranzacție
section-money = Bani
section-counterparty = Client

## Trash

list-trash = Coș de gunoi
record-in-trash = Această înregistrare se află în coșul de gunoi.
record-restore = Restaurează

## Notifications

notices-button = Notificări
notices-open =
    { $count ->
        [one] Notificări, { $count } necitită
        [few] Notificări, { $count } necitite
       *[other] Notificări, { $count } de necitite
    }
notices-title = Notificări
notices-none = Nicio notificare.
notices-mark-all = Marchează toate ca citite

## Overview tiles

today-title = Astăzi
today-requests = Cereri care așteaptă să fie tratate
today-deals = Tranzacțiile mele active
today-due = Pașii mei următori cu termen azi sau depășit
notices-while-away = Cât ați lipsit
notices-include-own = Anunță-mă și despre cererile pe care mi le atribui singur
