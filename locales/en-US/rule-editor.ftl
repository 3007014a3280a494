# The rule editor: nested groups of conditions, the checks it gained, and comparisons.

rules-match-none = none of the conditions holds
rules-group-label = A group where
rules-add-group = Add group
rules-remove-group = Remove group
rule-cond-store = Store
rule-cond-has-tag = Has tag
rule-cond-minutes-buyer = Minutes since the buyer’s message
rule-cond-minutes-agent = Minutes since the agent’s reply
rule-cond-minutes-status = Minutes since the status changed
rule-cond-order-amount = Order value
# How minutes and order values compare (shown between the check and its number).
rule-cmp-lt = less than
rule-cmp-lte = at most
rule-cmp-eq = exactly
rule-cmp-gte = at least
rule-cmp-gt = more than
