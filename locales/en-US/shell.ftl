# Strings formatted by the Rust side: the window title and the command line.

shell-window-title = Bridgedesk — Inbox
shell-window-title-unread = { $count ->
    [0] Bridgedesk — Inbox
    [one] Bridgedesk — Inbox (1 unread)
   *[other] Bridgedesk — Inbox ({ $count } unread)
}
cli-generated = Generated { $conversations } conversations with { $messages } messages into { $path } in { $seconds } s.
cli-stats = Stores: { $stores } · Customers: { $customers } · Orders: { $orders } · Conversations: { $conversations } · Messages: { $messages } · Queued replies: { $queued } · Schema: v{ $schema } · File: { $megabytes } MB
cli-search-none = No conversation matches “{ $query }”.
cli-search-count = { $count ->
    [one] 1 conversation matches
   *[other] { $count } conversations match
} “{ $query }”{ $capped ->
    [yes] { " " }(among the newest matches)
   *[no] {""}
}.
