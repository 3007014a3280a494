# One conversation: header, actions, thread, delivery states, notes, composer, customer panel.

## Conversation pane

pane-empty = Select a conversation
pane-loading = Opening the conversation…
pane-empty-hint = Use j and k to move through the list, Enter to open, ? for all shortcuts.
header-store = Store
header-priority = Priority
header-category = Category
header-assignee = Assignee
# $relative (String) - how long ago the last message or change was, e.g. "3 hours ago", "yesterday"
header-last-activity = Last activity { $relative }
# Tooltip of the reply deadline in the conversation header.
# $time (Date) - the deadline, shown in the agent's time zone, e.g. "Mar 3, 2025, 2:05 PM"
header-due-at = Reply by { $time }
assignee-none = Unassigned
assign-label = Assign to
action-resolve = Resolve
action-resolve-title = Mark as resolved (e)
action-pending = Set pending
action-pending-title = Waiting for the buyer: the reply clock pauses
action-reopen = Reopen
action-reopen-title = Open the conversation again
tag-add-placeholder = Add tag…
tag-remove = Remove tag { $tag }
thread-label = Messages and internal notes
message-via = via { $channel }
message-show-html = Show original formatting
message-show-text = Show plain text
note-label = Internal note
note-placeholder = Add an internal note — only your team sees it
note-add = Add note
composer-label = Reply
composer-placeholder = Reply to { $customer }…
composer-hint = Ctrl+Enter to send · the draft is saved on this computer
composer-hint-mac = ⌘+Enter to send · the draft is saved on this computer
composer-send = Send
composer-sending = Queuing…
composer-send-title = Queue the reply in the outbox; it is sent as soon as the channel is reachable

## Delivery states of outgoing messages

delivery-queued = Queued
delivery-sending = Sending
delivery-sent = Sent
delivery-accepted = Accepted
delivery-failed = Failed
delivery-queued-hint = Waits in the outbox until the channel sends it
delivery-sending-hint = Being sent to the channel now
delivery-sent-hint = Sent to the channel
delivery-accepted-hint = The marketplace or mail server accepted the message
delivery-failed-hint = Could not be sent; Bridgedesk will retry
delivery-error-unknown = Delivery problem ({ $code })

## Customer panel

customer-empty = The buyer's details appear here when you open a conversation.
customer-country = Country
customer-language = Language
customer-local-time = Local time
customer-local-time-unknown = not known (no country on file)
buyer-time-same = same time as you
buyer-time-behind = −{ $hours } h from you
buyer-time-ahead = +{ $hours } h from you
customer-identities = Identities
customer-orders =
    { $count ->
        [0] Orders
       *[other] Orders ({ $count })
    }
customer-no-orders = No orders linked to this buyer.
order-number = Order number
order-item-quantity = { $quantity } ×
order-total = Total
order-carrier-unknown = Carrier unknown
order-tracking-title = Tracking number — click to select
