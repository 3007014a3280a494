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
        let incremental =
            stored.filter(|s| caps.qresync && self.options.use_qresync && s.highest_modseq > 0);
        let (new, gone, flag_changes, max_server_uid) = if let Some(state) = incremental {
            // QRESYNC: one FETCH brings the flag changes and, as VANISHED (EARLIER), the
            // expunges since the stored HIGHESTMODSEQ; new mail is above the stored UIDNEXT.
            let (changes, vanished) =
                fetch_changes(session, d, &known, Some(state.highest_modseq), true).await?;
            let gone: Vec<u32> = vanished
                .iter()
                .flat_map(|range| known.range(range.clone()).copied())
                .collect();
            let new: BTreeSet<u32> = if server_uidnext == 0 || server_uidnext > state.uidnext {
                timed(d, session.uid_search(format!("UID {}:*", state.uidnext)))
                    .await?
                    .into_iter()
                    .filter(|uid| *uid >= state.uidnext && !known.contains(uid))
                    .collect()
            } else {
                BTreeSet::new()
            };
            let max = new.iter().next_back().copied().unwrap_or(0);
            (new, gone, changes, max)
        } else {
            // Without QRESYNC (or on first sync): the full UID list gives both the new
            // messages and the expunged ones.
            let server: BTreeSet<u32> = if mbox.exists == 0 {
                BTreeSet::new()
            } else {
                timed(d, session.uid_search("ALL"))
                    .await?
                    .into_iter()
                    .collect()
            };
            let gone: Vec<u32> = known.difference(&server).copied().collect();
            let changes = match stored {
                Some(state) if !known.is_empty() && !server.is_empty() => {
                    let since = (caps.condstore && state.highest_modseq > 0)
                        .then_some(state.highest_modseq);
                    fetch_changes(session, d, &known, since, false).await?.0
                }
                _ => Vec::new(),
            };
            let new: BTreeSet<u32> = server.difference(&known).copied().collect();
            let max = server.iter().next_back().copied().unwrap_or(0);
            (new, gone, changes, max)
        };

        if !gone.is_empty() {
            let name = folder.name.clone();
            repo_call(&self.repo, move |r| {
                r.remote_expunged(account, &name, uidvalidity, &gone)
            })
            .await?;
        }
        if !flag_changes.is_empty() {
            let name = folder.name.clone();
            repo_call(&self.repo, move |r| {
                r.apply_remote_flags(account, &name, uidvalidity, &flag_changes)
            })
            .await?;
        }

        let newest_first: Vec<u32> = new.iter().rev().copied().collect();
        let (inserted, first_missing) = self
            .download(session, caps, folder, uidvalidity, &newest_first)
            .await?;

        let mut uidnext = server_uidnext.max(max_server_uid.saturating_add(1));
        if let Some(missing) = first_missing {
            // A requested message did not come back (expunged meanwhile, or the server
            // skipped it): look again from there next round.
            uidnext = uidnext.min(missing);
        }
        let state = FolderState {
            uidvalidity,
            uidnext,
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
    ) -> Result<(u32, Option<u32>), MailError> {
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
        let mut first_missing: Option<u32> = None;
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
            if batch.len() < chunk.len() {
                let returned: BTreeSet<u32> = batch.iter().map(|m| m.uid).collect();
                if let Some(missing) = chunk
                    .iter()
                    .copied()
                    .filter(|u| !returned.contains(u))
                    .min()
                {
                    first_missing = Some(first_missing.map_or(missing, |m: u32| m.min(missing)));
                }
            }
            if let Some(previous) = pending.take() {
                inserted += join_ingest(previous).await?;
            }
            let repo = self.repo.clone();
            let folder_name = folder_name.clone();
            let special_use = folder.special_use;
            pending = Some(tokio::task::spawn_blocking(move || {
                let items: Vec<IncomingMessage<'_>> = batch
                    .iter()
                    .map(|message| IncomingMessage {
                        account,
                        folder: &folder_name,
                        special_use,
                        uidvalidity,
                        uid: message.uid,
                        modseq: message.modseq,
                        flags: &message.flags,
                        internal_date_ms: message.internal_date_ms,
                        raw: &message.raw,
                    })
                    .collect();
                let outcomes = repo.ingest_batch(&items)?;
                let count = outcomes
                    .iter()
                    .filter(|o| **o == IngestOutcome::Inserted)
                    .count();
                Ok(u32::try_from(count).unwrap_or(u32::MAX))
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
        Ok((inserted, first_missing))
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

/// Flag changes of known messages (all of them, or those changed since `since` with
/// CONDSTORE) and, with `vanished`, the UID ranges expunged since `since` (QRESYNC).
async fn fetch_changes(
    session: &mut ImapSession,
    d: std::time::Duration,
    known: &BTreeSet<u32>,
    since: Option<u64>,
    vanished: bool,
) -> Result<(Vec<(u32, Flags)>, Vec<std::ops::RangeInclusive<u32>>), MailError> {
    if known.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let query = match (since, vanished) {
        (Some(modseq), true) => format!("(UID FLAGS) (CHANGEDSINCE {modseq} VANISHED)"),
        (Some(modseq), false) => format!("(UID FLAGS) (CHANGEDSINCE {modseq})"),
        (None, _) => "(UID FLAGS)".to_owned(),
    };
    // The VANISHED response arrives on the unsolicited queue: empty it first so that it
    // has room and holds only this command's responses.
    drain_unsolicited(session);
    let range = match (known.first(), known.last()) {
        (Some(first), Some(last)) => format!("{first}:{last}"),
        _ => "1:*".to_owned(),
    };
    let changes = timed(d, async {
        let mut stream = session.uid_fetch(&range, &query).await?;
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
    let mut ranges = Vec::new();
    while let Ok(response) = session.unsolicited_responses.try_recv() {
        if let async_imap::types::UnsolicitedResponse::Other(data) = response {
            if let async_imap::imap_proto::Response::Vanished { uids, .. } = data.parsed() {
                ranges.extend(uids.iter().cloned());
            }
        }
    }
    Ok((changes, ranges))
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
