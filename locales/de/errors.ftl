# Meldungen der Rust-Seite: Befehlsfehler, Feldprüfung, Benachrichtigungen.

error-validation = Einige Felder müssen noch korrigiert werden.
error-not-found = Dieser Datensatz existiert nicht mehr. Möglicherweise wurde er von jemand anderem gelöscht.
error-conflict = Jemand anderes hat diesen Datensatz gespeichert, während Sie ihn bearbeitet haben. Vergleichen Sie Ihre Änderungen mit der gespeicherten Fassung, bevor Sie erneut speichern.
error-forbidden = Dazu sind Sie nicht berechtigt.
error-unknown-user = Zur Datenbankanmeldung „{ $user }“ gibt es keinen Oriel-CRM-Benutzer. Bitten Sie einen Administrator, ihn anzulegen.
error-db-unavailable = Die Datenbank ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung oder den Server und versuchen Sie es erneut. ({ $detail })
error-not-connected = Es ist keine Datenbank geöffnet. Wählen Sie zuerst eine Datenbank.
error-keychain = Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden: { $detail }
error-migration-failed = Die Datenbank konnte nicht auf diese Version von Oriel CRM aktualisiert werden: { $detail }
error-internal = Etwas ist schiefgelaufen: { $detail }

field-required = Dieses Feld ist erforderlich.
field-too_short = Geben Sie mindestens { $min } Zeichen ein.
field-too_long = Geben Sie höchstens { $max } Zeichen ein.
field-not_a_number = Geben Sie eine Zahl ein.
field-out_of_range = Geben Sie eine Zahl von { $min } bis { $max } ein.
field-too_many_decimals = Geben Sie höchstens { $max } Nachkommastellen ein.
field-not_a_choice = Wählen Sie einen der angebotenen Werte.
field-unsupported_url = Geben Sie eine URL ein, die mit postgres://, mysql://, mariadb:// oder sqlite:// beginnt.
field-malformed = Dieser Wert hat nicht die erwartete Form.
field-invalid_email = Geben Sie gültige E-Mail-Adressen ein, durch Kommas getrennt.
field-invalid_currency_code = Geben Sie einen gültigen Buchstabencode ein.
field-state_and_marketing_currency = Eine Währung kann nicht zugleich Landes- und Marketingwährung sein.
field-duplicate_name = Die alternativen Namen enthalten einen Namen mehrfach.
field-invalid_slug = Verwenden Sie nur die Buchstaben a–z und A–Z, Ziffern, Binde- und Unterstriche.
field-invalid_domain = Geben Sie einen Domainnamen wie example.com ein.
field-invalid_url = Geben Sie eine Webadresse ein, die mit http:// oder https:// beginnt.
field-invalid_phone = Unzulässige Telefonnummer: Geben Sie mindestens 7 Ziffern ein.
field-name_is_prefix = Geben Sie den Namen selbst ein, nicht nur eine Anrede wie Mr. oder Dr.
field-contact_or_lead = Wählen Sie entweder eine Kontaktperson oder einen Lead, nicht beides.
field-company_or_lead = Wählen Sie entweder ein Unternehmen oder einen Lead, nicht beides.
field-department_owner_mismatch = Abteilung und Verantwortlicher passen nicht zusammen.
field-contact_not_of_company = Die Kontaktperson gehört nicht zu diesem Unternehmen.
field-city_not_of_country = Die Stadt liegt nicht in diesem Land.
field-date_in_past = Das Datum darf nicht in der Vergangenheit liegen.
field-amount_required = Geben Sie den Betrag des Geschäfts an.
field-country_required = Ein Land muss angegeben werden.
field-products_required = Mindestens ein Produkt muss angegeben werden.
field-no_deal_from_request = Aus dieser Anfrage kann kein Geschäft entstehen: Es gibt schon eines, oder sie ist als Duplikat oder Vorfall markiert.
field-already_added = Dieser Datensatz wurde bereits erfolgreich angelegt. Erneutes Anlegen ist gesperrt.
field-already_exists = Ein solcher Datensatz existiert bereits: derselbe Name mit derselben E-Mail-Adresse oder Telefonnummer.
field-ambiguous_match = Mehrere Datensätze in der Datenbank passen zu diesem Wert. Verknüpfen Sie zuerst den richtigen.
field-currency_required = Bitte geben Sie eine Währung an.

notification-request-assigned-title = Neue Anfrage für Sie
notification-request-assigned-body = { $ticket }: { $subject }
