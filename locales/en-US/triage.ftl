# Triage of buyer messages and the buyer's standing: the badges on list rows and on the
# conversation header, the one-click category correction, grades, segments and the blacklist.

## Logistics problems found in a buyer message

logistics-damaged = Damaged
logistics-wrong-item = Wrong item
logistics-delivered-not-received = Delivered, not received
logistics-no-tracking-update = No tracking update
logistics-customs-hold = Customs hold
logistics-returned-to-sender = Returned to sender

## Dispute risks: threats that can cost the seller money or rating

risk-chargeback = Chargeback
risk-paypal-claim = PayPal claim
risk-a-to-z-claim = A-to-z claim
risk-bad-review = Bad review
risk-platform-report = Platform report

## Badges

# Shown when the buyer's tone is angry.
badge-angry = Angry
badge-angry-title = The buyer sounds angry
badge-risk-title = Dispute risk found in the buyer's message
badge-logistics-title = Logistics problem named by the buyer
# Marks a category an agent set by hand.
badge-corrected-title = Category corrected by an agent

## One-click category correction

category-correct-title = Correct the category; triage learns from it

## Customer grade and segment

grade-key-a = Key A
grade-key-b = Key B
grade-ordinary = Ordinary
grade-small = Small
segment-new = New
segment-returning = Returning
segment-potential = Potential
segment-dormant = Dormant
customer-grade-label = Grade
customer-segment-label = Segment

## Blacklist

# The banner on every conversation of a blacklisted buyer. Their messages stay visible.
# $reason (String) - why the buyer was blacklisted, as an agent wrote it
# $by (String) - the agent who set the flag
blacklist-banner = Blacklisted buyer: { $reason } (set by { $by })
blacklist-set = Blacklist buyer
blacklist-clear = Remove from blacklist
blacklist-reason-label = Reason
blacklist-reason-placeholder = Why is this buyer blacklisted?
blacklist-confirm = Blacklist
