# Import und Export von Firmen, Kontakten und Leads (R-IMP-1, R-IMP-2): eine Ergebniszeile je
# übersprungener oder fehlgeschlagener Zeile einer importierten Tabelle.

import-already-exists = Bereits vorhanden: { $name } ({ $country })
import-already-exists-nowhere = Bereits vorhanden: { $name }
import-invalid-email = Keine gültige E-Mail-Adresse: { $name }
import-company-not-found = Firma nicht gefunden: { $name }
import-row-refused = { $column }: { $message }
