# Bridgedesk web UI — English (United States).
# Every id here exists in every locale's ui.ftl (checked by ui/src/test/locales.test.ts).

## The locale itself, shown in its own language in the settings menu

locale-name = English (US)

## App

app-name = Bridgedesk
app-starting = Opening your workspace…
app-error-fallback = Something went wrong (code { $code }). Please try again.
app-error-unexpected = Unexpected problem in the app window: { $detail }
error-banner-dismiss = Dismiss

## Welcome (empty workspace)

welcome-title = Welcome to Bridgedesk
welcome-line-1 = One inbox for every buyer message — email, eBay, Amazon, Shopee, TikTok Shop, Lazada and Telegram.
welcome-line-2 = Everything is stored on this computer, so you can read, search and reply even when you are offline.
welcome-demo = Explore with demo data
welcome-demo-hint = A realistic inbox with buyers, orders and tracking numbers. Nothing is sent anywhere.
welcome-demo-busy = Creating the demo inbox…
welcome-demo-busy-detail = Filling the local database with demo conversations. This takes a few seconds.
welcome-add-account = Add an account
welcome-add-account-hint = Connect your e-mail and marketplace stores.
add-account-title = Accounts are coming soon
add-account-coming = Connecting e-mail (IMAP/SMTP) and marketplace accounts (eBay, Amazon, Shopee, TikTok Shop, Lazada, Telegram) comes in an upcoming version of Bridgedesk.
add-account-meanwhile = Meanwhile, explore the demo inbox to see how Bridgedesk works.
add-account-back = Back

## Damaged workspace

unavailable-title = Your workspace could not be opened
unavailable-path = Database file:
unavailable-not-recoverable = Bridgedesk cannot repair this by itself. Close the app, check the file and its folder, then start Bridgedesk again.
move-aside = Move the damaged file aside and start fresh
move-aside-question = Bridgedesk will rename the damaged file (it is kept next to the new one, nothing is deleted) and start with an empty workspace. Continue?
move-aside-confirm = Yes, move it aside
move-aside-cancel = Cancel

## Filter bar

search-placeholder = Search messages…
search-label = Search messages
filter-status = Status
filter-status-all = All statuses
filter-channel = Channel
filter-channel-all = All channels
filter-store = Store
filter-store-all = All stores
filter-language = Language
filter-language-all = All languages
filter-category = Category
filter-category-all = All categories
filter-assignee = Assignee
filter-assignee-all = Anyone
filter-assignee-unassigned = Unassigned
inbox-total =
    { $count ->
        [one] { $count } conversation
       *[other] { $count } conversations
    }
inbox-total-capped = { $count }+ conversations
inbox-total-title = Conversations matching the filters
unread-count =
    { $count ->
        [0] No unread
       *[other] { $count } unread
    }
unread-title = Open and pending conversations with unread messages

## Conversation list

list-label = Conversations
list-empty = No conversations match these filters.
list-empty-search = No messages match your search.
row-unread =
    { $count ->
        [one] { $count } unread message
       *[other] { $count } unread messages
    }
row-priority = Priority: { $priority }
due-in = due in { $duration }
due-overdue = overdue { $duration }
duration-minutes = { $count } min
duration-hours = { $count } h
duration-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }

## Conversation pane

pane-empty = Select a conversation
pane-loading = Opening the conversation…
pane-empty-hint = Use j and k to move through the list, Enter to open, ? for all shortcuts.
header-store = Store
header-priority = Priority
header-category = Category
header-assignee = Assignee
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
message-html-title = Original e-mail formatting (scripts and remote content blocked)
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

## Settings menu

settings-open = Settings
settings-title = Settings
settings-language = Language
settings-time-zone = Your time zone
settings-agent = Signed in as

## Keyboard shortcuts

help-title = Keyboard shortcuts
help-close = Close
shortcut-next = Next conversation
shortcut-previous = Previous conversation
shortcut-open = Open the selected conversation
shortcut-reply = Reply (focus the composer)
shortcut-resolve = Resolve the open conversation
shortcut-search = Search
shortcut-help = Show or hide this help
shortcut-escape = Close this help, leave a text field
shortcut-send = Send the reply (in the composer)

## Channels

channel-email = Email
channel-ebay = eBay
channel-amazon = Amazon
channel-shopee = Shopee
channel-tiktok-shop = TikTok Shop
channel-lazada = Lazada
channel-telegram = Telegram
channel-badge-email = Mail
channel-badge-ebay = eBay
channel-badge-amazon = Amazon
channel-badge-shopee = Shopee
channel-badge-tiktok-shop = TikTok
channel-badge-lazada = Lazada
channel-badge-telegram = TG

## Conversation status, priority, category

status-open = Open
status-pending = Pending
status-resolved = Resolved
status-closed = Closed
priority-low = Low
priority-normal = Normal
priority-high = High
priority-urgent = Urgent
category-product = Product
category-order-logistics = Order & shipping
category-return-exchange = Return or exchange
category-repair = Repair
category-complaint = Complaint
category-other = Other

## Message authors

author-customer = Buyer
author-agent = Agent
author-system = System
author-auto = Auto-reply

## Orders and carriers

order-status-awaiting-payment = Awaiting payment
order-status-paid = Paid
order-status-shipped = Shipped
order-status-in-transit = In transit
order-status-delivered = Delivered
order-status-returned = Returned
order-status-cancelled = Cancelled
order-status-refunded = Refunded
carrier-china-post = China Post
carrier-ems = EMS
carrier-dhl = DHL
carrier-ups = UPS
carrier-fedex = FedEx
carrier-tnt = TNT
carrier-yanwen = Yanwen
carrier-4px = 4PX
carrier-cainiao = Cainiao
carrier-yunexpress = YunExpress
carrier-other = Dedicated line
