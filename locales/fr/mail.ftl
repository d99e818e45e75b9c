# E-mail du CRM (R-EMAIL) : messages des champs, textes ajoutés aux courriers et informations données à l’utilisateur.

field-not_allowed_address = Adresse non autorisée : { $address }
field-no_recipient = Aucun destinataire
field-empty_letter = Veuillez renseigner l’objet et le texte du message.
field-no_sending_account = Pour envoyer un message, vous devez disposer d’un compte e-mail marqué comme principal.
field-sent_from_crm = Ce message a été envoyé depuis le CRM ; il est déjà enregistré.
field-not_an_inquiry = Seul un e-mail entrant marqué comme demande de renseignements devient une demande.

# R-EMAIL-9 : termine un courrier d’une affaire ou d’une demande ; le ticket relie la correspondance.
email-keep-ticket = Votre demande a reçu le ticket [ticket:{ $ticket }]. Merci de le conserver dans l’objet de vos réponses afin que nous retrouvions immédiatement nos échanges.

# R-EMAIL-4 : ce qui est indiqué à l’expéditeur et ce que consigne le déroulement de l’affaire.
email-sent-to = L’e-mail a été envoyé à « { $recipient } »
email-sent-to-cc = L’e-mail a été envoyé à « { $recipient } », « { $cc } »
email-send-failed = Échec : { $error }
# R-DEAL-6, R-EMAIL-10 : la ligne du déroulement de l’affaire pour un e-mail reçu.
email-received-from = E-mail reçu de « { $sender } »

# R-EMAIL-5 : l’en-tête au-dessus de la correspondance citée ou transférée.
email-reply-header = Le { $date }, { $sender } a écrit :
email-forward-header =
    ---------- Message transféré ----------
    De : { $sender }
    Date : { $date }
    Objet : { $subject }
    À : { $to }

# R-EMAIL-11 : la note de la liste de la boîte d’envoi.
email-outbox-note = Veuillez noter qu’il s’agit d’une liste d’e-mails non envoyés.
