# What the agent does to an e-mail conversation that reaches the mailbox: archive on close, mark as unread.

mail-archive-on-close = Move closed conversations to the Archive folder
mail-archive-on-close-hint = When you resolve or close an e-mail conversation, its messages leave the server's INBOX too (other mail apps show them in Archive).
action-mark-unread = Mark as unread
action-mark-unread-title = Mark the buyer's last message as unread (u)
shortcut-mark-unread = Mark the open conversation as unread
