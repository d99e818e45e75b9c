# 公司、联系人和线索的导入与导出（R-IMP-1、R-IMP-2）：导入表格中每个被跳过或失败的行
# 对应一行结果。

import-already-exists = 已存在：{ $name }（{ $country }）
import-already-exists-nowhere = 已存在：{ $name }
import-invalid-email = 没有有效的电子邮件地址：{ $name }
import-company-not-found = 未找到公司：{ $name }
import-row-refused = { $column }：{ $message }
