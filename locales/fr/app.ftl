# Tous les textes affichés par la fenêtre de l’application. Les messages produits par Rust se trouvent dans errors.ftl.

## Cadre de l’application

app-name = Oriel CRM
app-starting = Démarrage…
app-start-failed = Oriel CRM n’a pas pu démarrer
app-start-retry = Réessayer
locale-switch-label = Langue
unexpected-error = Un problème inattendu est survenu. Veuillez réessayer et redémarrer Oriel CRM si le problème persiste.

## Écran de connexion

connect-title = Choisir une base de données
connect-intro = Oriel CRM conserve vos clients, vos affaires et vos demandes dans une base de données. Commencez tout de suite avec la base de données intégrée sur cet ordinateur, ou connectez-vous au serveur PostgreSQL ou MySQL de votre équipe.
connect-opening = Ouverture de la base de données…
connect-embedded-heading = Sur cet ordinateur
connect-embedded-description = Un fichier de base de données privé, prêt immédiatement, sans rien à configurer. Idéal si vous travaillez seul.
connect-embedded = Ouvrir la base de données intégrée
connect-embedded-path = Fichier :
connect-saved-heading = Utilisées récemment
connect-saved-reopen = Rouvrir
connect-server-heading = Sur un serveur
connect-server-description = Partagez un même CRM avec votre équipe. Chacun se connecte avec son propre compte de base de données.
server-url-label = Adresse du serveur
server-url-placeholder = postgres://utilisateur@hote:5432/crm
server-url-hint = Par exemple postgres://anna@db.example.org:5432/crm ou mysql://anna@db.example.org:3306/crm
server-password-label = Mot de passe
server-password-saved-hint = Laissez vide pour utiliser le mot de passe enregistré dans le trousseau du système.
remember-password-label = Mémoriser le mot de passe dans le trousseau du système
connect-server = Se connecter au serveur

## Écran d’accueil

home-title = Vue d’ensemble
disconnect = Se déconnecter
connection-heading = Connexion
connection-backend-label = Base de données
connection-location-label = Emplacement
schema-version-label = Version du schéma
backend-sqlite = Base de données intégrée (SQLite)
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Paramètres de l’installation

settings-heading = Paramètres de l’installation
settings-description = Ces paramètres s’appliquent à toutes les personnes qui travaillent avec cette base de données.
settings-loading = Chargement des paramètres…
settings-load-retry = Réessayer
org-name-label = Nom de l’organisation
vat-percent-label = TVA (%)
vat-percent-hint = Un pourcentage de 0 à 100, par exemple 20 ou 5,5.
mark-payments-label = Signaler les paiements effectués par l’intermédiaire d’un bureau de représentation
mark-payments-hint = Propose pour chaque paiement la mention « payé par l’intermédiaire d’un bureau de représentation ».
check-shipment-dates-label = Vérifier les dates d’expédition
check-shipment-dates-hint = Signale les affaires dont la date d’expédition contractuelle est absente ou dépassée.
default-language-label = Langue par défaut
settings-save = Enregistrer les paramètres
settings-saving = Enregistrement…
settings-saved = Paramètres enregistrés.
conflict-hint = Vos valeurs sont toujours dans le formulaire. Les valeurs désormais enregistrées sont affichées à côté.
conflict-use-stored = Utiliser les valeurs enregistrées
conflict-save-mine = Enregistrer quand même mes valeurs

## Valeurs enregistrées

stored-heading = Enregistré dans la base de données
stored-description = Les valeurs telles que la base de données les a renvoyées en dernier.
stored-updated-at-label = Dernière modification
value-yes = Oui
value-no = Non
value-empty = (vide)
