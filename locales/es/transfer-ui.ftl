# La pantalla de importación y exportación (R-IMP-1, R-IMP-2): entran hojas de empresas, contactos y leads;
# salen hojas de empresas, contactos, leads y tratos.

nav-transfer = Importar y exportar
transfer-description = Traiga registros desde una hoja de cálculo o llévelos a una.
transfer-entity = Registros

## Importación

import-heading = Importar
import-hint = Un archivo XLSX cuya primera fila nombra las columnas, como en un archivo exportado. Las filas cuyo registro ya existe se omiten.
import-file = Archivo
import-start = Iniciar la importación
import-reading = Leyendo el archivo…
import-progress-label = Progreso de la importación
import-progress-rows =
    { $total ->
        [one] { $done } de { $total } fila
       *[other] { $done } de { $total } filas
    }
import-cancel = Cancelar la importación
import-cancelling = Deteniendo tras la fila actual…
import-failed = El archivo no se importó.
import-report-heading = Resultado de la importación
import-report-found = Filas en el archivo
import-report-created = Creadas
import-report-skipped = Omitidas
import-report-failed = Con errores
import-report-cancelled = La importación se canceló. Las filas guardadas hasta ese momento se conservan; el resto del archivo no se leyó.
import-report-complete = Se leyó el archivo completo.
import-report-messages = Filas omitidas y con errores
import-row-skipped = Fila { $row }, omitida: { $message }
import-row-failed = Fila { $row }, con error: { $message }

## Exportación

export-heading = Exportar
export-hint = El archivo contiene todos los registros de este tipo de los que usted es responsable.
export-start = Exportar a XLSX
export-working = Exportando…
export-ready =
    { $rows ->
        [one] Se exportó { $rows } registro.
       *[other] Se exportaron { $rows } registros.
    }
export-download = Guardar { $file }
