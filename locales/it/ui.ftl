# Le schermate di lavoro: navigazione, elenchi, moduli, tavolozza dei comandi e scorciatoie.

## Azioni comuni

# $entity è il singolare di fields.ftl; “Crea” evita di accordare “nuovo/nuova” al genere.
action-new = Crea { $entity }
action-cancel = Annulla
action-close = Chiudi
action-retry = Riprova
action-back-to = Torna a { $list }

## Navigazione

nav-label = Navigazione principale
nav-home = Panoramica
nav-pipeline = Pipeline
nav-unknown = Questa schermata non esiste.
nav-pending = { $older } in attesa dai giorni precedenti, { $today } ricevute oggi
nav-group-sales = Vendite
nav-group-customers = Clienti
nav-group-goods = Prodotti e finanze
nav-group-reference = Elenchi di riferimento
nav-group-admin = Amministrazione

## Elenchi

list-count = { $count } record
list-empty = Non c’è ancora niente qui.
list-loading = Caricamento…
list-search-placeholder = Cerca in questo elenco
list-mine = Solo i miei
list-filters = Filtri
list-views = Viste salvate
list-view-name = Nome della vista
list-view-save = Salva vista
list-view-delete = Elimina la vista “{ $name }”
filter-any = Qualsiasi
filter-clear = Cancella i filtri

## Azioni in blocco

bulk-label = Azioni sui record selezionati
bulk-selected =
    { $count ->
        [one] { $count } selezionato
       *[other] { $count } selezionati
    }
bulk-select-all = Seleziona tutti i record caricati
bulk-select-row = Seleziona { $name }
bulk-owner = Cambia responsabile
bulk-tag = Aggiungi etichetta
bulk-delete = Elimina i selezionati
bulk-progress = { $done } di { $total } completati
bulk-failed = Record n. { $id }: { $message }

## Modulo del record

record-save = Salva
record-saving = Salvataggio…
record-saved = Salvato.
record-revert = Annulla le mie modifiche
record-delete = Elimina
record-delete-confirm = Eliminare questo record? Finirà nel cestino e potrà essere ripristinato.
picker-search = Digita per cercare…
picker-clear = Cancella la scelta
picker-remove = Rimuovi { $name }

## Cronologia

history-title = Cronologia
history-empty = Nessuna modifica registrata finora.
history-unavailable = Impossibile caricare la cronologia.
history-system = Oriel CRM
history-action-create = Creato
history-action-update = Modificato
history-action-delete = Eliminato
history-action-restore = Ripristinato
history-action-merge = Unito
history-action-purge = Eliminato definitivamente

## Conflitti di modifica

conflict-title = Qualcun altro ha salvato questo record mentre lo stavi modificando
conflict-explanation = Niente di ciò che hai scritto è andato perso. Per ogni campo diverso scegli quale valore tenere, poi salva.
conflict-field = Campo
conflict-mine = Ciò che hai scritto
conflict-stored = Salvato dall’altra persona
conflict-base = Quando hai iniziato
conflict-all-mine = Tieni tutti i miei
conflict-all-stored = Prendi tutti quelli dell’altra persona
conflict-back = Torna al mio modulo
conflict-apply = Salva la mia scelta

## Flussi di lavoro

workflow-request-to-deal = Trasforma in trattativa
workflow-open-deal = Apri la trattativa
workflow-lead-convert = Converti in azienda e contatto
workflow-converted = Il lead è stato convertito
workflow-company-created = Nuova azienda creata:
workflow-company-found = Azienda esistente trovata e utilizzata:
workflow-contact-created = Nuovo contatto creato:
workflow-contact-found = Contatto esistente trovato e utilizzato:
workflow-record-payment = Registra un pagamento
workflow-merge = Unisci duplicato
workflow-merge-title = Unisci questo record a un altro
workflow-merge-explanation = Questo record è il duplicato: i suoi record collegati passano all’originale e questo viene eliminato.
workflow-merge-original = Record originale
workflow-merge-confirm = Unisci all’originale
workflow-transfer = Trasferisci responsabile
workflow-transfer-title = Affida questa azienda a un altro responsabile
workflow-transfer-explanation = I suoi contatti la seguono.
workflow-transfer-owner = Nuovo responsabile
workflow-transfer-confirm = Trasferisci

## Tavolozza dei comandi e scorciatoie

palette-open = Cerca o esegui un comando…
palette-shortcut = Ctrl K
palette-label = Tavolozza dei comandi
palette-placeholder = Trova qualsiasi record o azione
palette-action = Azione
palette-nothing = Nessun risultato.
palette-searching = Ricerca in corso…
palette-go = Vai a { $area }
palette-theme = Cambia il tema dei colori
palette-language = Lingua: { $language }
shortcut-title = Scorciatoie da tastiera
shortcut-palette = Apri la tavolozza dei comandi
shortcut-save = Salva il modulo aperto
shortcut-new = Nuovo record in questo elenco
shortcut-search = Cerca in questo elenco
shortcut-help = Mostra queste scorciatoie
shortcut-go-requests = Vai alle richieste
shortcut-go-deals = Vai alle trattative
shortcut-go-pipeline = Vai alla pipeline
shortcut-go-companies = Vai alle aziende
shortcut-go-contacts = Vai ai contatti
shortcut-go-leads = Vai ai lead
shortcut-list-move = Muoviti in un elenco e apri una riga
shortcut-close = Chiudi una finestra di dialogo

## Tema e stato della connessione

theme-switch = Tema dei colori
theme-system = Tema: sistema
theme-light = Tema: chiaro
theme-dark = Tema: scuro
offline-message = Il database non è raggiungibile. Ciò che scrivi viene conservato; Oriel CRM riprova ogni pochi secondi.
offline-retry = Riprova ora

## Importi della trattativa

deal-money-amount = Importo della trattativa
deal-money-paid = Pagato
deal-money-expected = Ancora atteso

## Sezioni del modulo

section-person = Persona
section-reach = Recapiti
section-place = Indirizzo
section-classification = Classificazione
section-notes = Note
section-company = Azienda
section-ownership = Responsabile
section-inquiry = Richiesta
section-sender = Mittente
section-matches = Record corrispondenti
section-state = Stato
section-deal = Trattativa
section-money = Importi
section-counterparty = Cliente

## Cestino

list-trash = Cestino
record-in-trash = Questo record è nel cestino.
record-restore = Ripristina

## Notifiche

notices-button = Notifiche
notices-open =
    { $count ->
        [one] Notifiche, { $count } non letta
       *[other] Notifiche, { $count } non lette
    }
notices-title = Notifiche
notices-none = Nessuna notifica.
notices-mark-all = Segna tutte come lette

## Riquadri della panoramica

today-title = Oggi
today-requests = Richieste in attesa di gestione
today-deals = Le mie trattative attive
today-due = I miei prossimi passi in scadenza oggi o scaduti
notices-while-away = Mentre eri via
notices-include-own = Avvisami anche delle richieste che assegno a me stesso
