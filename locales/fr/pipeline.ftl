# Le tableau du pipeline des affaires : une colonne par étape, des cartes qui passent de l’une à l’autre.

pipeline-with-closed = Afficher les affaires conclues
pipeline-department = Service
pipeline-no-stages = Ce service n’a encore aucune étape d’affaire.
# $stage est le nom de l’étape, $count le nombre d’affaires, $amount le total de la colonne avec sa devise.
pipeline-column-label = { $stage } : { $count ->
        [one] une affaire
       *[other] { $count } affaires
    }, { $amount }
# $shown est $count mis en forme pour la langue du lecteur.
pipeline-column-deals = { $count ->
        [one] { $shown } affaire
       *[other] { $shown } affaires
    }
pipeline-column-empty = Aucune affaire à cette étape.
pipeline-load-more = Afficher plus
pipeline-no-amount = Aucun montant
pipeline-next-step = Prochaine étape : { $date }
pipeline-move-label = Déplacer « { $deal } » vers une étape
pipeline-moved = « { $deal } » a été déplacée vers « { $stage } ».
pipeline-closed = « { $deal } » est clôturée.
pipeline-conflict = Quelqu’un d’autre a modifié « { $deal } » entre-temps. La carte affiche maintenant la version enregistrée ; déplacez-la à nouveau si nécessaire.

## Clôturer une affaire en la déplaçant

pipeline-close-title = Clôturer l’affaire
pipeline-close-explanation = Déplacer « { $deal } » vers « { $stage } » clôture l’affaire. Pourquoi a-t-elle été clôturée ?
pipeline-close-reason = Motif de clôture
pipeline-close-no-reason = Ce service n’a aucun motif de clôture pour cette étape. Un administrateur peut en ajouter un dans Motifs de clôture.
pipeline-close-confirm = Clôturer l’affaire
