# Importación y exportación de empresas, contactos y leads (R-IMP-1, R-IMP-2): una línea de resultado por
# cada fila omitida o fallida de una hoja importada.

import-already-exists = Ya existe: { $name } ({ $country })
import-already-exists-nowhere = Ya existe: { $name }
import-invalid-email = Sin dirección de correo electrónico válida: { $name }
import-company-not-found = Empresa no encontrada: { $name }
import-row-refused = { $column }: { $message }
