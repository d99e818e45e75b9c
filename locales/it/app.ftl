# Tutti i testi mostrati dalla finestra dell’applicazione. I messaggi generati da Rust si trovano in errors.ftl.

## Struttura dell’applicazione

app-name = Oriel CRM
app-starting = Avvio in corso…
app-start-failed = Impossibile avviare Oriel CRM
app-start-retry = Riprova
locale-switch-label = Lingua
unexpected-error = Si è verificato un errore imprevisto. Riprova e, se il problema persiste, riavvia Oriel CRM.

## Schermata di connessione

connect-title = Scegli un database
connect-intro = Oriel CRM conserva clienti, trattative e richieste in un database. Inizia subito con il database integrato su questo computer oppure connettiti al server PostgreSQL o MySQL del tuo team.
connect-opening = Apertura del database…
connect-embedded-heading = Su questo computer
connect-embedded-description = Un file di database privato, subito pronto e senza nulla da configurare. Ideale se lavori da solo.
connect-embedded = Apri il database integrato
connect-embedded-path = File:
connect-saved-heading = Usati di recente
connect-saved-reopen = Riapri
connect-server-heading = Su un server
connect-server-description = Condividi un unico CRM con il tuo team. Ognuno accede con il proprio account del database.
server-url-label = Indirizzo del server
server-url-placeholder = postgres://utente@host:5432/crm
server-url-hint = Ad esempio postgres://anna@db.example.org:5432/crm o mysql://anna@db.example.org:3306/crm
server-password-label = Password
server-password-saved-hint = Lascia vuoto per usare la password salvata nel portachiavi di sistema.
remember-password-label = Ricorda la password nel portachiavi di sistema
connect-server = Connetti al server

## Schermata iniziale

home-title = Panoramica
disconnect = Disconnetti
connection-heading = Connessione
connection-backend-label = Database
connection-location-label = Posizione
schema-version-label = Versione dello schema
backend-sqlite = Database integrato (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Impostazioni dell’installazione

settings-heading = Impostazioni dell’installazione
settings-description = Queste impostazioni valgono per tutti coloro che lavorano con questo database.
settings-loading = Caricamento delle impostazioni…
settings-load-retry = Riprova
org-name-label = Nome dell’organizzazione
vat-percent-label = IVA (%)
vat-percent-hint = Una percentuale da 0 a 100, ad esempio 22 o 4,5.
mark-payments-label = Contrassegna i pagamenti effettuati tramite un ufficio di rappresentanza
mark-payments-hint = Offre per ogni pagamento il contrassegno “pagato tramite un ufficio di rappresentanza”.
check-shipment-dates-label = Controlla le date di spedizione
check-shipment-dates-hint = Evidenzia le trattative la cui data di spedizione contrattuale manca o è già passata.
default-language-label = Lingua predefinita
settings-save = Salva le impostazioni
settings-saving = Salvataggio…
settings-saved = Impostazioni salvate.
conflict-hint = I tuoi valori sono ancora nel modulo. Accanto sono mostrati i valori ora memorizzati.
conflict-use-stored = Usa i valori memorizzati
conflict-save-mine = Salva comunque i miei valori

## Valori memorizzati

stored-heading = Memorizzato nel database
stored-description = I valori come li ha restituiti il database l’ultima volta.
stored-updated-at-label = Ultima modifica
value-yes = Sì
value-no = No
value-empty = (vuoto)
