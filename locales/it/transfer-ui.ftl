# La schermata di importazione ed esportazione (R-IMP-1, R-IMP-2): in entrata fogli di aziende, contatti e lead,
# in uscita fogli di aziende, contatti, lead e trattative.

nav-transfer = Importazione ed esportazione
transfer-description = Porta i record dentro da un foglio di calcolo, o portali fuori in un foglio.
transfer-entity = Record

## Importazione

import-heading = Importazione
import-hint = Un file XLSX la cui prima riga dà il nome alle colonne, come in un file esportato. Le righe il cui record esiste già vengono saltate.
import-file = File
import-start = Avvia l’importazione
import-reading = Lettura del file…
import-progress-label = Avanzamento dell’importazione
import-progress-rows =
    { $total ->
        [one] { $done } di { $total } riga
       *[other] { $done } di { $total } righe
    }
import-cancel = Annulla l’importazione
import-cancelling = Interruzione dopo la riga corrente…
import-failed = Il file non è stato importato.
import-report-heading = Risultato dell’importazione
import-report-found = Righe nel file
import-report-created = Create
import-report-skipped = Saltate
import-report-failed = Non riuscite
import-report-cancelled = L’importazione è stata annullata. Le righe salvate fino a quel momento vengono mantenute; il resto del file non è stato letto.
import-report-complete = Il file è stato letto per intero.
import-report-messages = Righe saltate e non riuscite
import-row-skipped = Riga { $row }, saltata: { $message }
import-row-failed = Riga { $row }, non riuscita: { $message }

## Esportazione

export-heading = Esportazione
export-hint = Il file contiene tutti i record di questo tipo di cui sei responsabile.
export-start = Esporta in XLSX
export-working = Esportazione in corso…
export-ready =
    { $rows ->
        [one] { $rows } record esportato.
       *[other] { $rows } record esportati.
    }
export-download = Salva { $file }
