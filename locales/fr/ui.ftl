# Les écrans de travail : navigation, listes, formulaires, palette de commandes et raccourcis.

## Actions courantes

# $entity est le singulier de fields.ftl ; « Créer » évite d’accorder « nouveau/nouvelle » en genre.
action-new = Créer { $entity }
action-cancel = Annuler
action-close = Fermer
action-retry = Réessayer
action-back-to = Retour : { $list }

## Navigation

nav-label = Navigation principale
nav-home = Vue d’ensemble
nav-pipeline = Pipeline
nav-unknown = Cet écran n’existe pas.
nav-pending = { $older } en attente depuis les jours précédents, { $today } reçues aujourd’hui
nav-group-sales = Ventes
nav-group-customers = Clients
nav-group-goods = Produits et finances
nav-group-reference = Listes de référence
nav-group-admin = Administration

## Listes

list-count =
    { $count ->
        [one] { $count } fiche
       *[other] { $count } fiches
    }
list-empty = Rien ici pour le moment.
list-loading = Chargement…
list-search-placeholder = Rechercher dans cette liste
list-mine = Uniquement les miennes
list-filters = Filtres
list-views = Vues enregistrées
list-view-name = Nom de la vue
list-view-save = Enregistrer la vue
list-view-delete = Supprimer la vue « { $name } »
filter-any = Indifférent
filter-clear = Effacer les filtres

## Actions groupées

bulk-label = Actions sur les fiches sélectionnées
bulk-selected =
    { $count ->
        [one] { $count } sélectionnée
       *[other] { $count } sélectionnées
    }
bulk-select-all = Sélectionner toutes les fiches chargées
bulk-select-row = Sélectionner { $name }
bulk-owner = Changer de responsable
bulk-tag = Ajouter une étiquette
bulk-delete = Supprimer la sélection
bulk-progress = { $done } sur { $total } traitées
bulk-failed = Fiche n° { $id } : { $message }

## Formulaire de la fiche

record-save = Enregistrer
record-saving = Enregistrement…
record-saved = Enregistré.
record-revert = Annuler mes modifications
record-delete = Supprimer
record-delete-confirm = Supprimer cette fiche ? Elle sera placée dans la corbeille et pourra être restaurée.
picker-search = Tapez pour rechercher…
picker-clear = Effacer le choix
picker-remove = Retirer { $name }

## Historique

history-title = Historique
history-empty = Aucune modification enregistrée pour le moment.
history-unavailable = L’historique n’a pas pu être chargé.
history-system = Oriel CRM
history-action-create = Création
history-action-update = Modification
history-action-delete = Suppression
history-action-restore = Restauration
history-action-merge = Fusion
history-action-purge = Suppression définitive

## Conflits de modification

conflict-title = Quelqu’un d’autre a enregistré cette fiche pendant que vous la modifiiez
conflict-explanation = Rien de ce que vous avez saisi n’est perdu. Pour chaque champ qui diffère, choisissez la valeur à conserver, puis enregistrez.
conflict-field = Champ
conflict-mine = Votre saisie
conflict-stored = Enregistré par l’autre personne
conflict-base = Au début de votre modification
conflict-all-mine = Garder toutes mes valeurs
conflict-all-stored = Prendre toutes celles de l’autre personne
conflict-back = Revenir à mon formulaire
conflict-apply = Enregistrer mon choix

## Processus

workflow-request-to-deal = Transformer en affaire
workflow-open-deal = Ouvrir l’affaire
workflow-lead-convert = Convertir en entreprise et contact
workflow-converted = Le prospect est converti
workflow-company-created = Nouvelle entreprise créée :
workflow-company-found = Entreprise existante trouvée et utilisée :
workflow-contact-created = Nouveau contact créé :
workflow-contact-found = Contact existant trouvé et utilisé :
workflow-record-payment = Enregistrer un paiement
workflow-merge = Fusionner le doublon
workflow-merge-title = Fusionner cette fiche avec une autre
workflow-merge-explanation = Cette fiche est le doublon : ses fiches liées passent à l’original, puis elle est supprimée.
workflow-merge-original = Fiche d’origine
workflow-merge-confirm = Fusionner avec l’original
workflow-transfer = Transférer le responsable
workflow-transfer-title = Confier cette entreprise à un autre responsable
workflow-transfer-explanation = Ses contacts la suivent.
workflow-transfer-owner = Nouveau responsable
workflow-transfer-confirm = Transférer

## Palette de commandes et raccourcis

palette-open = Rechercher ou exécuter une commande…
palette-shortcut = Ctrl K
palette-label = Palette de commandes
palette-placeholder = Trouver une fiche ou une action
palette-action = Action
palette-nothing = Aucun résultat.
palette-searching = Recherche…
palette-go = Aller à : { $area }
palette-theme = Changer le thème de couleurs
palette-language = Langue : { $language }
shortcut-title = Raccourcis clavier
shortcut-palette = Ouvrir la palette de commandes
shortcut-save = Enregistrer le formulaire ouvert
shortcut-new = Nouvelle fiche dans cette liste
shortcut-search = Rechercher dans cette liste
shortcut-help = Afficher ces raccourcis
shortcut-go-requests = Aller aux demandes
shortcut-go-deals = Aller aux affaires
shortcut-go-pipeline = Aller au pipeline
shortcut-go-companies = Aller aux entreprises
shortcut-go-contacts = Aller aux contacts
shortcut-go-leads = Aller aux prospects
shortcut-list-move = Se déplacer dans une liste et ouvrir une ligne
shortcut-close = Fermer une boîte de dialogue

## Thème et état de la connexion

theme-switch = Thème de couleurs
theme-system = Thème : système
theme-light = Thème : clair
theme-dark = Thème : sombre
offline-message = La base de données est injoignable. Votre saisie est conservée ; Oriel CRM réessaie à intervalles de quelques secondes.
offline-retry = Réessayer maintenant

## Montants de l’affaire

deal-money-amount = Montant de l’affaire
deal-money-paid = Payé
deal-money-expected = Reste attendu

## Sections du formulaire

section-person = Personne
section-reach = Coordonnées
section-place = Adresse
section-classification = Classification
section-notes = Notes
section-company = Entreprise
section-ownership = Responsable
section-inquiry = Demande
section-sender = Expéditeur
section-matches = Fiches correspondantes
section-state = État
section-deal = Affaire
section-money = Montants
section-counterparty = Client

## Corbeille

list-trash = Corbeille
record-in-trash = Cette fiche est dans la corbeille.
record-restore = Restaurer

## Notifications

notices-button = Notifications
notices-open =
    { $count ->
        [one] Notifications, { $count } non lue
       *[other] Notifications, { $count } non lues
    }
notices-title = Notifications
notices-none = Aucune notification.
notices-mark-all = Tout marquer comme lu

## Tuiles de la vue d’ensemble

today-title = Aujourd’hui
today-requests = Demandes en attente de traitement
today-deals = Mes affaires en cours
today-due = Mes prochaines étapes prévues aujourd’hui ou en retard
notices-while-away = Pendant votre absence
notices-include-own = Me notifier aussi des demandes que je m’attribue
