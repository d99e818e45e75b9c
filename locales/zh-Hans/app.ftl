# 桌面窗口显示的所有字符串。由 Rust 生成的消息位于 errors.ftl。

## Application shell

app-name = Oriel CRM
app-starting = 正在启动…
app-start-failed = Oriel CRM 无法启动
app-start-retry = 重试
locale-switch-label = 语言
unexpected-error = 发生了意外错误。请重试；如果问题持续出现，请重新启动 Oriel CRM。

## Connect screen

connect-title = 选择数据库
connect-intro = Oriel CRM 将您的客户、交易和询盘保存在数据库中。您可以立即使用本机上的嵌入式数据库，也可以连接到团队的 PostgreSQL 或 MySQL 服务器。
connect-opening = 正在打开数据库…
connect-embedded-heading = 在本机上
connect-embedded-description = 私人数据库文件，无需任何设置即可使用。最适合独自工作。
connect-embedded = 打开嵌入式数据库
connect-embedded-path = 文件：
connect-saved-heading = 最近使用
connect-saved-reopen = 重新打开
connect-server-heading = 在服务器上
connect-server-description = 与团队共享同一个 CRM。每个人使用自己的数据库账户登录。
server-url-label = 服务器地址
server-url-placeholder = postgres://user@host:5432/crm
server-url-hint = 例如 postgres://anna@db.example.org:5432/crm 或 mysql://anna@db.example.org:3306/crm
server-password-label = 密码
server-password-saved-hint = 留空则使用系统钥匙串中保存的密码。
remember-password-label = 在系统钥匙串中记住密码
connect-server = 连接到服务器

## Home screen

home-title = 概览
disconnect = 断开连接
connection-heading = 连接
connection-backend-label = 数据库
connection-location-label = 位置
schema-version-label = 架构版本
backend-sqlite = 嵌入式数据库（SQLite）
backend-postgres = PostgreSQL
backend-mysql = MySQL / MariaDB

## Installation settings

settings-heading = 安装设置
settings-description = 这些设置适用于使用此数据库的所有人。
settings-loading = 正在加载设置…
settings-load-retry = 重试
org-name-label = 组织名称
vat-percent-label = 增值税（%）
vat-percent-hint = 0 到 100 之间的百分比，例如 19 或 7.5。
mark-payments-label = 标记通过代表处进行的付款
mark-payments-hint = 为每笔付款提供“通过代表处付款”标记。
check-shipment-dates-label = 检查发货日期
check-shipment-dates-hint = 标记合同发货日期缺失或已过期的交易。
default-language-label = 默认语言
settings-save = 保存设置
settings-saving = 正在保存…
settings-saved = 设置已保存。
conflict-hint = 您填写的值仍保留在表单中，当前已存储的值显示在旁边。
conflict-use-stored = 使用已存储的值
conflict-save-mine = 仍然保存我的值

## Stored values

stored-heading = 数据库中存储的值
stored-description = 数据库最近一次返回的值。
stored-updated-at-label = 上次更改
value-yes = 是
value-no = 否
value-empty = （空）
