# 预置参考数据的名称（阶段、关闭原因、客户类型、行业、线索来源、部门、角色）在各语言中的显示。
# ID 为 `refname-` 加上存储名称的小写形式，其中每一串其他字符都替换为一个连字符。
# 用户输入的名称按输入原样显示。

## Departments

refname-global-sales = 国际销售
refname-local-sales = 国内销售
refname-bookkeeping = 财务

## Roles

refname-managers = 经理
refname-operators = 操作员
refname-superoperators = 高级操作员
refname-chiefs = 主管
refname-accountants = 会计
refname-task-operators = 任务操作员
refname-co-workers = 同事
refname-department-heads = 部门负责人

## Deal stages

refname-request = 询盘
refname-analysis-of-request = 询盘分析
refname-clarification-of-the-requirements = 明确需求
refname-price-offer = 报价
refname-commercial-proposal = 商务方案
refname-commercial-offer = 商务报价
refname-agreement = 达成协议
refname-invoice = 开具发票
refname-receiving-the-first-payment = 收到首笔付款
refname-shipment = 发货
refname-closed-successful = 已关闭（成功）

## Closing reasons

refname-the-client-is-not-responding = 客户没有回应
refname-specifications-are-not-suitable = 规格不符合要求
refname-the-deal-was-closed-successfully = 交易已成功关闭
refname-purchase-postponed = 采购推迟
refname-the-price-is-not-competitive = 价格缺乏竞争力

## Client types

refname-distributor = 分销商
refname-dealer = 经销商
refname-reseller = 转售商
refname-end-customer = 最终客户
refname-competitor = 竞争对手

## Industries

refname-railway = 铁路
refname-aviation = 航空
refname-oil-gas = 石油天然气
refname-power-generation = 发电
refname-metallurgy = 冶金
refname-shipbuilding = 造船
refname-automotive-industry = 汽车工业
refname-capital-construction = 基本建设
refname-service-companies = 服务公司
refname-educational-institutions = 教育机构
refname-welders = 焊接企业
refname-pipelines = 管道工程
refname-pipe-production = 管材生产
refname-mining = 采矿业

## Lead sources

refname-website-form = 网站表单
refname-website-email = 网站邮件
refname-exhibition = 展会
refname-website-form-iframe = 网站表单（iframe）

## Other

refname-technical-and-commercial-offer = 技术商务报价
