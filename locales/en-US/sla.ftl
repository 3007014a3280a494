# SLA clocks: the reply and resolution deadlines of a conversation as a live countdown, on three
# time axes (the agent's zone, the buyer's local time, the marketplace's zone), with an audit of
# why each clock stands where it does.

## Countdowns

# Two units of a countdown side by side, the larger first: "2 h 10 min", "3 days 4 h".
# $larger (String) - the larger unit, already formatted, e.g. "2 h" or "3 days"
# $smaller (String) - the smaller unit, already formatted, e.g. "10 min" or "4 h"
sla-duration-pair = { $larger } { $smaller }
# Tooltip of the countdown in a list row.
# $time (String) - the deadline in the agent's time zone, e.g. "Mar 11, 2025, 2:05 PM"
sla-row-due-title = Reply due { $time }

## The SLA strip under the conversation header

sla-strip-label = Reply and resolution deadlines
sla-metric-first-response = First response
sla-metric-next-response = Next response
sla-metric-resolution = Resolution
sla-metric-total-resolution = Total resolution
sla-metric-marketplace = Marketplace
sla-chip-running = Running
sla-chip-warning = Due soon
sla-chip-paused = Paused (waiting on the buyer)
sla-chip-satisfied = Met
sla-chip-breached = Breached
sla-chip-stopped = Stopped
# A paused clock keeps the time it had left.
# $duration (String) - the frozen remaining time, e.g. "1 h 20 min"
sla-paused-left = { $duration } left, frozen
# $time (String) - when the clock was met, in the agent's time zone, e.g. "Tue, Mar 11, 2:05 PM"
sla-met-at = met { $time }
# The reply came after the deadline.
# $time (String) - when the clock was met, in the agent's time zone, e.g. "Tue, Mar 11, 2:05 PM"
sla-met-late = met late, { $time }
# $time (String) - the deadline that passed, in the agent's time zone, e.g. "Tue, Mar 11, 2:05 PM"
sla-breached-at = breached { $time }
# The clock ended without a reply (resolved, no response needed).
# $time (String) - when it stopped, in the agent's time zone, e.g. "Tue, Mar 11, 2:05 PM"
sla-stopped-at = stopped { $time }
sla-basis-business = business hours
sla-basis-business-title = Counts only the team's working hours: nights, weekends and holidays do not count
sla-basis-calendar = calendar time
sla-basis-calendar-title = Counts every hour, nights, weekends and holidays included
sla-marketplace-idle = nothing to answer

## The three time axes of a deadline

# $time (String) - the deadline in the agent's own time zone, e.g. "Tue, Mar 11, 2:05 PM"
sla-due-agent = Due { $time } (your time)
# $zone (String) - the agent's IANA time zone, e.g. "Asia/Shanghai"
sla-due-agent-title = The deadline in your time zone ({ $zone })
# $time (String) - weekday and time where the buyer lives, at the deadline, e.g. "Sat 2:14 AM"
sla-due-buyer = { $time } for the buyer
# $zone (String) - the buyer's IANA time zone, e.g. "Europe/Berlin"
sla-due-buyer-title = The buyer's local time at the deadline ({ $zone })
sla-hint-night = night
sla-hint-night-title = Between 22:00 and 07:00 for the buyer: they are probably asleep
sla-hint-weekend = weekend
sla-hint-weekend-title = Saturday or Sunday for the buyer
# $time (String) - the deadline in the marketplace's time zone, e.g. "Tue, Mar 11, 7:00 PM"
# $zone (String) - that zone's name in the UI language, e.g. "Malaysia Time" (else its IANA id)
sla-due-marketplace = { $time } { $zone }
# $zone (String) - the marketplace's IANA time zone, e.g. "Asia/Kuala_Lumpur"
sla-due-marketplace-title = The marketplace counts this deadline in { $zone }

## Marketplace rules and team policies

