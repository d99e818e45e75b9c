# Importazione ed esportazione di aziende, contatti e lead (R-IMP-1, R-IMP-2): una riga di risultato per
# ogni riga saltata o non riuscita di un foglio importato.

import-already-exists = Esiste già: { $name } ({ $country })
import-already-exists-nowhere = Esiste già: { $name }
import-invalid-email = Nessun indirizzo e-mail valido: { $name }
import-company-not-found = Azienda non trovata: { $name }
import-row-refused = { $column }: { $message }
