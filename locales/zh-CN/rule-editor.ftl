# The rule editor: nested groups of conditions, the checks it gained, and comparisons.

rules-match-none = 全部不满足
rules-group-label = 一组条件：
rules-add-group = 添加条件组
rules-remove-group = 移除条件组
rule-cond-store = 店铺
rule-cond-has-tag = 带有标签
rule-cond-minutes-buyer = 距买家消息（分钟）
rule-cond-minutes-agent = 距客服回复（分钟）
rule-cond-minutes-status = 距状态变更（分钟）
rule-cond-order-amount = 订单金额
# How minutes and order values compare (shown between the check and its number).
rule-cmp-lt = 少于
rule-cmp-lte = 至多
rule-cmp-eq = 等于
rule-cmp-gte = 至少
rule-cmp-gt = 多于
