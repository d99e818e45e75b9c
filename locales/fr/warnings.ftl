# Remarques affichées à côté d’une fiche enregistrée ou ouverte sans erreur, mais qui demande de l’attention.

warning-specify-products = Indiquez les produits.
warning-country-not-specified = Le pays n’est pas indiqué dans la demande.
warning-counterparty-assigned = La contrepartie trouvée est attribuée à { $username }.
warning-lead-disqualified = Ce prospect est disqualifié ! Veuillez lire la description.
warning-no-state-currency = La devise nationale doit être indiquée.
warning-no-marketing-currency = La devise marketing doit être indiquée.
