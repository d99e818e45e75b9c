# Messages rendered by the Rust side: command errors, field validation, notifications.

error-validation = Some fields need your attention.
error-not-found = This record no longer exists. It may have been deleted by someone else.
error-conflict = Someone else saved this record while you were editing it. Compare your changes with the stored version before saving again.
error-forbidden = You are not allowed to do this.
error-unknown-user = The database login “{ $user }” has no Oriel CRM user. Ask an administrator to create one.
error-db-unavailable = The database cannot be reached. Check the network connection or the server, then try again. ({ $detail })
error-not-connected = No database is open. Choose a database first.
error-keychain = The password could not be kept in the system keychain: { $detail }
error-migration-failed = The database could not be upgraded to this version of Oriel CRM: { $detail }
error-internal = Something went wrong: { $detail }

field-required = This field is required.
field-too_short = Enter at least { $min } characters.
field-too_long = Enter at most { $max } characters.
field-not_a_number = Enter a number.
field-out_of_range = Enter a number from { $min } to { $max }.
field-too_many_decimals = Enter at most { $max } digits after the decimal point.
field-not_a_choice = Choose one of the offered values.
field-unsupported_url = Enter a URL that starts with postgres://, mysql://, mariadb:// or sqlite://.
field-malformed = This value is not in the expected form.
field-invalid_email = Enter valid e-mail addresses, separated by commas.
field-invalid_currency_code = Enter a valid alphabetic code.
field-state_and_marketing_currency = The currency cannot be both state and marketing.
field-duplicate_name = Duplicate names found in alternative names.
field-invalid_slug = Use only the letters a–z and A–Z, digits, hyphens and underscores.
field-invalid_domain = Enter a domain name such as example.com.
field-invalid_url = Enter a web address that starts with http:// or https://.
field-invalid_phone = Unacceptable phone number value: enter at least 7 digits.
field-name_is_prefix = Enter the name itself, not only a title such as Mr. or Dr.
field-contact_or_lead = Select only a contact or only a lead.
field-company_or_lead = Select only a company or only a lead.
field-department_owner_mismatch = Department and Owner do not match.
field-contact_not_of_company = Contact does not match the company.
field-city_not_of_country = City does not match the country.
field-date_in_past = Date should not be in the past.
field-amount_required = Specify the deal amount.
field-country_required = A country must be specified.
field-products_required = At least one product must be specified.
field-no_deal_from_request = No deal can be made from this request: it already has one, or it is marked as a duplicate or a case.
field-already_added = This record was added successfully already. Re-adding blocked.
field-already_exists = Such an object already exists: the same name with the same e-mail or phone.
field-ambiguous_match = Several records in the database fit this value. Link the right one first.
field-currency_required = Please specify a currency.

notification-request-assigned-title = New request assigned to you
notification-request-assigned-body = { $ticket }: { $subject }
