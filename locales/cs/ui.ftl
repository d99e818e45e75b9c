# The working screens: navigation, lists, forms, palette and shortcuts.

## Common actions

action-new = Nový záznam: { $entity }
action-cancel = Zrušit
action-close = Zavřít
action-retry = Zkusit znovu
action-back-to = Zpět na seznam „{ $list }“

## Navigation

nav-label = Hlavní navigace
nav-home = Přehled
nav-pipeline = Obchodní trychtýř
nav-unknown = Tato obrazovka neexistuje.
nav-pending = Čeká z předchozích dnů: { $older }, dnes přijato: { $today }
nav-group-sales = Prodej
nav-group-customers = Zákazníci
nav-group-goods = Produkty a peníze
nav-group-reference = Číselníky
nav-group-admin = Správa

## Lists

list-count =
    { $count ->
        [one] { $count } záznam
        [few] { $count } záznamy
        [many] { $count } záznamu
       *[other] { $count } záznamů
    }
list-empty = Zatím tu nic není.
list-loading = Načítání…
list-search-placeholder = Hledat v tomto seznamu
list-mine = Jen moje
list-filters = Filtry
list-views = Uložená zobrazení
list-view-name = Název zobrazení
list-view-save = Uložit zobrazení
list-view-delete = Smazat zobrazení „{ $name }“
filter-any = Libovolné
filter-clear = Zrušit filtry

## Bulk actions

bulk-label = Akce s vybranými záznamy
bulk-selected =
    { $count ->
        [one] Vybrán { $count } záznam
        [few] Vybrány { $count } záznamy
        [many] Vybráno { $count } záznamu
       *[other] Vybráno { $count } záznamů
    }
bulk-select-all = Vybrat všechny načtené záznamy
bulk-select-row = Vybrat „{ $name }“
bulk-owner = Změnit vlastníka
bulk-tag = Přidat štítek
bulk-delete = Smazat vybrané
bulk-progress = Hotovo { $done } z { $total }
bulk-failed = Záznam č. { $id }: { $message }

## Record form

record-save = Uložit
record-saving = Ukládání…
record-saved = Uloženo.
record-revert = Vrátit mé změny
record-delete = Smazat
record-delete-confirm = Smazat tento záznam? Přesune se do koše, odkud ho lze obnovit.
picker-search = Začněte psát pro vyhledání…
picker-clear = Zrušit výběr
picker-remove = Odebrat „{ $name }“

## History

history-title = Historie
history-empty = Zatím nebyly zaznamenány žádné změny.
history-unavailable = Historii se nepodařilo načíst.
history-system = Oriel CRM
history-action-create = Vytvořeno
history-action-update = Změněno
history-action-delete = Smazáno
history-action-restore = Obnoveno
history-action-merge = Sloučeno
history-action-purge = Trvale odstraněno

## Edit conflicts

conflict-title = Někdo jiný uložil tento záznam, zatímco jste ho upravovali
conflict-explanation = Nic z toho, co jste zadali, se neztratilo. U každého pole, které se liší, vyberte, kterou hodnotu ponechat, a pak uložte.
conflict-field = Pole
conflict-mine = Vaše hodnota
conflict-stored = Uloženo jiným uživatelem
conflict-base = Když jste začali
conflict-all-mine = Ponechat všechny moje
conflict-all-stored = Převzít všechny jejich
conflict-back = Zpět do mého formuláře
conflict-apply = Uložit můj výběr

## Workflows

workflow-request-to-deal = Převést na obchod
workflow-open-deal = Otevřít obchod
workflow-lead-convert = Převést na společnost a kontakt
workflow-converted = Lead byl převeden
workflow-company-created = Vytvořena nová společnost:
workflow-company-found = Nalezena a použita existující společnost:
workflow-contact-created = Vytvořen nový kontakt:
workflow-contact-found = Nalezen a použit existující kontakt:
workflow-record-payment = Zaznamenat platbu
workflow-merge = Sloučit duplikát
workflow-merge-title = Sloučit tento záznam do jiného
workflow-merge-explanation = Tento záznam je duplikát: jeho související záznamy se přesunou k originálu a on sám bude smazán.
workflow-merge-original = Původní záznam
workflow-merge-confirm = Sloučit do originálu
workflow-transfer = Předat jinému vlastníkovi
workflow-transfer-title = Předat tuto společnost jinému vlastníkovi
workflow-transfer-explanation = Její kontakty se předají spolu s ní.
workflow-transfer-owner = Nový vlastník
workflow-transfer-confirm = Předat

## Command palette and shortcuts

palette-open = Hledat nebo spustit příkaz…
palette-shortcut = Ctrl K
palette-label = Paleta příkazů
palette-placeholder = Najděte libovolný záznam nebo akci
palette-action = Akce
palette-nothing = Nic nenalezeno.
palette-searching = Hledání…
palette-go = Přejít do sekce „{ $area }“
palette-theme = Přepnout barevný motiv
palette-language = Jazyk: { $language }
shortcut-title = Klávesové zkratky
shortcut-palette = Otevřít paletu příkazů
shortcut-save = Uložit otevřený formulář
shortcut-new = Nový záznam v tomto seznamu
shortcut-search = Hledat v tomto seznamu
shortcut-help = Zobrazit tyto zkratky
shortcut-go-requests = Přejít na poptávky
shortcut-go-deals = Přejít na obchody
shortcut-go-pipeline = Přejít na obchodní trychtýř
shortcut-go-companies = Přejít na společnosti
shortcut-go-contacts = Přejít na kontakty
shortcut-go-leads = Přejít na leady
shortcut-list-move = Procházet seznam a otevřít řádek
shortcut-close = Zavřít dialog

## Theme and connection state

theme-switch = Barevný motiv
theme-system = Motiv: systémový
theme-light = Motiv: světlý
theme-dark = Motiv: tmavý
offline-message = Databáze není dostupná. To, co píšete, zůstane zachováno; Oriel CRM to každých pár sekund zkouší znovu.
offline-retry = Zkusit hned

## Deal money

deal-money-amount = Částka obchodu
deal-money-paid = Zaplaceno
deal-money-expected = Zbývá uhradit

## Form sections

section-person = Osoba
section-reach = Kontaktní údaje
section-place = Adresa
section-classification = Zařazení
section-notes = Poznámky
section-company = Společnost
section-ownership = Vlastník
section-inquiry = Poptávka
section-sender = Odesílatel
section-matches = Nalezené shody
section-state = Stav
section-deal = Obchod
section-money = Finance
section-counterparty = Zákazník

## Trash

list-trash = Koš
record-in-trash = Tento záznam je v koši.
record-restore = Obnovit

## Notifications

notices-button = Oznámení
notices-open =
    { $count ->
        [one] Oznámení, { $count } nepřečtené
        [few] Oznámení, { $count } nepřečtená
        [many] Oznámení, { $count } nepřečteného
       *[other] Oznámení, { $count } nepřečtených
    }
notices-title = Oznámení
notices-none = Žádná oznámení.
notices-mark-all = Označit vše jako přečtené

## Overview tiles

today-title = Dnes
today-requests = Poptávky čekající na vyřízení
today-deals = Moje aktivní obchody
today-due = Moje další kroky s termínem dnes nebo po termínu
notices-while-away = Během vaší nepřítomnosti
notices-include-own = Upozorňovat i na poptávky, které přiděluji sám sobě
