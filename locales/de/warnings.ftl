# Hinweise neben einem Datensatz, der ohne Fehler gespeichert oder geöffnet wurde, aber Aufmerksamkeit braucht.

warning-specify-products = Geben Sie Produkte an.
warning-country-not-specified = In der Anfrage ist kein Land angegeben.
warning-counterparty-assigned = Der Geschäftspartner ist { $username } zugewiesen.
warning-lead-disqualified = Dieser Lead ist disqualifiziert! Bitte lesen Sie die Beschreibung.
warning-no-state-currency = Eine Landeswährung muss angegeben werden.
warning-no-marketing-currency = Eine Marketingwährung muss angegeben werden.
