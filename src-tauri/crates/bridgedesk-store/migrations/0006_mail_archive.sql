-- What the agent does to an e-mail conversation reaches the mailbox (issue 3): closing a
-- conversation can archive its mail on the server, and a message we moved is not taken for a
-- deleted one while it travels between folders.

-- Move a conversation's INBOX mail to the account's Archive folder when the agent resolves or
-- closes it. On by default: a small seller's INBOX is their to-do list, and what they closed
-- here should leave it on the phone and webmail too (Gmail's and Outlook's "archive" habit);
-- the ones who keep everything in INBOX turn it off per account.
ALTER TABLE email_accounts ADD COLUMN archive_on_close INTEGER NOT NULL DEFAULT 1;

-- The special use ('archive') of the folder the app moved this message to, until a sync finds
-- it there. While set, the message's last location vanishing (the move seen as an expunge in
-- INBOX) is the move, not a deletion, so the message keeps its row, read state and
-- conversation, and the copy found in Archive is the same message (by Message-ID).
ALTER TABLE email_messages ADD COLUMN moving_to TEXT NOT NULL DEFAULT '';
