# Messages rendered by the Rust side: command errors, field validation, notifications.

error-validation = Sommige velden vragen uw aandacht.
error-not-found = Dit record bestaat niet meer. Misschien heeft iemand anders het verwijderd.
error-conflict = Iemand anders heeft dit record opgeslagen terwijl u het bewerkte. Vergelijk uw wijzigingen met de opgeslagen versie voordat u opnieuw opslaat.
error-forbidden = U hebt geen toestemming om dit te doen.
error-unknown-user = Bij de databaselogin ‘{ $user }’ hoort geen gebruiker van Oriel CRM. Vraag een beheerder er een aan te maken.
error-db-unavailable = De database is niet bereikbaar. Controleer de netwerkverbinding of de server en probeer het opnieuw. ({ $detail })
error-not-connected = Er is geen database geopend. Kies eerst een database.
error-keychain = Het wachtwoord kon niet in de sleutelhanger van het systeem worden bewaard: { $detail }
error-migration-failed = De database kon niet worden bijgewerkt naar deze versie van Oriel CRM: { $detail }
error-internal = Er is iets misgegaan: { $detail }

field-required = Dit veld is verplicht.
field-too_short =
    { $min ->
        [one] Voer minstens { $min } teken in.
       *[other] Voer minstens { $min } tekens in.
    }
field-too_long =
    { $max ->
        [one] Voer hoogstens { $max } teken in.
       *[other] Voer hoogstens { $max } tekens in.
    }
field-not_a_number = Voer een getal in.
field-out_of_range = Voer een getal van { $min } tot { $max } in.
field-too_many_decimals =
    { $max ->
        [one] Voer hoogstens { $max } cijfer achter de komma in.
       *[other] Voer hoogstens { $max } cijfers achter de komma in.
    }
field-not_a_choice = Kies een van de aangeboden waarden.
field-unsupported_url = Voer een URL in die begint met postgres://, mysql://, mariadb:// of sqlite://.
field-malformed = Deze waarde heeft niet de verwachte vorm.
field-invalid_email = Voer geldige e-mailadressen in, gescheiden door komma’s.
field-invalid_currency_code = Voer een geldige lettercode in.
field-state_and_marketing_currency = Een valuta kan niet tegelijk de nationale valuta en de marketingvaluta zijn.
field-duplicate_name = Er staan dubbele namen in de alternatieve namen.
field-invalid_slug = Gebruik alleen de letters a–z en A–Z, cijfers, koppeltekens en underscores.
field-invalid_domain = Voer een domeinnaam in, zoals example.com.
field-invalid_url = Voer een webadres in dat begint met http:// of https://.
field-invalid_phone = Ongeldig telefoonnummer: voer minstens 7 cijfers in.
field-name_is_prefix = Voer de naam zelf in, niet alleen een aanspreekvorm of titel zoals dhr. of dr.
field-contact_or_lead = Selecteer alleen een contactpersoon of alleen een lead.
field-company_or_lead = Selecteer alleen een bedrijf of alleen een lead.
field-department_owner_mismatch = Afdeling en eigenaar komen niet overeen.
field-contact_not_of_company = De contactpersoon hoort niet bij dit bedrijf.
field-city_not_of_country = De plaats ligt niet in dit land.
field-date_in_past = De datum mag niet in het verleden liggen.
field-amount_required = Geef het bedrag van de deal op.
field-country_required = Er moet een land worden opgegeven.
field-products_required = Er moet minstens één product worden opgegeven.
field-no_deal_from_request = Van deze aanvraag kan geen deal worden gemaakt: er is al een deal, of de aanvraag is gemarkeerd als duplicaat of incident.
field-state_currency_exists = Er bestaat al een nationale valuta.
field-marketing_currency_exists = Er bestaat al een marketingvaluta.
field-already_added = Dit record is al met succes toegevoegd. Opnieuw toevoegen is geblokkeerd.
field-already_exists = Een dergelijk object bestaat al: dezelfde naam met hetzelfde e-mailadres of telefoonnummer.
field-ambiguous_match = Meerdere records in de database passen bij deze waarde. Koppel eerst het juiste.
field-currency_required = Geef een valuta op.

notification-request-assigned-title = Nieuwe aanvraag aan u toegewezen
notification-request-assigned-body = { $ticket }: { $subject }
