//! The agent's actions on a conversation that an e-mail mailbox mirrors: resolving or closing
//! archives the conversation's INBOX mail (per account setting), and "mark as unread" clears
//! `\Seen` on the buyer's last message. The store queues the changes; the accounts concerned
//! are woken so they push them at once rather than at their next round.

use crate::error::CoreResult;
use crate::Workspace;
use bridgedesk_model::{ConversationStatus, ConversationSummary, RowId};
use bridgedesk_store::Store;

impl Workspace {
    /// After a status change: a resolved or closed conversation's INBOX mail goes to Archive
    /// on the accounts that want it (and have an Archive folder); reopened or set pending
    /// before its account synced, it stays in INBOX.
    pub(crate) fn archive_mail_for_status(
        &self,
        store: &Store,
        id: RowId,
        status: ConversationStatus,
    ) -> CoreResult<()> {
        if !matches!(
            status,
            ConversationStatus::Resolved | ConversationStatus::Closed
        ) {
            store.cancel_pending_archive(id)?;
            return Ok(());
        }
        let accounts = store.archive_closed_conversation(id, self.clock.now())?;
        if !accounts.is_empty() {
            tracing::debug!(
                conversation = id,
                accounts = accounts.len(),
                "archive on close queued"
            );
        }
        for account in accounts {
            self.mail.wake(account);
        }
        Ok(())
    }

    /// Marks the buyer's last message unread, here and (for e-mail) on the server.
    pub fn mark_unread(&self, id: RowId) -> CoreResult<ConversationSummary> {
        let store = self.store()?;
        let marked = store.mark_unread(id, self.clock.now())?;
        for account in marked.accounts {
            self.mail.wake(account);
        }
        self.changed(id);
        Ok(marked.summary)
    }
}
