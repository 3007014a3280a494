//! IMAP connection set-up on top of `async-imap`: greeting, STARTTLS, LOGIN, capability
//! probe, and the mapping of its errors onto [`MailError`]. Everything protocol-level
//! after login lives in `sync` and `outbox`.

use std::time::Duration;

use async_imap::types::NameAttribute;
use futures::TryStreamExt;

use crate::transport::{connect_tcp, start_tls, MailStream};
use crate::{Endpoint, MailError, Protocol, Security, SpecialUse, TlsTrust};

/// A logged-in IMAP session.
pub(crate) type ImapSession = async_imap::Session<MailStream>;

/// The server features the engine adapts to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ImapCaps {
    pub idle: bool,
    pub condstore: bool,
    /// QRESYNC is enabled on this session (VANISHED instead of EXPUNGE).
    pub qresync: bool,
    pub uidplus: bool,
    pub mv: bool,
    pub special_use: bool,
}

/// Maps an `async-imap` error to the engine's error kinds.
pub(crate) fn imap_error(err: async_imap::error::Error) -> MailError {
    use async_imap::error::Error;
    match err {
        Error::Io(io) => MailError::from_io(&io),
        Error::ConnectionLost => MailError::Network("connection lost".into()),
        Error::Bad(text) | Error::No(text) => MailError::Protocol(text),
        Error::Parse(_) => MailError::Protocol("unparsable server response".into()),
        Error::Validate(_) => MailError::Protocol("invalid command argument".into()),
        Error::Append => MailError::Protocol("append refused".into()),
        _ => MailError::Protocol("imap error".into()),
    }
}

/// Connects, secures (certificates checked against `trust`), logs in and reads
/// capabilities, each step within `deadline`.
pub(crate) async fn imap_login(
    endpoint: &Endpoint,
    trust: &TlsTrust,
    password: &str,
    deadline: Duration,
) -> Result<(ImapSession, ImapCaps), MailError> {
    let tcp = connect_tcp(endpoint, deadline).await?;
    let stream = match endpoint.security {
        Security::Tls => start_tls(tcp, &endpoint.host, trust, deadline).await?,
        Security::Plain => MailStream::Plain(tcp),
        Security::StartTls => {
            let mut client = async_imap::Client::new(MailStream::Plain(tcp));
            read_greeting(&mut client, deadline).await?;
            match timed(deadline, client.run_command_and_check_ok("STARTTLS", None)).await {
                Ok(()) => {}
                Err(MailError::Protocol(_)) => return Err(MailError::StartTlsMissing),
                Err(err) => return Err(err),
            }
            match client.into_inner() {
                MailStream::Plain(tcp) => start_tls(tcp, &endpoint.host, trust, deadline).await?,
                MailStream::Tls(_) => {
                    return Err(MailError::Protocol("unexpected TLS stream".into()))
                }
            }
        }
    };
    let mut client = async_imap::Client::new(stream);
    if endpoint.security != Security::StartTls {
        read_greeting(&mut client, deadline).await?;
    }
    let login = tokio::time::timeout(deadline, client.login(&endpoint.user, password))
        .await
        .map_err(|_| MailError::Timeout)?;
    let mut session = match login {
        Ok(session) => session,
        Err((async_imap::error::Error::No(_), _)) => return Err(MailError::Auth(Protocol::Imap)),
        Err((err, _)) => return Err(imap_error(err)),
    };
    let caps = timed(deadline, session.capabilities()).await?;
    let qresync = caps.has_str("QRESYNC")
        && timed(deadline, session.run_command_and_check_ok("ENABLE QRESYNC"))
            .await
            .is_ok();
    let caps = ImapCaps {
        qresync,
        idle: caps.has_str("IDLE"),
        condstore: caps.has_str("CONDSTORE") || caps.has_str("QRESYNC"),
        uidplus: caps.has_str("UIDPLUS"),
        mv: caps.has_str("MOVE"),
        special_use: caps.has_str("SPECIAL-USE"),
    };
    Ok((session, caps))
}

async fn read_greeting(
    client: &mut async_imap::Client<MailStream>,
    deadline: Duration,
) -> Result<(), MailError> {
    match tokio::time::timeout(deadline, client.read_response()).await {
        Err(_) => Err(MailError::Timeout),
        Ok(None) => Err(MailError::Network("closed before greeting".into())),
        Ok(Some(Err(err))) => Err(MailError::from_io(&err)),
        Ok(Some(Ok(_greeting))) => Ok(()),
    }
}

/// Awaits an `async-imap` future within `deadline`.
pub(crate) async fn timed<T>(
    deadline: Duration,
    fut: impl std::future::Future<Output = async_imap::error::Result<T>>,
) -> Result<T, MailError> {
    tokio::time::timeout(deadline, fut)
        .await
        .map_err(|_| MailError::Timeout)?
        .map_err(imap_error)
}

