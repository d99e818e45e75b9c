# Messages rendered by the Rust side: command errors, field validation, notifications.

error-validation = Některá pole vyžadují vaši pozornost.
error-not-found = Tento záznam už neexistuje. Možná ho smazal někdo jiný.
error-conflict = Někdo jiný uložil tento záznam, zatímco jste ho upravovali. Než ho znovu uložíte, porovnejte své změny s uloženou verzí.
error-forbidden = K této akci nemáte oprávnění.
error-unknown-user = K databázovému přihlášení „{ $user }“ nepatří žádný uživatel Oriel CRM. Požádejte správce, aby ho vytvořil.
error-db-unavailable = Databáze není dostupná. Zkontrolujte síťové připojení nebo server a zkuste to znovu. ({ $detail })
error-not-connected = Není otevřená žádná databáze. Nejprve vyberte databázi.
error-keychain = Heslo se nepodařilo uložit do systémové klíčenky: { $detail }
error-migration-failed = Databázi se nepodařilo aktualizovat na tuto verzi Oriel CRM: { $detail }
error-internal = Něco se pokazilo: { $detail }

field-required = Toto pole je povinné.
field-too_short =
    { $min ->
        [one] Zadejte alespoň { $min } znak.
        [few] Zadejte alespoň { $min } znaky.
        [many] Zadejte alespoň { $min } znaku.
       *[other] Zadejte alespoň { $min } znaků.
    }
field-too_long =
    { $max ->
        [one] Zadejte nejvýše { $max } znak.
        [few] Zadejte nejvýše { $max } znaky.
        [many] Zadejte nejvýše { $max } znaku.
       *[other] Zadejte nejvýše { $max } znaků.
    }
field-not_a_number = Zadejte číslo.
field-out_of_range = Zadejte číslo od { $min } do { $max }.
field-too_many_decimals =
    { $max ->
        [one] Zadejte nejvýše { $max } desetinné místo.
        [few] Zadejte nejvýše { $max } desetinná místa.
        [many] Zadejte nejvýše { $max } desetinného místa.
       *[other] Zadejte nejvýše { $max } desetinných míst.
    }
field-not_a_choice = Vyberte jednu z nabízených hodnot.
field-unsupported_url = Zadejte URL, které začíná na postgres://, mysql://, mariadb:// nebo sqlite://.
field-malformed = Tato hodnota nemá očekávaný formát.
field-invalid_email = Zadejte platné e-mailové adresy oddělené čárkami.
field-invalid_currency_code = Zadejte platný písmenný kód.
field-state_and_marketing_currency = Měna nemůže být zároveň národní i marketingová.
field-duplicate_name = V alternativních názvech se vyskytují duplicitní názvy.
field-invalid_slug = Používejte pouze písmena a–z a A–Z, číslice, spojovníky a podtržítka.
field-invalid_domain = Zadejte název domény, například example.com.
field-invalid_url = Zadejte webovou adresu, která začíná na http:// nebo https://.
field-invalid_phone = Nepřípustné telefonní číslo: zadejte alespoň 7 číslic.
field-name_is_prefix = Zadejte samotné jméno, ne jen oslovení nebo titul, jako je pan nebo Ing.
field-contact_or_lead = Vyberte buď kontakt, nebo lead.
field-company_or_lead = Vyberte buď společnost, nebo lead.
field-department_owner_mismatch = Oddělení a vlastník si neodpovídají.
field-contact_not_of_company = Kontakt nepatří k této společnosti.
field-city_not_of_country = Město neleží v této zemi.
field-date_in_past = Datum by nemělo být v minulosti.
field-amount_required = Zadejte částku obchodu.
field-country_required = Je nutné uvést zemi.
field-products_required = Je nutné uvést alespoň jeden produkt.
field-no_deal_from_request = Z této poptávky nelze vytvořit obchod: už jeden má, nebo je označena jako duplikát či servisní případ.
field-state_currency_exists = Národní měna už existuje.
field-marketing_currency_exists = Marketingová měna už existuje.
field-already_added = Tento záznam už byl úspěšně přidán. Opětovné přidání je zablokováno.
field-already_exists = Takový objekt už existuje: stejné jméno se stejným e-mailem nebo telefonem.
field-ambiguous_match = Této hodnotě odpovídá v databázi několik záznamů. Nejprve propojte ten správný.
field-currency_required = Zadejte prosím měnu.

notification-request-assigned-title = Byla vám přidělena nová poptávka
notification-request-assigned-body = { $ticket }: { $subject }
