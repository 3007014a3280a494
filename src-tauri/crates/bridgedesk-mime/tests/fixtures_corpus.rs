//! Every malformed or unusual sample parses without panicking and keeps what it can, and random
//! or mutated bytes never panic the parser (proptest).

use std::path::{Path, PathBuf};

use bridgedesk_mime::{normalize_subject, parse, sanitize_html, ParseWarning, PartDisposition};
use proptest::prelude::*;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn eml_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(eml_files(&path));
        } else if path.extension().is_some_and(|e| e == "eml") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn read(relative: &str) -> Vec<u8> {
    let path = fixtures().join(relative);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Parses and exercises every derived function on one sample.
fn exercise(raw: &[u8]) {
    let mail = parse(raw);
    let _ = normalize_subject(mail.subject.as_deref().unwrap_or(""));
    let _ = mail.order_refs();
    if let Some(html) = &mail.html {
        let clean = sanitize_html(html, &Default::default(), &Default::default());
        assert!(
            !clean.html.to_ascii_lowercase().contains("<script"),
            "script survived"
        );
    }
}

#[test]
fn every_copied_malformed_sample_parses_without_panic() {
    let files = eml_files(&fixtures().join("mime-malformed"));
    assert!(files.len() >= 60, "fixtures missing: {}", files.len());
    for file in files {
        let raw = std::fs::read(&file).unwrap_or_default();
        let result = std::panic::catch_unwind(|| exercise(&raw));
        assert!(result.is_ok(), "{} panicked", file.display());
    }
}

#[test]
fn the_shared_corpus_parses_too_including_the_largest_samples_when_present() {
    let shared =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/fixtures/mail-corpora");
    for file in eml_files(&shared) {
        let raw = std::fs::read(&file).unwrap_or_default();
        let result = std::panic::catch_unwind(|| exercise(&raw));
        assert!(result.is_ok(), "{} panicked", file.display());
    }
}

#[test]
fn the_sample_that_once_panicked_a_rust_mime_parser_reports_a_broken_multipart() {
    let mail = parse(&read(
        "mime-malformed/deltachat-core/mailparse-0.16.0-panic.eml",
    ));
    assert!(
        mail.warnings.contains(&ParseWarning::BrokenMultipart),
        "{:?}",
        mail.warnings
    );
    assert!(mail.warnings.contains(&ParseWarning::MissingFrom));
}

#[test]
fn a_garbled_from_header_still_yields_subject_bodies_and_a_warning() {
    // "Fro :uMmlti Sender" — the From line is damaged and the headers repeat.
    let mail = parse(&read(
        "mime-malformed/stalwart-mail-parser-malformed/019.eml",
    ));
    assert_eq!(mail.subject.as_deref(), Some("Sprint 3 multipart fixture"));
    assert!(mail.warnings.contains(&ParseWarning::MissingFrom));
    assert!(mail
        .html
        .as_deref()
        .is_some_and(|h| h.contains("HTML body of the multip")));
    assert!(!mail.text.is_empty(), "text derived from the HTML");
}

#[test]
fn an_html_only_message_gets_text_derived_from_its_html() {
    let raw = b"From: a@example.com\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
<html><head><style>p{color:red}</style></head><body><p>Hello <b>there</b></p><p>Second</p></body></html>\r\n";
    let mail = parse(raw);
    assert!(mail.html.is_some());
    assert!(mail.text.contains("Hello there"), "{}", mail.text);
    assert!(mail.text.contains("Second"));
    assert!(!mail.text.contains('<'), "{}", mail.text);
    // An HTML body with only an image has no text, and that is kept empty.
    let image_only = parse(&read(
        "mime-malformed/stalwart-mail-parser-dovecot-thirdparty/011.eml",
    ));
    assert!(image_only
        .html
        .as_deref()
        .is_some_and(|h| h.contains("cid:part1.9UVUk3pv")));
    assert_eq!(image_only.text, "");
}

#[test]
fn inline_images_and_attachments_are_told_apart() {
    let mail = parse(&read(
        "mime-malformed/stalwart-mail-parser-dovecot-thirdparty/018.eml",
    ));
    let kinds: Vec<(Option<&str>, &str, PartDisposition, bool)> = mail
        .parts
        .iter()
        .map(|p| {
            (
                p.file_name.as_deref(),
                p.mime_type.as_str(),
                p.disposition,
                p.content_id.is_some(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            (
                Some("kigaaldcbanejcbi.png"),
                "image/png",
                PartDisposition::Inline,
                true
            ),
            (
                Some("attach2.png"),
                "image/png",
                PartDisposition::Attachment,
                false
            ),
        ]
    );
    assert!(mail.parts[0].bytes.starts_with(b"\x89PNG"), "decoded bytes");
}

#[test]
fn rfc2231_and_encoded_word_file_names_decode() {
    let cp1252 = parse(&read(
        "mime-malformed/deltachat-core/attach_filename_apostrophed_cp1252.eml",
    ));
    assert_eq!(
        cp1252.parts[0].file_name.as_deref(),
        Some("Auftragsbestätigung.pdf")
    );
}

#[test]
fn a_script_in_a_headerless_html_sample_never_survives_sanitizing() {
    let mail = parse(&read("xss/h5sc/test.eml"));
    let html = mail.html.unwrap_or_default();
    assert!(html.contains("script"), "the sample decodes to a script");
    let everything_cached = sanitize_html(&html, &Default::default(), &Default::default())
        .remote_image_urls
        .into_iter()
        .map(|url| (url.clone(), url))
        .collect();
    let clean = sanitize_html(&html, &everything_cached, &Default::default());
    assert!(!clean.html.contains("script"), "{}", clean.html);
}

#[test]
fn empty_and_binary_input_yield_an_empty_mail_with_warnings() {
    for raw in [
        &b""[..],
        b"\0\0\0\xff\xfe",
        b"\r\n\r\n",
        b"no headers at all",
    ] {
        let mail = parse(raw);
        assert!(mail.message_id.is_none());
        assert!(!mail.warnings.is_empty(), "{raw:?}");
    }
}

const SEED: &[u8] = b"From: =?UTF-8?B?5byg5LiJ?= <buyer@marketplace.amazon.de>\r\n\
To: shop@example.net\r\nSubject: Re: order 302-1234567-7654321\r\n\
Message-ID: <m1@example.com>\r\nIn-Reply-To: <m0@example.net>\r\nReferences: <a@x> <m0@example.net>\r\n\
Date: Tue, 3 Mar 2026 08:00:00 +0000\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n\
Content-Type: multipart/alternative; boundary=\"b2\"\r\n\r\n--b2\r\n\
Content-Type: text/plain; charset=gbk\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=C4=FA=BA=C3\r\n\
--b2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p onclick=x()>hi<img src=cid:i1></p>\r\n--b2--\r\n\
--b1\r\nContent-Type: image/png; name=\"a.png\"\r\nContent-ID: <i1>\r\nContent-Transfer-Encoding: base64\r\n\r\n\
iVBORw0KGgo=\r\n--b1--\r\n";

#[test]
fn the_proptest_seed_is_a_meaningful_message() {
    let mail = parse(SEED);
    assert_eq!(mail.text, "您好");
    assert_eq!(mail.from[0].name.as_deref(), Some("张三"));
    assert_eq!(mail.parts.len(), 1);
    assert!(mail.warnings.is_empty(), "{:?}", mail.warnings);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_never_panic(raw in proptest::collection::vec(any::<u8>(), 0..2048)) {
        exercise(&raw);
    }

    #[test]
    fn mutated_messages_never_panic(
        edits in proptest::collection::vec((0usize..SEED.len(), any::<u8>(), 0u8..3), 1..24)
    ) {
        let mut raw = SEED.to_vec();
        for (position, byte, kind) in edits {
            let at = position.min(raw.len().saturating_sub(1));
            match kind {
                0 if !raw.is_empty() => raw[at] = byte,
                1 => raw.insert(at, byte),
                _ if !raw.is_empty() => { raw.remove(at); }
                _ => {}
            }
        }
        exercise(&raw);
    }

    #[test]
    fn truncated_messages_never_panic(cut in 0usize..SEED.len()) {
        exercise(&SEED[..cut]);
    }
}
