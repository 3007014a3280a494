//! A reply in an e-mail conversation: written as e-mail with bridgedesk-mime (In-Reply-To and
//! References of the buyer's newest message, `Re:` subject, the account's signature, a fresh
//! Message-ID on the account's domain) and committed to the outbox with its exact bytes, so
//! the account's SMTP sender delivers it — once — when the server is reachable.

use crate::error::{CoreError, CoreResult};
use crate::Workspace;
use bridgedesk_mime::{compose_reply, MailAddress, ReplyDraft};
use bridgedesk_model::{MessageView, RowId};
use bridgedesk_store::{EmailReply, ReplyContext, Store};
use rand::RngCore;

impl Workspace {
    /// Composes and queues an e-mail reply; the caller has checked the conversation is e-mail.
    pub(crate) fn queue_email_reply(
        &self,
        store: &Store,
        conversation_id: RowId,
        context: ReplyContext,
        author: &str,
        text: &str,
    ) -> CoreResult<MessageView> {
        let account = match store.email_account(context.account_id) {
            Ok(account) => account,
            Err(bridgedesk_store::StoreError::NotFound { .. }) => {
                return Err(CoreError::NoMailAccount)
            }
            Err(err) => return Err(err.into()),
        };
        let now = self.clock.now();
        let mut random = [0u8; 8];
        rand::thread_rng().fill_bytes(&mut random);
        let token: String = format!(
            "bd.{now}.{conversation_id}.{}",
            random
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        );
        let composed = compose_reply(&ReplyDraft {
            from: MailAddress {
                name: Some(account.display_name.clone()).filter(|n| !n.is_empty()),
                address: account.from_address.clone(),
            },
            to: vec![MailAddress {
                name: None,
                address: context.buyer_address.clone(),
            }],
            cc: Vec::new(),
            parent_subject: context.subject.clone(),
            parent_message_id: Some(context.parent_message_id.clone()),
            parent_references: context.parent_references.clone(),
            text: text.trim_end().to_owned(),
            html: None,
            signature: Some(account.signature.clone()).filter(|s| !s.trim().is_empty()),
            attachments: Vec::new(),
            date_ms: now,
            unique_token: token,
        })
        .map_err(|err| CoreError::Compose(err.code()))?;
        let message = store.queue_email_reply(
            conversation_id,
            &EmailReply {
                account_id: account.id,
                author: author.to_owned(),
                text: text.to_owned(),
                at: now,
                raw_mime: composed.raw,
                envelope_from: account.from_address.clone(),
                envelope_to: vec![context.buyer_address.clone()],
                thread_subject: bridgedesk_mime::normalize_subject(&composed.subject),
                subject: composed.subject,
                rfc_message_id: composed.message_id,
                in_reply_to: vec![context.parent_message_id],
                references: composed.references,
            },
        )?;
        self.mail.wake(account.id);
        Ok(message)
    }
}