sla-rule-amazon-24h = Amazon 24-hour rule
sla-rule-amazon-24h-hint = Amazon: answer every buyer message within 24 hours, weekends and holidays included
sla-rule-shopee-12h = Shopee 12-hour rule
sla-rule-shopee-12h-hint = Shopee: reply to a chat within 12 hours; only the first reply counts
sla-rule-tiktok-shop-12h = TikTok Shop 12-hour rule
sla-rule-tiktok-shop-12h-hint = TikTok Shop: reply within 12 hours; chats received in holiday mode do not count
sla-rule-lazada-daily-cycle = Lazada daily cycle
sla-rule-lazada-daily-cycle-hint = Lazada: messages from 18:00 yesterday to 18:00 today must be answered by 19:00 today, in the site's time
sla-rule-ebay-item-not-received = eBay item not received
sla-rule-ebay-item-not-received-hint = eBay: answer an item-not-received request within 3 business days
sla-policy-urgent = Urgent
sla-policy-chat = Chat
sla-policy-marketplace-chat = Marketplace chat
sla-policy-email = E-mail

## The audit of a clock ("Why?")

sla-audit-toggle = Why?
# $count (Number) - how many events the clock's audit has
sla-audit-toggle-title =
    { $count ->
        [one] Show the event behind this clock
       *[other] Show the { $count } events behind this clock
    }
# $policy (String) - the policy's name, e.g. "Marketplace chat"
# $version (Number) - the policy's version, e.g. 1
sla-audit-policy = Policy: { $policy }, version { $version }
# $rule (String) - the marketplace rule's name, e.g. "Lazada daily cycle"
sla-audit-rule = Rule: { $rule }
# $zone (String) - the zone's name in the UI language, e.g. "Malaysia Time"
# $id (String) - the IANA time zone, e.g. "Asia/Kuala_Lumpur"
sla-audit-reference-zone = counted in { $zone } ({ $id })
# $duration (String) - the clock's target, e.g. "4 h"
sla-audit-target-business = target { $duration } of business hours
# $duration (String) - the clock's target, e.g. "24 h"
sla-audit-target-calendar = target { $duration } of calendar time
sla-audit-empty = Nothing has happened to this clock yet.
# One line of the audit: what happened to the clock, and why.
# $event (String) - what happened, e.g. "Paused"
# $reason (String) - why, e.g. "status set to Pending, waiting on the buyer"
sla-audit-entry = { $event } — { $reason }
sla-event-started = Started
sla-event-paused = Paused
sla-event-resumed = Resumed
sla-event-satisfied = Met
sla-event-breached = Breached
sla-event-stopped = Stopped
sla-event-reopened = Reopened
sla-event-ignored = Not counted
sla-event-excluded = Excluded
sla-event-calendar-time-fallback = Counted in calendar time
sla-reason-buyer-message = the buyer wrote
sla-reason-oldest-unanswered-buyer-message = counted from the buyer's oldest unanswered message
sla-reason-agent-reply = an agent's public reply, accepted by the channel
sla-reason-status-pending = status set to Pending, waiting on the buyer
sla-reason-status-open = status set back to Open
sla-reason-resolved = conversation resolved
sla-reason-closed = conversation closed
sla-reason-deadline-passed = the deadline passed without a qualifying reply
sla-reason-auto-reply = an automatic reply never counts
sla-reason-internal-note = an internal note never counts
sla-reason-reply-not-accepted = the reply is not yet accepted by the channel
sla-reason-not-human-author = the message was not written by an agent
sla-reason-no-response-needed = marked as needing no response
sla-reason-holiday-mode = received while the shop was in holiday mode
sla-reason-seller-initiated = the seller started this chat
sla-reason-calendar-missing = the policy's business calendar is missing
sla-reason-item-not-received-opened = the buyer opened an item-not-received request
sla-reason-item-not-received-answered = the item-not-received request was answered
sla-reason-first-reply-only = the marketplace measures only the first reply
