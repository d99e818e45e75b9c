# Messaggi generati dal lato Rust: errori dei comandi, convalida dei campi, notifiche.

error-validation = Alcuni campi richiedono la tua attenzione.
error-not-found = Questo record non esiste più. Potrebbe essere stato eliminato da qualcun altro.
error-conflict = Qualcun altro ha salvato questo record mentre lo stavi modificando. Confronta le tue modifiche con la versione memorizzata prima di salvare di nuovo.
error-forbidden = Non hai l’autorizzazione per farlo.
error-unknown-user = L’utente del database “{ $user }” non ha un utente Oriel CRM. Chiedi a un amministratore di crearne uno.
error-db-unavailable = Il database non è raggiungibile. Controlla la connessione di rete o il server, quindi riprova. ({ $detail })
error-not-connected = Nessun database è aperto. Scegli prima un database.
error-keychain = Non è stato possibile conservare la password nel portachiavi di sistema: { $detail }
error-migration-failed = Non è stato possibile aggiornare il database a questa versione di Oriel CRM: { $detail }
error-internal = Qualcosa è andato storto: { $detail }

field-required = Questo campo è obbligatorio.
field-too_short =
    { $min ->
        [one] Inserisci almeno { $min } carattere.
       *[other] Inserisci almeno { $min } caratteri.
    }
field-too_long =
    { $max ->
        [one] Inserisci al massimo { $max } carattere.
       *[other] Inserisci al massimo { $max } caratteri.
    }
field-not_a_number = Inserisci un numero.
field-out_of_range = Inserisci un numero compreso tra { $min } e { $max }.
field-too_many_decimals =
    { $max ->
        [0] Inserisci un numero intero, senza decimali.
        [one] Inserisci al massimo { $max } cifra dopo la virgola.
       *[other] Inserisci al massimo { $max } cifre dopo la virgola.
    }
field-not_a_choice = Scegli uno dei valori proposti.
field-unsupported_url = Inserisci un URL che inizi con postgres://, mysql://, mariadb:// o sqlite://.
field-malformed = Questo valore non ha il formato previsto.
field-invalid_email = Inserisci indirizzi e-mail validi, separati da virgole.
field-invalid_currency_code = Inserisci un codice alfabetico valido.
field-state_and_marketing_currency = La valuta non può essere contemporaneamente nazionale e di marketing.
field-duplicate_name = Sono presenti nomi duplicati tra i nomi alternativi.
field-invalid_slug = Usa solo le lettere a–z e A–Z, cifre, trattini e trattini bassi.
field-invalid_domain = Inserisci un nome di dominio come example.com.
field-invalid_url = Inserisci un indirizzo web che inizi con http:// o https://.
field-invalid_phone = Numero di telefono non valido: inserisci almeno 7 cifre.
field-name_is_prefix = Inserisci il nome vero e proprio, non solo un titolo come Sig. o Dott.
field-contact_or_lead = Seleziona solo un contatto oppure solo un lead.
field-company_or_lead = Seleziona solo un’azienda oppure solo un lead.
field-department_owner_mismatch = Reparto e responsabile non corrispondono.
field-contact_not_of_company = Il contatto non corrisponde all’azienda.
field-city_not_of_country = La città non corrisponde al paese.
field-date_in_past = La data non deve essere nel passato.
field-amount_required = Specifica l’importo della trattativa.
field-country_required = È necessario specificare un paese.
field-products_required = È necessario specificare almeno un prodotto.
field-no_deal_from_request = Da questa richiesta non si può creare una trattativa: ne ha già una, oppure è contrassegnata come duplicato o come caso di assistenza.
field-state_currency_exists = Esiste già una valuta nazionale.
field-marketing_currency_exists = Esiste già una valuta di marketing.
field-already_added = Questo record è già stato aggiunto correttamente. Non è possibile aggiungerlo di nuovo.
field-already_exists = Esiste già un elemento simile: lo stesso nome con la stessa e-mail o lo stesso telefono.
field-ambiguous_match = Più record del database corrispondono a questo valore. Collega prima quello giusto.
field-currency_required = Specifica una valuta.

notification-request-assigned-title = Nuova richiesta assegnata a te
notification-request-assigned-body = { $ticket }: { $subject }
