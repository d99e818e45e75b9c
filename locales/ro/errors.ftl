# Messages rendered by the Rust side: command errors, field validation, notifications.

error-validation = Unele câmpuri necesită atenția dumneavoastră.
error-not-found = Această înregistrare nu mai există. Este posibil să fi fost ștearsă de altcineva.
error-conflict = Altcineva a salvat această înregistrare în timp ce o editați. Comparați modificările dumneavoastră cu versiunea salvată înainte de a salva din nou.
error-forbidden = Nu aveți permisiunea de a face acest lucru.
error-unknown-user = Contul de bază de date „{ $user }” nu are un utilizator Oriel CRM. Cereți unui administrator să creeze unul.
error-db-unavailable = Baza de date nu poate fi accesată. Verificați conexiunea la rețea sau serverul, apoi încercați din nou. ({ $detail })
error-not-connected = Nu este deschisă nicio bază de date. Alegeți mai întâi o bază de date.
error-keychain = Parola nu a putut fi păstrată în seiful de parole al sistemului: { $detail }
error-migration-failed = Baza de date nu a putut fi actualizată la această versiune de Oriel CRM: { $detail }
error-internal = Ceva nu a funcționat: { $detail }

field-required = Acest câmp este obligatoriu.
field-too_short =
    { $min ->
        [one] Introduceți cel puțin { $min } caracter.
        [few] Introduceți cel puțin { $min } caractere.
       *[other] Introduceți cel puțin { $min } de caractere.
    }
field-too_long =
    { $max ->
        [one] Introduceți cel mult { $max } caracter.
        [few] Introduceți cel mult { $max } caractere.
       *[other] Introduceți cel mult { $max } de caractere.
    }
field-not_a_number = Introduceți un număr.
field-out_of_range = Introduceți un număr între { $min } și { $max }.
field-too_many_decimals =
    { $max ->
        [one] Introduceți cel mult { $max } zecimală.
        [few] Introduceți cel mult { $max } zecimale.
       *[other] Introduceți cel mult { $max } de zecimale.
    }
field-not_a_choice = Alegeți una dintre valorile oferite.
field-unsupported_url = Introduceți un URL care începe cu postgres://, mysql://, mariadb:// sau sqlite://.
field-malformed = Această valoare nu are forma așteptată.
field-invalid_email = Introduceți adrese de e-mail valide, separate prin virgule.
field-invalid_currency_code = Introduceți un cod alfabetic valid.
field-state_and_marketing_currency = Moneda nu poate fi în același timp națională și de marketing.
field-duplicate_name = Există nume duplicate printre numele alternative.
field-invalid_slug = Folosiți doar literele a–z și A–Z, cifre, cratime și liniuțe de subliniere.
field-invalid_domain = Introduceți un nume de domeniu, de exemplu example.com.
field-invalid_url = Introduceți o adresă web care începe cu http:// sau https://.
field-invalid_phone = Număr de telefon inacceptabil: introduceți cel puțin 7 cifre.
field-name_is_prefix = Introduceți numele propriu-zis, nu doar un titlu precum dl. sau dr.
field-contact_or_lead = Selectați fie un contact, fie un lead.
field-company_or_lead = Selectați fie o companie, fie un lead.
field-department_owner_mismatch = Departamentul și proprietarul nu se potrivesc.
field-contact_not_of_company = Contactul nu aparține acestei companii.
field-city_not_of_country = Orașul nu se află în această țară.
field-date_in_past = Data nu ar trebui să fie în trecut.
field-amount_required = Specificați suma tranzacției.
field-country_required = Trebuie specificată o țară.
field-products_required = Trebuie specificat cel puțin un produs.
field-no_deal_from_request = Din această cerere nu se poate crea o tranzacție: are deja una sau este marcată ca duplicat ori incident.
field-state_currency_exists = Moneda națională există deja.
field-marketing_currency_exists = Moneda de marketing există deja.
field-already_added = Această înregistrare a fost deja adăugată cu succes. Readăugarea este blocată.
field-already_exists = Un astfel de obiect există deja: același nume cu același e-mail sau telefon.
field-ambiguous_match = Mai multe înregistrări din baza de date corespund acestei valori. Legați mai întâi înregistrarea potrivită.
field-currency_required = Specificați o monedă.

notification-request-assigned-title = Vi s-a atribuit o cerere nouă
notification-request-assigned-body = { $ticket }: { $subject }
