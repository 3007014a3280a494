//! Attachment bytes on disk, content-addressed by SHA-256: the same file received twice is
//! stored once, and a file's name can never collide with or overwrite another's.

use crate::error::StoreResult;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A folder of attachment files named by their SHA-256.
pub struct AttachmentStore {
    root: PathBuf,
}

impl AttachmentStore {
    /// Uses `root` (created when the first file is stored).
    pub fn new(root: &Path) -> Self {
        Self {
            root: root.to_owned(),
        }
    }

    /// The path where content with this hash lives: `<root>/<first two hex>/<hash>`.
    pub fn path_of(&self, sha256_hex: &str) -> PathBuf {
        let prefix = sha256_hex.get(..2).unwrap_or("00");
        self.root.join(prefix).join(sha256_hex)
    }

    /// Stores `bytes` (once) and returns their SHA-256 in hex. Written to a temporary file and
    /// renamed, so a crash never leaves a half-written file under the final name.
    pub fn put(&self, bytes: &[u8]) -> StoreResult<String> {
        self.write(bytes, true)
    }

    /// Stores `bytes` like [`AttachmentStore::put`] but without waiting for the disk (no
    /// fsync): for content that also lives elsewhere, such as mail still on the IMAP server.
    /// A sync writes thousands of these, and an fsync each would dominate its time.
    pub fn put_relaxed(&self, bytes: &[u8]) -> StoreResult<String> {
        self.write(bytes, false)
    }

    fn write(&self, bytes: &[u8], durable: bool) -> StoreResult<String> {
        let hash = hex(&Sha256::digest(bytes));
        let path = self.path_of(&hash);
        if path.exists() {
            return Ok(hash);
        }
        let dir = path.parent().unwrap_or(&self.root);
        std::fs::create_dir_all(dir)?;
        let tmp = dir.join(format!(".{hash}.partial"));
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        if durable {
            file.sync_all()?;
        }
        std::fs::rename(&tmp, &path)?;
        Ok(hash)
    }

    /// Reads stored content back.
    pub fn get(&self, sha256_hex: &str) -> StoreResult<Vec<u8>> {
        Ok(std::fs::read(self.path_of(sha256_hex))?)
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_content_is_stored_once_under_its_hash() {
        let dir = tempfile::tempdir().unwrap();
        let store = AttachmentStore::new(dir.path());
        let a = store.put(b"photo of the damaged parcel").unwrap();
        let b = store.put(b"photo of the damaged parcel").unwrap();
        assert_eq!(a, b);
        assert_eq!(store.get(&a).unwrap(), b"photo of the damaged parcel");
        let files: Vec<_> = walk(dir.path());
        assert_eq!(files.len(), 1, "{files:?}");
    }

    #[test]
    fn different_content_gets_different_files() {
        let dir = tempfile::tempdir().unwrap();
        let store = AttachmentStore::new(dir.path());
        assert_ne!(store.put(b"a").unwrap(), store.put(b"b").unwrap());
    }

    fn walk(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                out.extend(walk(&path));
            } else {
                out.push(path);
            }
        }
        out
    }
}