/// A selectable folder and its role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Folder {
    pub name: String,
    pub special_use: Option<SpecialUse>,
}

/// Lists selectable folders, INBOX first, then Sent, Archive, the other roles, then the
/// rest by name. Roles come from SPECIAL-USE attributes, else from well-known names.
pub(crate) async fn discover_folders(
    session: &mut ImapSession,
    caps: ImapCaps,
    deadline: Duration,
) -> Result<Vec<Folder>, MailError> {
    let pattern = if caps.special_use {
        "\"*\" RETURN (SPECIAL-USE)"
    } else {
        "\"*\""
    };
    let names: Vec<_> = timed(deadline, async {
        session
            .list(Some(""), Some(pattern))
            .await?
            .try_collect::<Vec<_>>()
            .await
    })
    .await?;
    let mut folders: Vec<Folder> = names
        .iter()
        .filter(|n| {
            !n.attributes()
                .iter()
                .any(|a| matches!(a, NameAttribute::NoSelect))
        })
        .map(|n| {
            let by_attribute = n.attributes().iter().find_map(|a| match a {
                NameAttribute::Sent => Some(SpecialUse::Sent),
                NameAttribute::Archive => Some(SpecialUse::Archive),
                NameAttribute::Drafts => Some(SpecialUse::Drafts),
                NameAttribute::Trash => Some(SpecialUse::Trash),
                NameAttribute::Junk => Some(SpecialUse::Junk),
                _ => None,
            });
            Folder {
                name: n.name().to_owned(),
                special_use: by_attribute.or_else(|| role_from_name(n.name())),
            }
        })
        .collect();
    // One folder per role: the first one claiming it keeps it (attribute beats name).
    let mut seen = std::collections::BTreeSet::new();
    for folder in folders.iter_mut() {
        if let Some(role) = folder.special_use {
            if !seen.insert(role) {
                folder.special_use = None;
            }
        }
    }
    folders.sort_by(|a, b| {
        (role_rank(a.special_use), &a.name).cmp(&(role_rank(b.special_use), &b.name))
    });
    Ok(folders)
}

fn role_from_name(name: &str) -> Option<SpecialUse> {
    let last = name
        .rsplit(['/', '.'])
        .next()
        .unwrap_or(name)
        .to_ascii_lowercase();
    if name.eq_ignore_ascii_case("INBOX") {
        return Some(SpecialUse::Inbox);
    }
    match last.as_str() {
        "sent" | "sent items" | "sent messages" | "sent mail" => Some(SpecialUse::Sent),
        "archive" | "archives" => Some(SpecialUse::Archive),
        "drafts" => Some(SpecialUse::Drafts),
        "trash" | "deleted items" | "deleted messages" => Some(SpecialUse::Trash),
        "junk" | "spam" => Some(SpecialUse::Junk),
        _ => None,
    }
}

fn role_rank(role: Option<SpecialUse>) -> u8 {
    match role {
        Some(SpecialUse::Inbox) => 0,
        Some(SpecialUse::Sent) => 1,
        Some(SpecialUse::Archive) => 2,
        Some(SpecialUse::Drafts) => 3,
        Some(SpecialUse::Junk) => 4,
        Some(SpecialUse::Trash) => 5,
        None => 6,
    }
}

/// Finds the folder with a role, creating it under its usual name when the server has
/// none (Sent and Archive are needed for the outbox and for "archive").
pub(crate) async fn ensure_folder(
    session: &mut ImapSession,
    folders: &mut Vec<Folder>,
    role: SpecialUse,
    deadline: Duration,
) -> Result<String, MailError> {
    if let Some(folder) = folders.iter().find(|f| f.special_use == Some(role)) {
        return Ok(folder.name.clone());
    }
    let name = match role {
        SpecialUse::Inbox => "INBOX",
        SpecialUse::Sent => "Sent",
        SpecialUse::Archive => "Archive",
        SpecialUse::Drafts => "Drafts",
        SpecialUse::Trash => "Trash",
        SpecialUse::Junk => "Junk",
    };
    timed(deadline, session.create(name)).await?;
    folders.push(Folder {
        name: name.to_owned(),
        special_use: Some(role),
    });
    Ok(name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_known_names_give_roles_when_attributes_are_missing() {
        assert_eq!(role_from_name("INBOX"), Some(SpecialUse::Inbox));
        assert_eq!(role_from_name("Sent Items"), Some(SpecialUse::Sent));
        assert_eq!(role_from_name("INBOX.Archive"), Some(SpecialUse::Archive));
        assert_eq!(role_from_name("[Gmail]/Spam"), Some(SpecialUse::Junk));
        assert_eq!(role_from_name("Customers/2024"), None);
    }
}
