-- An e-mail the SMTP server accepted whose copy is not yet filed in the Sent folder. The row is
-- already `sent` (the buyer has it; it counts as a reply), and the engine files the copy on its
-- next connection instead of submitting again: a crash between the two steps can no longer
-- send the reply twice.
ALTER TABLE outbox ADD COLUMN sent_copy_pending INTEGER NOT NULL DEFAULT 0;
