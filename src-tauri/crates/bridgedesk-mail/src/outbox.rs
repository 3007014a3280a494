//! The outbox sender: submit over SMTP, file a copy in Sent, record the outcome. Exactly
//! once: the acceptance is recorded (`Accepted`) before the copy is appended, so an item
//! interrupted after the server took it only gets its copy filed later, never a second
//! submission; an item found in `sending` (the app stopped mid-send, before any answer) is
//! first looked up in Sent by Message-ID and counted as sent when a copy is there. What is
//! left is the instant between the server's 250 and that record.

use std::time::Duration;

use crate::engine::{now_ms, repo_call, Engine};
use crate::folder_sync::drain_unsolicited;
use crate::imap::{ensure_folder, timed, Folder, ImapSession};
use crate::smtp::SmtpConnection;
use crate::{MailError, OutboxState, OutboxTransition, OutgoingMail, SpecialUse, SyncEvent};

/// Submission servers known to file a copy of every submitted message in Sent
/// themselves; appending another copy would show the reply twice.
pub(crate) fn smtp_files_sent_copy(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    [
        "smtp.gmail.com",
        "smtp.googlemail.com",
        "smtp.office365.com",
        "smtp-mail.outlook.com",
    ]
    .iter()
    .any(|known| host == *known)
}

