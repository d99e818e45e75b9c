# The import and export screen (R-IMP-1, R-IMP-2): sheets of companies, contacts and leads in,
# sheets of companies, contacts, leads and deals out.

nav-transfer = Import a export
transfer-description = Načtěte záznamy z tabulky, nebo je do tabulky vyexportujte.
transfer-entity = Záznamy

## Import

import-heading = Import
import-hint = Soubor XLSX, jehož první řádek obsahuje názvy sloupců, stejně jako exportovaný soubor. Řádky, jejichž záznam už existuje, se přeskočí.
import-file = Soubor
import-start = Spustit import
import-reading = Načítání souboru…
import-progress-label = Průběh importu
import-progress-rows =
    { $total ->
        [one] { $done } z { $total } řádku
        [few] { $done } z { $total } řádků
        [many] { $done } z { $total } řádku
       *[other] { $done } z { $total } řádků
    }
import-cancel = Zrušit import
import-cancelling = Zastavuje se po aktuálním řádku…
import-failed = Soubor nebyl importován.
import-report-heading = Výsledek importu
import-report-found = Řádků v souboru
import-report-created = Vytvořeno
import-report-skipped = Přeskočeno
import-report-failed = Selhalo
import-report-cancelled = Import byl zrušen. Řádky uložené do té chvíle zůstávají zachovány; zbytek souboru nebyl načten.
import-report-complete = Byl načten celý soubor.
import-report-messages = Přeskočené a neúspěšné řádky
import-row-skipped = Řádek { $row }, přeskočen: { $message }
import-row-failed = Řádek { $row }, selhal: { $message }

## Export

export-heading = Export
export-hint = Soubor obsahuje všechny záznamy tohoto druhu, které vlastníte.
export-start = Exportovat do XLSX
export-working = Exportování…
export-ready =
    { $rows ->
        [one] Exportován { $rows } záznam.
        [few] Exportovány { $rows } záznamy.
        [many] Exportováno { $rows } záznamu.
       *[other] Exportováno { $rows } záznamů.
    }
export-download = Uložit { $file }
