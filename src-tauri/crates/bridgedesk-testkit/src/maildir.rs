//! Direct Maildir access for fixtures: bulk writing (far faster than IMAP APPEND, which grows to
//! ~5.7 ms per message at 10k) and reading back what arrived, in Dovecot's UID order.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// The Maildir folder of `folder` ("INBOX", "Sent", "Archive/2024", …) under a Maildir root,
/// in Dovecot's Maildir++ layout (`.Sent`, `.Archive.2024`).
pub(crate) fn folder_path(maildir: &Path, folder: &str) -> PathBuf {
    if folder.eq_ignore_ascii_case("INBOX") {
        maildir.to_path_buf()
    } else {
        maildir.join(format!(".{}", folder.replace('/', ".")))
    }
}

/// Writes messages into `cur/` of a Maildir folder (created if needed); returns the count.
pub(crate) fn write_messages(
    dir: &Path,
    msgs: impl Iterator<Item = Vec<u8>>,
    tag: &str,
) -> Result<usize> {
    for sub in ["cur", "new", "tmp"] {
        fs::create_dir_all(dir.join(sub)).with_context(|| format!("creating {}", dir.display()))?;
    }
    let cur = dir.join("cur");
    let mut count = 0;
    for (i, raw) in msgs.enumerate() {
        // Unique, sortable names: Dovecot assigns UIDs in the order it first sees them.
        let name = format!("1700000000.M{i:08}P{tag}.testkit,S={}:2,", raw.len());
        let mut file = fs::File::create(cur.join(name)).context("writing a Maildir message")?;
        file.write_all(&raw)?;
        count += 1;
    }
    Ok(count)
}

/// Every message in a Maildir folder, in Dovecot's UID order (from `dovecot-uidlist`), files
/// Dovecot has not listed yet last, sorted by name.
pub(crate) fn read_messages(dir: &Path) -> Result<Vec<Vec<u8>>> {
    let mut files: BTreeMap<String, PathBuf> = BTreeMap::new();
    for sub in ["new", "cur"] {
        let Ok(entries) = fs::read_dir(dir.join(sub)) else {
            continue;
        };
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let base = name.split(':').next().unwrap_or(&name).to_owned();
            files.insert(base, entry.path());
        }
    }
    let mut ordered = Vec::new();
    if let Ok(uidlist) = fs::read_to_string(dir.join("dovecot-uidlist")) {
        let mut by_uid: BTreeMap<u32, String> = BTreeMap::new();
        for line in uidlist.lines().skip(1) {
            let Some((uid, rest)) = line.split_once(' ') else {
                continue;
            };
            let Ok(uid) = uid.parse::<u32>() else {
                continue;
            };
            if let Some(base) = rest.rsplit(':').next() {
                by_uid.insert(uid, base.split(':').next().unwrap_or(base).to_owned());
            }
        }
        for base in by_uid.values() {
            if let Some(path) = files.remove(base) {
                ordered.push(path);
            }
        }
    }
    ordered.extend(files.into_values());
    ordered
        .iter()
        .map(|p| fs::read(p).with_context(|| format!("reading {}", p.display())))
        .collect()
}
