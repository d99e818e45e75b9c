# 导入和导出页面（R-IMP-1、R-IMP-2）：导入公司、联系人和线索表格，
# 导出公司、联系人、线索和交易表格。

nav-transfer = 导入和导出
transfer-description = 从电子表格导入记录，或将记录导出到电子表格。
transfer-entity = 记录类型

## Import

import-heading = 导入
import-hint = 首行为列名的 XLSX 文件，格式与导出的文件相同。记录已存在的行将被跳过。
import-file = 文件
import-start = 开始导入
import-reading = 正在读取文件…
import-progress-label = 导入进度
import-progress-rows = { $done } / { $total } 行
import-cancel = 取消导入
import-cancelling = 处理完当前行后停止…
import-failed = 文件未能导入。
import-report-heading = 导入结果
import-report-found = 文件中的行数
import-report-created = 已创建
import-report-skipped = 已跳过
import-report-failed = 失败
import-report-cancelled = 导入已取消。此前已保存的行会保留；文件的其余部分未被读取。
import-report-complete = 已读取整个文件。
import-report-messages = 已跳过和失败的行
import-row-skipped = 第 { $row } 行，已跳过：{ $message }
import-row-failed = 第 { $row } 行，失败：{ $message }

## Export

export-heading = 导出
export-hint = 文件包含您负责的所有此类记录。
export-start = 导出为 XLSX
export-working = 正在导出…
export-ready = 已导出 { $rows } 条记录。
export-download = 保存 { $file }
