# Importation et exportation d’entreprises, de contacts et de prospects (R-IMP-1, R-IMP-2) : une ligne de
# résultat par ligne ignorée ou en échec d’une feuille importée.

import-already-exists = Existe déjà : { $name } ({ $country })
import-already-exists-nowhere = Existe déjà : { $name }
import-invalid-email = Aucune adresse e-mail valide : { $name }
import-company-not-found = Entreprise introuvable : { $name }
import-row-refused = { $column } : { $message }
