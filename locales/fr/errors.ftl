# Messages produits côté Rust : erreurs des commandes, validation des champs, notifications.

error-validation = Certains champs nécessitent votre attention.
error-not-found = Cette fiche n’existe plus. Elle a peut-être été supprimée par quelqu’un d’autre.
error-conflict = Quelqu’un d’autre a enregistré cette fiche pendant que vous la modifiiez. Comparez vos modifications avec la version enregistrée avant d’enregistrer à nouveau.
error-forbidden = Vous n’êtes pas autorisé à effectuer cette action.
error-unknown-user = L’identifiant de base de données « { $user } » n’a pas d’utilisateur Oriel CRM. Demandez à un administrateur d’en créer un.
error-db-unavailable = La base de données est injoignable. Vérifiez la connexion réseau ou le serveur, puis réessayez. ({ $detail })
error-not-connected = Aucune base de données n’est ouverte. Choisissez d’abord une base de données.
error-keychain = Le mot de passe n’a pas pu être conservé dans le trousseau du système : { $detail }
error-migration-failed = La base de données n’a pas pu être mise à niveau vers cette version d’Oriel CRM : { $detail }
error-internal = Une erreur s’est produite : { $detail }

field-required = Ce champ est obligatoire.
field-too_short =
    { $min ->
        [one] Saisissez au moins { $min } caractère.
       *[other] Saisissez au moins { $min } caractères.
    }
field-too_long =
    { $max ->
        [one] Saisissez au plus { $max } caractère.
       *[other] Saisissez au plus { $max } caractères.
    }
field-not_a_number = Saisissez un nombre.
field-out_of_range = Saisissez un nombre compris entre { $min } et { $max }.
field-too_many_decimals =
    { $max ->
        [0] Saisissez un nombre entier, sans décimales.
        [one] Saisissez au plus { $max } chiffre après la virgule.
       *[other] Saisissez au plus { $max } chiffres après la virgule.
    }
field-not_a_choice = Choisissez l’une des valeurs proposées.
field-unsupported_url = Saisissez une URL qui commence par postgres://, mysql://, mariadb:// ou sqlite://.
field-malformed = Cette valeur n’a pas la forme attendue.
field-invalid_email = Saisissez des adresses e-mail valides, séparées par des virgules.
field-invalid_currency_code = Saisissez un code alphabétique valide.
field-state_and_marketing_currency = Une devise ne peut pas être à la fois nationale et marketing.
field-duplicate_name = Les noms alternatifs contiennent des doublons.
field-invalid_slug = Utilisez uniquement les lettres a–z et A–Z, les chiffres, les traits d’union et les tirets bas.
field-invalid_domain = Saisissez un nom de domaine comme example.com.
field-invalid_url = Saisissez une adresse web qui commence par http:// ou https://.
field-invalid_phone = Numéro de téléphone non valide : saisissez au moins 7 chiffres.
field-name_is_prefix = Saisissez le nom lui-même, pas seulement une civilité comme M. ou Dr.
field-contact_or_lead = Sélectionnez soit un contact, soit un prospect.
field-company_or_lead = Sélectionnez soit une entreprise, soit un prospect.
field-department_owner_mismatch = Le service et le responsable ne correspondent pas.
field-contact_not_of_company = Le contact ne correspond pas à l’entreprise.
field-city_not_of_country = La ville ne correspond pas au pays.
field-date_in_past = La date ne doit pas être dans le passé.
field-amount_required = Indiquez le montant de l’affaire.
field-country_required = Un pays doit être indiqué.
field-products_required = Au moins un produit doit être indiqué.
field-no_deal_from_request = Impossible de créer une affaire à partir de cette demande : elle en a déjà une, ou elle est marquée comme doublon ou comme incident.
field-state_currency_exists = Une devise nationale existe déjà.
field-marketing_currency_exists = Une devise marketing existe déjà.
field-already_added = Cette fiche a déjà été ajoutée avec succès. Impossible de l’ajouter à nouveau.
field-already_exists = Une telle fiche existe déjà : le même nom avec le même e-mail ou le même téléphone.
field-ambiguous_match = Plusieurs fiches de la base de données correspondent à cette valeur. Associez d’abord la bonne.
field-currency_required = Veuillez indiquer une devise.

notification-request-assigned-title = Nouvelle demande qui vous est attribuée
notification-request-assigned-body = { $ticket } : { $subject }
