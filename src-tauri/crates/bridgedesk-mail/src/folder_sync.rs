//! One folder's round trip: detect a UIDVALIDITY change, mirror expunges and flag
//! changes, then download the messages not yet stored, newest first, in UID batches.
//!
//! Correctness does not hang on a cursor: new messages are "UIDs on the server that the
//! repository does not know", so a round interrupted anywhere (server hangs up, app
//! killed) resumes without refetching or duplicating, and the stored [`FolderState`] is
//! written only at the end. The cursor (UIDNEXT + HIGHESTMODSEQ) makes an unchanged
//! folder cost one SELECT, and CONDSTORE's CHANGEDSINCE keeps flag resyncs small.

use std::collections::BTreeSet;
use std::sync::Arc;

use async_imap::types::Flag;
use futures::TryStreamExt;

use crate::engine::{repo_call, Engine};
use crate::imap::{timed, Folder, ImapCaps, ImapSession};
use crate::{Flags, FolderState, IncomingMessage, IngestOutcome, MailError, SyncEvent};

/// One message as downloaded, before ingest.
struct Fetched {
    uid: u32,
    flags: Flags,
    modseq: Option<u64>,
    internal_date_ms: Option<i64>,
    raw: Vec<u8>,
}

/// Converts server flags.
pub(crate) fn flags_from<'a>(flags: impl Iterator<Item = Flag<'a>>) -> Flags {
    let mut out = Flags::default();
    for flag in flags {
        match flag {
            Flag::Seen => out.seen = true,
            Flag::Answered => out.answered = true,
            Flag::Flagged => out.flagged = true,
            Flag::Deleted => out.deleted = true,
            Flag::Draft => out.draft = true,
            Flag::Recent | Flag::MayCreate => {}
            Flag::Custom(name) => {
                out.keywords.insert(name.into_owned());
            }
        }
    }
    out
}

/// Writes ascending UIDs as a compact IMAP sequence set (`1:5,9,12:14`).
pub(crate) fn uid_set(uids: &[u32]) -> String {
    let mut sorted = uids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut out = String::new();
    let mut i = 0;
    while i < sorted.len() {
        let start = sorted[i];
        let mut end = start;
        while i + 1 < sorted.len() && sorted[i + 1] == end + 1 {
            i += 1;
            end = sorted[i];
        }
        if !out.is_empty() {
            out.push(',');
        }
        if start == end {
            out.push_str(&start.to_string());
        } else {
            out.push_str(&format!("{start}:{end}"));
        }
        i += 1;
    }
    out
}

impl Engine {
    /// Brings one folder in line with the server. Returns how many messages were inserted.
    pub(crate) async fn sync_folder(
        &self,
        session: &mut ImapSession,
        caps: ImapCaps,
        folder: &Folder,
    ) -> Result<u32, MailError> {
        let d = self.options.io_timeout;
        let account = self.settings.account;
        let mbox = if caps.condstore {
            timed(d, session.select_condstore(&folder.name)).await?
        } else {
            timed(d, session.select(&folder.name)).await?
        };
        drain_unsolicited(session);
        let uidvalidity = mbox
            .uid_validity
            .ok_or_else(|| MailError::Protocol("SELECT without UIDVALIDITY".into()))?;
        let server_uidnext = mbox.uid_next.unwrap_or(0);
        let server_modseq = mbox.highest_modseq.unwrap_or(0);

        let name = folder.name.clone();
        let mut stored = repo_call(&self.repo, move |r| r.folder_state(account, &name)).await?;
        if let Some(state) = stored {
            if state.uidvalidity != uidvalidity {
                tracing::info!(account, "UIDVALIDITY changed; re-keying folder");
                let name = folder.name.clone();
                repo_call(&self.repo, move |r| {
                    r.uidvalidity_changed(account, &name, uidvalidity)
                })
                .await?;
                stored = None;
            }
        }
        if let Some(state) = stored {
            let unchanged = caps.condstore
                && server_modseq != 0
                && state.highest_modseq == server_modseq
                && state.uidnext == server_uidnext;
            if unchanged {
                self.emit(SyncEvent::FolderSynced {
                    account,
                    folder: folder.name.clone(),
                });
                return Ok(0);
            }
        }

        let name = folder.name.clone();
        let known: BTreeSet<u32> = repo_call(&self.repo, move |r| {
            r.known_uids(account, &name, uidvalidity)
        })
        .await?
        .into_iter()
        .collect();
        let server: BTreeSet<u32> = if mbox.exists == 0 {
            BTreeSet::new()
        } else {
            timed(d, session.uid_search("ALL"))
                .await?
                .into_iter()
                .collect()
        };

        let gone: Vec<u32> = known.difference(&server).copied().collect();
        if !gone.is_empty() {
            let name = folder.name.clone();
            repo_call(&self.repo, move |r| {
                r.remote_expunged(account, &name, uidvalidity, &gone)
            })
            .await?;
        }

        if let Some(state) = stored {
            if !known.is_empty() && !server.is_empty() {
                let query = if caps.condstore && state.highest_modseq > 0 {
                    format!("(UID FLAGS) (CHANGEDSINCE {})", state.highest_modseq)
                } else {
                    "(UID FLAGS)".to_owned()
                };
                let fetched: Vec<(u32, Flags)> = timed(d, async {
                    let mut stream = session.uid_fetch("1:*", &query).await?;
                    let mut out = Vec::new();
                    while let Some(fetch) = stream.try_next().await? {
                        if let Some(uid) = fetch.uid {
                            if known.contains(&uid) {
                                out.push((uid, flags_from(fetch.flags())));
                            }
                        }
                    }
                    Ok(out)
                })
                .await?;
                drain_unsolicited(session);
                if !fetched.is_empty() {
                    let name = folder.name.clone();
                    repo_call(&self.repo, move |r| {
                        r.apply_remote_flags(account, &name, uidvalidity, &fetched)
                    })
                    .await?;
                }
            }
        }

        let mut new: Vec<u32> = server.difference(&known).copied().collect();
        new.reverse();
        let inserted = self
            .download(session, caps, folder, uidvalidity, &new)
            .await?;

        let max_uid = server.iter().next_back().copied().unwrap_or(0);
        let state = FolderState {
            uidvalidity,
            uidnext: server_uidnext.max(max_uid.saturating_add(1)),
            highest_modseq: server_modseq,
        };
        let name = folder.name.clone();
        repo_call(&self.repo, move |r| {
            r.save_folder_state(account, &name, &state)
        })
        .await?;
        if inserted > 0 {
            self.emit(SyncEvent::NewMail {
                account,
                folder: folder.name.clone(),
                count: inserted,
            });
        }
        self.emit(SyncEvent::FolderSynced {
            account,
            folder: folder.name.clone(),
        });
        Ok(inserted)
    }

