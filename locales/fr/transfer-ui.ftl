# L’écran d’importation et d’exportation (R-IMP-1, R-IMP-2) : des feuilles d’entreprises, de contacts et de
# prospects en entrée ; des feuilles d’entreprises, de contacts, de prospects et d’affaires en sortie.

nav-transfer = Importation et exportation
transfer-description = Importez des fiches depuis un tableur, ou exportez-les vers un tableur.
transfer-entity = Fiches

## Importation

import-heading = Importation
import-hint = Un fichier XLSX dont la première ligne nomme les colonnes, comme un fichier exporté. Les lignes dont la fiche existe déjà sont ignorées.
import-file = Fichier
import-start = Lancer l’importation
import-reading = Lecture du fichier…
import-progress-label = Progression de l’importation
import-progress-rows =
    { $total ->
        [one] { $done } sur { $total } ligne
       *[other] { $done } sur { $total } lignes
    }
import-cancel = Annuler l’importation
import-cancelling = Arrêt après la ligne en cours…
import-failed = Le fichier n’a pas été importé.
import-report-heading = Résultat de l’importation
import-report-found = Lignes dans le fichier
import-report-created = Créées
import-report-skipped = Ignorées
import-report-failed = En échec
import-report-cancelled = L’importation a été annulée. Les lignes enregistrées avant l’annulation sont conservées ; le reste du fichier n’a pas été lu.
import-report-complete = Le fichier a été lu en entier.
import-report-messages = Lignes ignorées et en échec
import-row-skipped = Ligne { $row }, ignorée : { $message }
import-row-failed = Ligne { $row }, en échec : { $message }

## Exportation

export-heading = Exportation
export-hint = Le fichier contient toutes les fiches de ce type dont vous êtes responsable.
export-start = Exporter au format XLSX
export-working = Exportation…
export-ready =
    { $rows ->
        [one] { $rows } fiche exportée.
       *[other] { $rows } fiches exportées.
    }
export-download = Enregistrer { $file }
