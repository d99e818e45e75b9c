# 工作界面：导航、列表、表单、命令面板和快捷键。

## Common actions

action-new = 新建{ $entity }
action-cancel = 取消
action-close = 关闭
action-retry = 重试
action-back-to = 返回{ $list }

## Navigation

nav-label = 主导航
nav-home = 概览
nav-pipeline = 销售管道
nav-unknown = 此页面不存在。
nav-pending = 之前积压 { $older } 条，今天收到 { $today } 条
nav-group-sales = 销售
nav-group-customers = 客户
nav-group-goods = 产品与资金
nav-group-reference = 参考列表
nav-group-admin = 管理

## Lists

list-count = { $count } 条记录
list-empty = 这里还没有内容。
list-loading = 正在加载…
list-search-placeholder = 在此列表中搜索
list-mine = 仅我的
list-filters = 筛选
list-views = 已保存的视图
list-view-name = 视图名称
list-view-save = 保存视图
list-view-delete = 删除视图“{ $name }”
filter-any = 任意
filter-clear = 清除筛选

## Bulk actions

bulk-label = 对所选记录的操作
bulk-selected = 已选择 { $count } 项
bulk-select-all = 选择所有已加载的记录
bulk-select-row = 选择 { $name }
bulk-owner = 更改负责人
bulk-tag = 添加标签
bulk-delete = 删除所选项
bulk-progress = 已完成 { $done } / { $total }
bulk-failed = 记录 #{ $id }：{ $message }

## Record form

record-save = 保存
record-saving = 正在保存…
record-saved = 已保存。
record-revert = 撤销我的更改
record-delete = 删除
record-delete-confirm = 要删除此记录吗？它将被移到回收站，之后可以恢复。
picker-search = 输入以搜索…
picker-clear = 清除选择
picker-remove = 移除 { $name }

## History

history-title = 历史记录
history-empty = 尚未记录任何更改。
history-unavailable = 无法加载历史记录。
history-system = Oriel CRM
history-action-create = 已创建
history-action-update = 已更改
history-action-delete = 已删除
history-action-restore = 已恢复
history-action-merge = 已合并
history-action-purge = 已彻底清除

## Edit conflicts

conflict-title = 在您编辑期间，其他人保存了此记录
conflict-explanation = 您输入的内容都没有丢失。请为每个存在差异的字段选择要保留的值，然后保存。
conflict-field = 字段
conflict-mine = 您输入的值
conflict-stored = 对方保存的值
conflict-base = 您开始编辑时的值
conflict-all-mine = 全部保留我的
conflict-all-stored = 全部采用对方的
conflict-back = 返回我的表单
conflict-apply = 保存我的选择

## Workflows

workflow-request-to-deal = 转为交易
workflow-open-deal = 打开交易
workflow-lead-convert = 转换为公司和联系人
workflow-converted = 线索已转换
workflow-company-created = 已创建新公司：
workflow-company-found = 已找到并使用现有公司：
workflow-contact-created = 已创建新联系人：
workflow-contact-found = 已找到并使用现有联系人：
workflow-record-payment = 记录付款
workflow-merge = 合并重复项
workflow-merge-title = 将此记录合并到另一条记录
workflow-merge-explanation = 此记录为重复项：其关联记录将移至原始记录，此记录随后被删除。
workflow-merge-original = 原始记录
workflow-merge-confirm = 合并到原始记录
workflow-transfer = 转移负责人
workflow-transfer-title = 将此公司转给其他负责人
workflow-transfer-explanation = 该公司的联系人也会一并转移。
workflow-transfer-owner = 新负责人
workflow-transfer-confirm = 转移

## Command palette and shortcuts

palette-open = 搜索或运行命令…
palette-shortcut = Ctrl K
palette-label = 命令面板
palette-placeholder = 查找任意记录或操作
palette-action = 操作
palette-nothing = 未找到任何内容。
palette-searching = 正在搜索…
palette-go = 转到{ $area }
palette-theme = 切换颜色主题
palette-language = 语言：{ $language }
shortcut-title = 键盘快捷键
shortcut-palette = 打开命令面板
shortcut-save = 保存当前表单
shortcut-new = 在此列表中新建记录
shortcut-search = 在此列表中搜索
shortcut-help = 显示这些快捷键
shortcut-go-requests = 转到询盘
shortcut-go-deals = 转到交易
shortcut-go-pipeline = 转到销售管道
shortcut-go-companies = 转到公司
shortcut-go-contacts = 转到联系人
shortcut-go-leads = 转到线索
shortcut-list-move = 在列表中移动并打开行
shortcut-close = 关闭对话框

## Theme and connection state

theme-switch = 颜色主题
theme-system = 主题：跟随系统
theme-light = 主题：浅色
theme-dark = 主题：深色
offline-message = 无法连接到数据库。您输入的内容会被保留；Oriel CRM 每隔几秒会自动重试。
offline-retry = 立即重试

## Deal money

deal-money-amount = 交易金额
deal-money-paid = 已付款
deal-money-expected = 待收款

## Form sections

section-person = 个人信息
section-reach = 联系方式
section-place = 地址
section-classification = 分类
section-notes = 备注
section-company = 公司
section-ownership = 负责人
section-inquiry = 询盘详情
section-sender = 询盘方
section-matches = 匹配的记录
section-state = 状态
section-deal = 交易
section-money = 金额
section-counterparty = 客户

## Trash

list-trash = 回收站
record-in-trash = 此记录位于回收站中。
record-restore = 恢复

## Notifications

notices-button = 通知
notices-open = 通知，{ $count } 条未读
notices-title = 通知
notices-none = 没有通知。
notices-mark-all = 全部标为已读

## Overview tiles

today-title = 今天
today-requests = 等待处理的询盘
today-deals = 我进行中的交易
today-due = 我今天到期或已逾期的下一步
notices-while-away = 您离开期间
notices-include-own = 我分配给自己的请求也通知我
