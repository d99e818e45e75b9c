# Envois en masse (DOMAIN.md §12) et formulaires web (R-REQ-13, R-REQ-14) : refus, avis et lignes que le
# CRM écrit dans les rapports d’envoi.

field-no_mailing_account = Aucun compte de messagerie n’est disponible pour les envois en masse. Veuillez contacter votre administrateur.
field-mixed_owners = Veuillez sélectionner uniquement des destinataires ayant le même responsable.
field-no_recipients = Résultat incorrect : aucun destinataire ! Faites une autre sélection.
field-no_main_account = Veuillez d’abord ajouter votre compte e-mail principal.
field-two_accounts_needed = Au moins deux de vos comptes de messagerie sont nécessaires pour envoyer un message de test.
field-mailings_differ = Seuls les envois ayant le même responsable, le même type de destinataire et le même message peuvent être fusionnés.
field-after_later_than_before = La date de début ne doit pas être postérieure à la date de fin.

massmail-untitled = Sans titre
massmail-united = (fusionné)
massmail-unsubscribed-excluded = Les utilisateurs désinscrits ont été exclus de la liste de diffusion.
massmail-no-weekend-sending = Veuillez noter que les envois ne partent pas les vendredis, samedis et dimanches.
massmail-no-account-paused = Vous ne disposez d’aucun compte e-mail disponible pour les envois en masse.
massmail-vip-only = Votre seul compte d’envoi est votre compte principal : cet envoi ne peut atteindre que les destinataires VIP.
massmail-default-unsubscribe-url = Le lien de désinscription mène toujours à l’adresse par défaut. Veuillez demander à votre administrateur de définir la vôtre.
massmail-done = { $date } Terminé avec succès.
massmail-recipient-failed = { $date } { $recipient } : { $reason }
massmail-account-failed = { $date } Le compte { $account } a été refusé : { $reason }
massmail-excluded = Nombre de destinataires exclus : { $count }.
massmail-test-sent = Un message de test a été envoyé à { $count } de vos comptes.
massmail-account-refused-subject = Envoi en masse : le compte { $account } a été désactivé
massmail-account-refused-text = Le serveur de messagerie a refusé le compte { $account } ({ $sender }) : { $reason }. Ses envois ont été marqués comme échoués.

webform-thanks = Bonjour { $name }, merci pour votre demande !
webform-invalid-subject = Formulaire web : données non valides
webform-invalid-text = Un formulaire web a été envoyé avec des données non valides.
webform-unknown-source-subject = Formulaire web : source de prospects inconnue
webform-unknown-source-text = Un formulaire web a été envoyé avec un jeton de source de prospects qui ne correspond à aucune source de prospects.
webform-country-error-subject = Erreur de nom de pays.
webform-country-error-text = Un formulaire web a indiqué un pays que le CRM ne connaît pas : { $country }
webform-inquiry-content =
    Nom : { $name }
    Téléphone : { $phone }
    E-mail : { $email }
    Entreprise : { $company }
    Message : { $message }