/// Quotes a string for an IMAP SEARCH argument.
fn imap_quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars().filter(|c| *c != '\r' && *c != '\n') {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// True when the Sent folder already holds a message with this Message-ID.
pub(crate) async fn found_in_sent(
    session: &mut ImapSession,
    sent: &str,
    message_id: &str,
    d: Duration,
) -> Result<bool, MailError> {
    timed(d, session.select(sent)).await?;
    let id = message_id.trim_start_matches('<').trim_end_matches('>');
    let hits = timed(
        d,
        session.uid_search(format!("HEADER Message-ID {}", imap_quote(id))),
    )
    .await?;
    drain_unsolicited(session);
    Ok(!hits.is_empty())
}

impl Engine {
    /// Sends every outbox item that is due. Stops at the first transient failure (the
    /// server is probably down; the others would fail the same way).
    pub(crate) async fn send_outbox(
        &mut self,
        session: &mut ImapSession,
        folders: &mut Vec<Folder>,
        password: &str,
    ) -> Result<(), MailError> {
        let account = self.settings.account;
        let d = self.options.io_timeout;
        self.next_outbox_retry_ms = None;
        let mut handled = std::collections::BTreeSet::new();
        loop {
            let now = now_ms();
            let Some(item) = repo_call(&self.repo, move |r| r.next_outgoing(account, now)).await?
            else {
                return Ok(());
            };
            if !handled.insert(item.outbox_id) {
                // The repository handed the same item back in one pass; leave it for the next round.
                return Ok(());
            }
            let sent_folder = ensure_folder(session, folders, SpecialUse::Sent, d).await?;
            if item.state == OutboxState::Accepted {
                // Delivered before the app stopped: file the missing copy, never resubmit.
                if !found_in_sent(session, &sent_folder, &item.message_id, d).await? {
                    self.file_sent_copy(session, &sent_folder, &item).await?;
                }
                self.mark_sent(&item).await?;
                continue;
            }
            if item.state == OutboxState::Sending
                && found_in_sent(session, &sent_folder, &item.message_id, d).await?
            {
                tracing::info!(
                    account,
                    outbox_id = item.outbox_id,
                    "outbox item found in Sent after an interrupted send"
                );
                self.mark_sent(&item).await?;
                continue;
            }
            let id = item.outbox_id;
            let at_ms = now_ms();
            repo_call(&self.repo, move |r| {
                r.set_outgoing_state(id, OutboxTransition::Sending { at_ms })
            })
            .await?;
            match submit(&self.settings, password, &item, d).await {
                Ok(()) => {
                    let filed_by_server = self.options.server_saves_sent
                        || smtp_files_sent_copy(&self.settings.smtp.host);
                    if !filed_by_server {
                        let at_ms = now_ms();
                        repo_call(&self.repo, move |r| {
                            r.set_outgoing_state(id, OutboxTransition::Accepted { at_ms })
                        })
                        .await?;
                        self.file_sent_copy(session, &sent_folder, &item).await?;
                    }
                    self.mark_sent(&item).await?;
                }
                Err(err) => {
                    let attempts = item.attempts.saturating_add(1);
                    let permanent = matches!(err, MailError::Rejected(_));
                    let delay = self
                        .options
                        .outbox_retry
                        .delay(attempts, rand::random::<f64>());
                    let retry_at_ms = now_ms()
                        .saturating_add(i64::try_from(delay.as_millis()).unwrap_or(i64::MAX));
                    tracing::warn!(
                        account,
                        outbox_id = id,
                        code = err.code(),
                        attempts,
                        permanent,
                        "outbox send failed"
                    );
                    let transition = OutboxTransition::Failed {
                        reason: err.code().to_owned(),
                        message_id: err.message_id().to_owned(),
                        retry_at_ms,
                        attempts,
                        permanent,
                    };
                    repo_call(&self.repo, move |r| r.set_outgoing_state(id, transition)).await?;
                    self.emit(SyncEvent::OutboxFailed {
                        account,
                        outbox_id: id,
                        code: err.code().to_owned(),
                        retry_at_ms,
                    });
                    if !permanent {
                        self.next_outbox_retry_ms = Some(
                            self.next_outbox_retry_ms
                                .map_or(retry_at_ms, |t| t.min(retry_at_ms)),
                        );
                        return Ok(());
                    }
                }
            }
        }
    }

    /// Appends the copy to Sent. A connection that broke is an error (the item stays
    /// `Accepted` and the next connection files it); a server that refuses the copy is only
    /// logged, since the buyer has the message all the same.
    async fn file_sent_copy(
        &self,
        session: &mut ImapSession,
        sent_folder: &str,
        item: &OutgoingMail,
    ) -> Result<(), MailError> {
        let appended = timed(
            self.options.io_timeout,
            session.append(sent_folder, Some("(\\Seen)"), None, &item.raw),
        )
        .await;
        drain_unsolicited(session);
        match appended {
            Ok(()) => Ok(()),
            Err(
                err @ (MailError::Network(_)
                | MailError::Timeout
                | MailError::Tls(_)
                | MailError::ConnectionRefused),
            ) => Err(err),
            Err(err) => {
                tracing::warn!(
                    account = self.settings.account,
                    outbox_id = item.outbox_id,
                    code = err.code(),
                    "could not file the sent copy"
                );
                Ok(())
            }
        }
    }

    async fn mark_sent(&self, item: &OutgoingMail) -> Result<(), MailError> {
        let id = item.outbox_id;
        let at_ms = now_ms();
        repo_call(&self.repo, move |r| {
            r.set_outgoing_state(id, OutboxTransition::Sent { at_ms })
        })
        .await?;
        self.emit(SyncEvent::OutboxSent {
            account: self.settings.account,
            outbox_id: id,
        });
        Ok(())
    }
}

async fn submit(
    settings: &crate::AccountSettings,
    password: &str,
    item: &OutgoingMail,
    d: Duration,
) -> Result<(), MailError> {
    let mut smtp = SmtpConnection::open(&settings.smtp, &settings.tls_trust, password, d).await?;
    smtp.send(&item.envelope_from, &item.recipients, &item.raw)
        .await?;
    smtp.quit().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{imap_quote, smtp_files_sent_copy};

    #[test]
    fn gmail_and_microsoft_file_their_own_sent_copy() {
        assert!(smtp_files_sent_copy("smtp.gmail.com"));
        assert!(smtp_files_sent_copy("SMTP.Office365.com."));
        assert!(!smtp_files_sent_copy("smtp.example.com"));
        assert!(!smtp_files_sent_copy("127.0.0.1"));
    }

    #[test]
    fn search_arguments_are_quoted_and_stripped_of_line_breaks() {
        assert_eq!(imap_quote("a\"b\\c\r\nd"), "\"a\\\"b\\\\cd\"");
    }
}
