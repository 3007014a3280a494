# The inbox: filter bar, search and conversation list.

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
# Tooltip of the time in a list row.
# $relative (String) - how long ago, already formatted, e.g. "3 hours ago", "yesterday"
# $time (String) - the date and time in the agent's time zone, e.g. "Mar 3, 2025, 2:05 PM"
row-last-activity = Last activity { $relative } ({ $time })
due-in = due in { $duration }
due-overdue = overdue { $duration }
duration-minutes = { $count } min
duration-hours = { $count } h
duration-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
