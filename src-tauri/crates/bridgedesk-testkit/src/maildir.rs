//! Direct Maildir access for fixtures: bulk writing (far faster than IMAP APPEND, which grows to
//! ~5.7 ms per message at 10k) and reading back what arrived, in Dovecot's UID order.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use std::time::{Duration, SystemTime, UNIX_EPOCH};

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
        // Dovecot takes INTERNALDATE (the received date) from the file's mtime.
        if let Some(date) = header_date(&raw) {
            file.set_modified(date)?;
        }
        count += 1;
    }
    Ok(count)
}

/// The instant of a `Date: Mon, 05 Jan 2026 09:30:00 +0000` header (numeric zones only), so a
/// bulk-written message gets a realistic received date; `None` when absent or unusual.
pub(crate) fn header_date(raw: &[u8]) -> Option<SystemTime> {
    let head_end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(raw.len());
    let head = std::str::from_utf8(&raw[..head_end]).ok()?;
    let value = head
        .split("\r\n")
        .find_map(|line| line.strip_prefix("Date:"))?
        .trim();
    let value = value.split_once(", ").map_or(value, |(_, rest)| rest);
    let fields: Vec<&str> = value.split_whitespace().collect();
    let [day, month, year, time, zone] = fields.as_slice() else {
        return None;
    };
    let day: i64 = day.parse().ok()?;
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| m == month)? as i64
        + 1;
    let year: i64 = year.parse().ok()?;
    let hms: Vec<i64> = time
        .split(':')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let [h, m, sec] = hms.as_slice() else {
        return None;
    };
    let sign = match zone.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let zone: i64 = zone.get(1..)?.parse().ok()?;
    let offset = sign * (zone / 100 * 3600 + zone % 100 * 60);
    // Days from civil date (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + h * 3600 + m * 60 + sec - offset;
    Some(UNIX_EPOCH + Duration::from_secs(u64::try_from(secs).ok()?))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_date_reads_rfc5322_dates_with_numeric_zones() {
        let raw = b"Subject: x\r\nDate: Mon, 05 Jan 2026 00:00:00 +0000\r\n\r\nbody";
        assert_eq!(
            header_date(raw),
            Some(UNIX_EPOCH + Duration::from_secs(1_767_571_200))
        );
        let shifted = b"Date: Tue, 29 Feb 2000 09:02:03 +0800\r\n\r\n";
        assert_eq!(
            header_date(shifted),
            Some(UNIX_EPOCH + Duration::from_secs(951_786_123))
        );
        assert_eq!(header_date(b"Date: yesterday\r\n\r\n"), None);
        assert_eq!(header_date(b"no header block"), None);
    }
}
