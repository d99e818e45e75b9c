# 交易销售管道看板：每个交易阶段一列，卡片可在各列之间移动。

pipeline-with-closed = 显示已关闭的交易
pipeline-department = 部门
pipeline-no-stages = 此部门还没有交易阶段。
# $stage 是阶段名称，$count 是交易数量，$amount 是该列带货币的合计金额。
pipeline-column-label = { $stage }：{ $count } 笔交易，{ $amount }
# $shown 是按读者语言格式化的 $count。
pipeline-column-deals = { $shown } 笔交易
pipeline-column-empty = 此阶段没有交易。
pipeline-load-more = 显示更多
pipeline-no-amount = 无金额
pipeline-next-step = 下一步：{ $date }
pipeline-move-label = 将“{ $deal }”移至阶段
pipeline-moved = 已将“{ $deal }”移至“{ $stage }”。
pipeline-closed = “{ $deal }”已关闭。
pipeline-conflict = 在此期间，其他人更改了“{ $deal }”。卡片现在显示已保存的版本；如果仍需移动，请再次移动。

## Closing a deal by moving it

pipeline-close-title = 关闭交易
pipeline-close-explanation = 将“{ $deal }”移至“{ $stage }”会关闭该交易。关闭原因是什么？
pipeline-close-reason = 关闭原因
pipeline-close-no-reason = 此部门没有适用于此阶段的关闭原因。管理员可以在“关闭原因”中添加。
pipeline-close-confirm = 关闭交易
