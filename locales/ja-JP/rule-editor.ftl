# The rule editor: nested groups of conditions, the checks it gained, and comparisons.

rules-match-none = どれも満たさない
rules-group-label = 次の条件グループ：
rules-add-group = グループを追加
rules-remove-group = グループを削除
rule-cond-store = ストア
rule-cond-has-tag = タグあり
rule-cond-minutes-buyer = 購入者のメッセージからの経過分
rule-cond-minutes-agent = 担当者の返信からの経過分
rule-cond-minutes-status = ステータス変更からの経過分
rule-cond-order-amount = 注文金額
# How minutes and order values compare (shown between the check and its number).
rule-cmp-lt = 未満
rule-cmp-lte = 以下
rule-cmp-eq = ちょうど
rule-cmp-gte = 以上
rule-cmp-gt = 超
