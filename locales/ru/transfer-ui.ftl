# The import and export screen (R-IMP-1, R-IMP-2): sheets of companies, contacts and leads in,
# sheets of companies, contacts, leads and deals out.

nav-transfer = Импорт и экспорт
transfer-description = Загрузите записи из электронной таблицы или выгрузите их в таблицу.
transfer-entity = Записи

## Import

import-heading = Импорт
import-hint = Файл XLSX, в первой строке которого указаны названия столбцов, как в экспортированном файле. Строки, запись которых уже существует, пропускаются.
import-file = Файл
import-start = Начать импорт
import-reading = Чтение файла…
import-progress-label = Ход импорта
import-progress-rows =
    { $total ->
        [one] { $done } из { $total } строки
        [few] { $done } из { $total } строк
        [many] { $done } из { $total } строк
       *[other] { $done } из { $total } строки
    }
import-cancel = Отменить импорт
import-cancelling = Остановка после текущей строки…
import-failed = Файл не импортирован.
import-report-heading = Результат импорта
import-report-found = Строк в файле
import-report-created = Создано
import-report-skipped = Пропущено
import-report-failed = С ошибками
import-report-cancelled = Импорт отменён. Строки, сохранённые до этого, остаются; остальная часть файла не прочитана.
import-report-complete = Файл прочитан полностью.
import-report-messages = Пропущенные строки и строки с ошибками
import-row-skipped = Строка { $row } пропущена: { $message }
import-row-failed = Строка { $row }, ошибка: { $message }

## Export

export-heading = Экспорт
export-hint = Файл содержит все ваши записи этого типа.
export-start = Экспортировать в XLSX
export-working = Экспорт…
export-ready =
    { $rows ->
        [one] Экспортирована { $rows } запись.
        [few] Экспортировано { $rows } записи.
        [many] Экспортировано { $rows } записей.
       *[other] Экспортировано { $rows } записи.
    }
export-download = Сохранить { $file }
