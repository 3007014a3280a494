# The rule editor: nested groups of conditions, the checks it gained, and comparisons.

rules-match-none = 全部不符合
rules-group-label = 一組條件：
rules-add-group = 新增條件組
rules-remove-group = 移除條件組
rule-cond-store = 商店
rule-cond-has-tag = 帶有標籤
rule-cond-minutes-buyer = 距買家訊息（分鐘）
rule-cond-minutes-agent = 距客服回覆（分鐘）
rule-cond-minutes-status = 距狀態變更（分鐘）
rule-cond-order-amount = 訂單金額
# How minutes and order values compare (shown between the check and its number).
rule-cmp-lt = 少於
rule-cmp-lte = 至多
rule-cmp-eq = 等於
rule-cmp-gte = 至少
rule-cmp-gt = 多於
