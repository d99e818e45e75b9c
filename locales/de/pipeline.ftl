# Die Pipeline der Deals: eine Spalte je Phase, Karten, die zwischen ihnen wandern.

pipeline-with-closed = Abgeschlossene Deals zeigen
pipeline-department = Abteilung
pipeline-no-stages = Diese Abteilung hat noch keine Deal-Phasen.
# $stage ist der Name der Phase, $count die Zahl der Deals, $amount die Summe der Spalte mit Währung.
pipeline-column-label = { $stage }: { $count ->
        [one] ein Deal
       *[other] { $count } Deals
    }, { $amount }
# $shown ist $count, für die Sprache des Lesers formatiert.
pipeline-column-deals = { $count ->
        [one] { $shown } Deal
       *[other] { $shown } Deals
    }
pipeline-column-empty = Keine Deals in dieser Phase.
pipeline-load-more = Mehr zeigen
pipeline-no-amount = Kein Betrag
pipeline-next-step = Nächster Schritt: { $date }
pipeline-move-label = „{ $deal }“ in Phase verschieben
pipeline-moved = „{ $deal }“ ist jetzt in „{ $stage }“.
pipeline-closed = „{ $deal }“ ist abgeschlossen.
pipeline-conflict = Jemand anderes hat „{ $deal }“ inzwischen geändert. Die Karte zeigt jetzt den gespeicherten Stand; verschieben Sie sie erneut, falls nötig.

## Einen Deal durch Verschieben abschließen

pipeline-close-title = Deal abschließen
pipeline-close-explanation = Mit dem Verschieben nach „{ $stage }“ wird „{ $deal }“ abgeschlossen. Warum wurde er abgeschlossen?
pipeline-close-reason = Abschlussgrund
pipeline-close-no-reason = Diese Abteilung hat für diese Phase keinen Abschlussgrund. Eine Administratorin oder ein Administrator kann einen unter „Abschlussgründe“ anlegen.
pipeline-close-confirm = Deal abschließen
