# Avis et e-mails de notification (DOMAIN.md §14), dans la langue de l’utilisateur destinataire.

notice-request-received = Vous avez reçu la demande
notice-request-co-owner = Vous êtes co-responsable de la demande
notice-deal-received = Vous avez reçu l’affaire
notice-deal-co-owner = Vous êtes co-responsable de l’affaire
notice-product-shipped = Le produit a été expédié.
notice-reminder = Rappel du CRM : { $subject }
notice-no-email-address = { $username } n’a pas d’adresse e-mail : l’e-mail « { $subject } » ne lui est donc pas parvenu. Ajoutez une adresse à son utilisateur.

# R-NOTIF-5 : ce qui est signalé aux administrateurs.
admin-notice-invalid-web-form = Un formulaire web a été envoyé avec un jeton de formulaire inconnu ou non valide.
admin-notice-unknown-country = Un nom de pays n’a pas été reconnu.
admin-notice-rate-provider = Les taux de change n’ont pas pu être chargés.
admin-notice-mailbox = Une boîte aux lettres n’a pas pu être lue ou utilisée pour l’envoi.
admin-notice-massmail-account = Un compte d’envoi en masse a échoué.
admin-notice-import = Une importation a échoué.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = Nouvelle demande qui vous est attribuée
announce-request-co-owner = Vous êtes maintenant co-responsable d’une demande
announce-while-away-title = Pendant votre absence : { $title }
announce-request-body = { $request } — attribuée par { $by }
announce-while-away = Pendant votre absence
announce-while-away-count =
    { $count ->
        [one] Une demande vous a été attribuée.
       *[other] { $count } demandes vous ont été attribuées.
    }
announce-open = Ouvrir
