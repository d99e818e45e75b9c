# The import and export screen (R-IMP-1, R-IMP-2): sheets of companies, contacts and leads in,
# sheets of companies, contacts, leads and deals out.

nav-transfer = Імпорт і експорт
transfer-description = Завантажте записи з електронної таблиці або вивантажте їх у таблицю.
transfer-entity = Записи

## Import

import-heading = Імпорт
import-hint = Файл XLSX, у першому рядку якого вказано назви стовпців, як в експортованому файлі. Рядки, запис яких уже існує, пропускаються.
import-file = Файл
import-start = Почати імпорт
import-reading = Читання файлу…
import-progress-label = Перебіг імпорту
import-progress-rows =
    { $total ->
        [one] { $done } з { $total } рядка
        [few] { $done } з { $total } рядків
        [many] { $done } з { $total } рядків
       *[other] { $done } з { $total } рядка
    }
import-cancel = Скасувати імпорт
import-cancelling = Зупинка після поточного рядка…
import-failed = Файл не імпортовано.
import-report-heading = Результат імпорту
import-report-found = Рядків у файлі
import-report-created = Створено
import-report-skipped = Пропущено
import-report-failed = З помилками
import-report-cancelled = Імпорт скасовано. Рядки, збережені до цього, залишаються; решту файлу не прочитано.
import-report-complete = Файл прочитано повністю.
import-report-messages = Пропущені рядки й рядки з помилками
import-row-skipped = Рядок { $row } пропущено: { $message }
import-row-failed = Рядок { $row }, помилка: { $message }

## Export

export-heading = Експорт
export-hint = Файл містить усі ваші записи цього типу.
export-start = Експортувати в XLSX
export-working = Експорт…
export-ready =
    { $rows ->
        [one] Експортовано { $rows } запис.
        [few] Експортовано { $rows } записи.
        [many] Експортовано { $rows } записів.
       *[other] Експортовано { $rows } запису.
    }
export-download = Зберегти { $file }