    /// Fetches `uids` (newest first) in batches; ingest of one batch overlaps the fetch of
    /// the next on the blocking pool.
    async fn download(
        &self,
        session: &mut ImapSession,
        caps: ImapCaps,
        folder: &Folder,
        uidvalidity: u32,
        uids: &[u32],
    ) -> Result<u32, MailError> {
        let d = self.options.io_timeout;
        let account = self.settings.account;
        let total = u32::try_from(uids.len()).unwrap_or(u32::MAX);
        let query = if caps.condstore {
            "(UID FLAGS INTERNALDATE MODSEQ BODY.PEEK[])"
        } else {
            "(UID FLAGS INTERNALDATE BODY.PEEK[])"
        };
        let folder_name: Arc<str> = Arc::from(folder.name.as_str());
        let mut inserted = 0u32;
        let mut done = 0u32;
        let mut pending: Option<tokio::task::JoinHandle<Result<u32, crate::RepoError>>> = None;
        if total > 0 {
            self.emit(SyncEvent::Progress {
                account,
                folder: folder.name.clone(),
                done: 0,
                total,
            });
        }
        for chunk in uids.chunks(self.options.batch_size.max(1)) {
            let set = uid_set(chunk);
            let batch: Vec<Fetched> = timed(d, async {
                let mut stream = session.uid_fetch(&set, query).await?;
                let mut out = Vec::with_capacity(chunk.len());
                while let Some(fetch) = stream.try_next().await? {
                    let (Some(uid), Some(raw)) = (fetch.uid, fetch.body()) else {
                        continue;
                    };
                    out.push(Fetched {
                        uid,
                        flags: flags_from(fetch.flags()),
                        modseq: fetch.modseq,
                        internal_date_ms: fetch.internal_date().map(|t| t.timestamp_millis()),
                        raw: raw.to_vec(),
                    });
                }
                Ok(out)
            })
            .await?;
            drain_unsolicited(session);
            if let Some(previous) = pending.take() {
                inserted += join_ingest(previous).await?;
            }
            let repo = self.repo.clone();
            let folder_name = folder_name.clone();
            let special_use = folder.special_use;
            pending = Some(tokio::task::spawn_blocking(move || {
                let mut count = 0;
                for message in &batch {
                    let outcome = repo.ingest(IncomingMessage {
                        account,
                        folder: &folder_name,
                        special_use,
                        uidvalidity,
                        uid: message.uid,
                        modseq: message.modseq,
                        flags: &message.flags,
                        internal_date_ms: message.internal_date_ms,
                        raw: &message.raw,
                    })?;
                    if outcome == IngestOutcome::Inserted {
                        count += 1;
                    }
                }
                Ok(count)
            }));
            done = done.saturating_add(u32::try_from(chunk.len()).unwrap_or(u32::MAX));
            self.emit(SyncEvent::Progress {
                account,
                folder: folder.name.clone(),
                done,
                total,
            });
        }
        if let Some(previous) = pending.take() {
            inserted += join_ingest(previous).await?;
        }
        Ok(inserted)
    }
}

async fn join_ingest(
    handle: tokio::task::JoinHandle<Result<u32, crate::RepoError>>,
) -> Result<u32, MailError> {
    handle
        .await
        .map_err(|_| MailError::Repository("ingest task failed".into()))?
        .map_err(MailError::from)
}

/// Discards queued unsolicited responses: the engine re-reads state with explicit
/// commands, so the queue only needs emptying to keep it from filling.
pub(crate) fn drain_unsolicited(session: &mut ImapSession) {
    while session.unsolicited_responses.try_recv().is_ok() {}
}

#[cfg(test)]
mod tests {
    use super::uid_set;

    #[test]
    fn uid_sets_are_compressed_into_ranges() {
        assert_eq!(uid_set(&[9, 1, 2, 3, 5, 12, 13, 14]), "1:3,5,9,12:14");
        assert_eq!(uid_set(&[7]), "7");
        assert_eq!(uid_set(&[]), "");
    }
}
