//! Proves the generated mailbox is what the mail tests rely on: deterministic, the promised mix
//! (languages, legacy charsets, HTML, attachments, Amazon and eBay relays), well-formed for IMAP
//! (CRLF, short lines), thread headers as described, and a thread count that an independent
//! reference threader (Message-ID/References union plus subject-and-sender fallback) agrees with.
//! Also checks the hostile fixtures load.

use std::collections::{BTreeMap, BTreeSet};

use base64::Engine as _;
use bridgedesk_testkit::{generate_mailbox, hostile_messages, MessageKind};

/// The unfolded value of a header (continuation lines joined with one space).
fn header(raw: &str, name: &str) -> Option<String> {
    let head = raw.split("\r\n\r\n").next()?;
    let mut lines = head
        .split("\r\n")
        .skip_while(|line| !line.starts_with(&format!("{name}: ")));
    let mut value = lines
        .next()?
        .strip_prefix(name)?
        .strip_prefix(": ")?
        .to_owned();
    for continuation in lines.take_while(|l| l.starts_with([' ', '\t'])) {
        value.push(' ');
        value.push_str(continuation.trim_start());
    }
    Some(value)
}

fn ids(value: String) -> Vec<String> {
    value
        .split_whitespace()
        .map(|s| s.trim_matches(['<', '>']).to_owned())
        .collect()
}

#[test]
fn same_seed_gives_the_same_bytes_and_another_seed_differs() {
    let a = generate_mailbox(42, 300);
    let b = generate_mailbox(42, 300);
    let c = generate_mailbox(43, 300);
    assert_eq!(a.messages, b.messages);
    assert_eq!(a.threads, b.threads);
    assert_ne!(a.messages, c.messages);
    assert_eq!(a.messages.len(), 300);
    assert_eq!(a.facts.len(), 300);
    assert_eq!(generate_mailbox(1, 0).messages.len(), 0);
}

#[test]
fn mailbox_mixes_languages_legacy_charsets_html_attachments_and_marketplaces() {
    let mailbox = generate_mailbox(7, 2000);
    let languages: BTreeSet<&str> = mailbox.facts.iter().map(|f| f.language).collect();
    assert_eq!(
        languages,
        BTreeSet::from(["ar", "de", "en", "es", "fr", "ja", "pt", "ru", "zh"])
    );
    let charsets: BTreeSet<&str> = mailbox.facts.iter().map(|f| f.charset).collect();
    for legacy in [
        "gbk",
        "gb18030",
        "shift_jis",
        "iso-2022-jp",
        "windows-1251",
        "koi8-r",
        "iso-8859-1",
        "windows-1256",
    ] {
        assert!(
            charsets.contains(legacy),
            "{legacy} missing from {charsets:?}"
        );
    }
    let count = |f: &dyn Fn(&bridgedesk_testkit::MessageFacts) -> bool| {
        mailbox.facts.iter().filter(|m| f(m)).count()
    };
    let html = count(&|m| m.has_html);
    let attachments = count(&|m| m.has_attachment);
    let amazon = count(&|m| matches!(m.kind, MessageKind::AmazonRelay { .. }));
    let ebay = count(&|m| matches!(m.kind, MessageKind::Ebay { .. }));
    let dropped = count(&|m| m.dropped_thread_headers);
    for (what, n, low, high) in [
        ("html", html, 300, 700),
        ("attachments", attachments, 150, 450),
        ("amazon", amazon, 300, 900),
        ("ebay", ebay, 200, 600),
        ("dropped", dropped, 20, 300),
    ] {
        assert!(
            (low..=high).contains(&n),
            "{what}: {n} not in {low}..={high}"
        );
    }
    let bytes: usize = mailbox.messages.iter().map(Vec::len).sum();
    let average = bytes / mailbox.messages.len();
    println!(
        "2000 messages, {bytes} bytes, {average} bytes on average, {} threads",
        mailbox.threads
    );
    assert!(
        (2_500..=12_000).contains(&average),
        "average size {average}"
    );
}

#[test]
fn every_message_uses_crlf_and_short_lines_and_declares_its_charset() {
    let mailbox = generate_mailbox(11, 1500);
    for (raw, facts) in mailbox.messages.iter().zip(&mailbox.facts) {
        for (i, &b) in raw.iter().enumerate() {
            if b == b'\n' {
                assert_eq!(
                    raw.get(i.wrapping_sub(1)),
                    Some(&b'\r'),
                    "bare LF in {}",
                    facts.message_id
                );
            }
        }
        assert!(
            raw.split(|&b| b == b'\n').all(|line| line.len() <= 998),
            "long line in {}",
            facts.message_id
        );
        let text = String::from_utf8_lossy(raw);
        assert!(
            text.contains(&format!("charset={}", facts.charset)),
            "{} lacks charset {}",
            facts.message_id,
            facts.charset
        );
        assert_eq!(
            header(&text, "Message-ID"),
            Some(format!("<{}>", facts.message_id))
        );
        assert!(header(&text, "Date").is_some_and(|d| d.ends_with("+0000")));
    }
}

#[test]
fn relay_senders_carry_order_and_item_numbers() {
    let mailbox = generate_mailbox(5, 800);
    let mut seen_amazon = 0;
    for (raw, facts) in mailbox.messages.iter().zip(&mailbox.facts) {
        let text = String::from_utf8_lossy(raw);
        let from = header(&text, "From").unwrap_or_default();
        match &facts.kind {
            MessageKind::AmazonRelay { order } => {
                assert!(from.contains("@marketplace.amazon."), "{from}");
                let parts: Vec<&str> = order.split('-').collect();
                assert_eq!(
                    parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
                    [3, 7, 7],
                    "{order}"
                );
                assert!(parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())));
                let subject = decode_subject(header(&text, "Subject").unwrap_or_default());
                assert!(subject.contains(&format!("(Order: {order})")), "{subject}");
                seen_amazon += 1;
            }
            MessageKind::Ebay { item } => {
                assert!(from.contains("@members.ebay."), "{from}");
                assert_eq!(item.len(), 12);
            }
            MessageKind::Direct => {
                assert!(!from.contains("amazon") && !from.contains("ebay"));
            }
        }
    }
    assert!(seen_amazon > 0);
}

#[test]
fn attachments_are_real_pdfs_and_pngs() {
    let mailbox = generate_mailbox(3, 600);
    let (mut pdfs, mut pngs) = (0, 0);
    for raw in &mailbox.messages {
        let text = String::from_utf8_lossy(raw);
        for part in text.split("Content-Disposition: attachment").skip(1) {
            let body = part.split("\r\n\r\n").nth(1).unwrap_or("");
            let encoded: String = body
                .split("\r\n--")
                .next()
                .unwrap_or("")
                .split("\r\n")
                .collect();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(encoded)
                .expect("valid base64");
            if bytes.starts_with(b"%PDF-1.4") {
                assert!(bytes.ends_with(b"%%EOF\n"));
                pdfs += 1;
            } else {
                assert!(
                    bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
                    "neither PDF nor PNG"
                );
                assert!(
                    bytes.ends_with(&[0xae, 0x42, 0x60, 0x82]),
                    "PNG without IEND CRC"
                );
                pngs += 1;
            }
        }
    }
    assert!(pdfs > 10 && pngs > 10, "{pdfs} PDFs, {pngs} PNGs");
}

/// An independent threader: union by Message-ID/In-Reply-To/References, then join a message
/// with neither header to an earlier conversation with the same base subject and sender.
fn reference_thread_count(messages: &[Vec<u8>]) -> usize {
    let mut parent: Vec<usize> = (0..messages.len()).collect();
    fn find(parent: &mut [usize], i: usize) -> usize {
        let mut root = i;
        while parent[root] != root {
            root = parent[root];
        }
        parent[i] = root;
        root
    }
    let mut by_id: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_subject: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (i, raw) in messages.iter().enumerate() {
        let text = String::from_utf8_lossy(raw);
        let mut linked = ids(header(&text, "References").unwrap_or_default());
        linked.extend(ids(header(&text, "In-Reply-To").unwrap_or_default()));
        linked.extend(ids(header(&text, "Message-ID").unwrap_or_default()));
        for id in &linked {
            match by_id.get(id) {
                Some(&j) => {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                    parent[a] = b;
                }
                None => {
                    by_id.insert(id.clone(), i);
                }
            }
        }
        let subject = header(&text, "Subject").unwrap_or_default();
        let from = header(&text, "From").unwrap_or_default().to_owned();
        // Encoded subjects: compare the decoded-or-raw text after dropping one "Re: ".
        let base = decode_subject(subject);
        let base = base.strip_prefix("Re: ").unwrap_or(&base).to_owned();
        let key = (base, from.rsplit('<').next().unwrap_or("").to_owned());
        let threaded_by_headers = header(&text, "In-Reply-To").is_some();
        match by_subject.get(&key) {
            Some(&j) if !threaded_by_headers => {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                parent[a] = b;
            }
            Some(_) => {}
            None => {
                by_subject.insert(key, i);
            }
        }
    }
    (0..messages.len())
        .filter(|&i| find(&mut parent, i) == i)
        .count()
}

/// Decodes a subject made of B-encoded words (whitespace between them ignored) or plain text.
fn decode_subject(subject: String) -> String {
    let words: Vec<&str> = subject.split_whitespace().collect();
    if words.is_empty()
        || !words
            .iter()
            .all(|w| w.starts_with("=?") && w.ends_with("?="))
    {
        return subject;
    }
    let mut out = String::new();
    for word in words {
        let mut parts = word[2..word.len() - 2].splitn(3, '?');
        let (Some(charset), Some(_), Some(data)) = (parts.next(), parts.next(), parts.next())
        else {
            return subject.clone();
        };
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data)
            .unwrap_or_default();
        let encoding =
            encoding_rs::Encoding::for_label(charset.as_bytes()).unwrap_or(encoding_rs::UTF_8);
        out.push_str(&encoding.decode(&bytes).0);
    }
    out
}

#[test]
fn reported_thread_count_matches_an_independent_threader() {
    for (seed, n) in [(1, 50), (2, 500), (3, 2000)] {
        let mailbox = generate_mailbox(seed, n);
        let distinct: BTreeSet<usize> = mailbox.facts.iter().map(|f| f.thread).collect();
        assert_eq!(distinct.len(), mailbox.threads);
        assert!(mailbox.threads < n, "no multi-message threads");
        assert_eq!(
            reference_thread_count(&mailbox.messages),
            mailbox.threads,
            "seed {seed}"
        );
    }
}

#[test]
fn follow_ups_reference_their_thread_or_drop_the_headers_as_described() {
    let mailbox = generate_mailbox(21, 1000);
    let mut first_of_thread: BTreeMap<usize, String> = BTreeMap::new();
    for (raw, facts) in mailbox.messages.iter().zip(&mailbox.facts) {
        let text = String::from_utf8_lossy(raw);
        let subject = decode_subject(header(&text, "Subject").unwrap_or_default());
        match first_of_thread.get(&facts.thread) {
            None => {
                assert!(header(&text, "In-Reply-To").is_none());
                assert!(!subject.starts_with("Re: "));
                first_of_thread.insert(facts.thread, facts.message_id.clone());
            }
            Some(_) if facts.dropped_thread_headers => {
                assert!(
                    header(&text, "References").is_none() && header(&text, "In-Reply-To").is_none()
                );
                assert!(subject.starts_with("Re: "), "{subject}");
            }
            Some(root) => {
                let references = ids(header(&text, "References").unwrap_or_default());
                assert_eq!(
                    references.first(),
                    Some(root),
                    "References must start at the thread root"
                );
                let in_reply_to = ids(header(&text, "In-Reply-To").unwrap_or_default());
                assert_eq!(references.last(), in_reply_to.first());
            }
        }
    }
}

#[test]
fn hostile_fixtures_include_the_copied_corpus_and_the_built_cases() {
    let messages = hostile_messages().expect("fixtures readable");
    let names: BTreeSet<&str> = messages.iter().map(|m| m.name.as_str()).collect();
    assert!(names.len() == messages.len(), "names must be unique");
    for expected in [
        "built/huge-header",
        "built/script-html",
        "built/broken-boundary",
        "mime-malformed/nodemailer-mailparser/outofmemory.eml",
        "xss/h5sc-test.eml",
    ] {
        assert!(names.contains(expected), "{expected} missing");
    }
    assert!(messages.len() >= 70, "{} messages", messages.len());
    let huge = messages
        .iter()
        .find(|m| m.name == "built/huge-header")
        .map(|m| m.raw.clone())
        .unwrap_or_default();
    assert!(huge.split(|&b| b == b'\n').count() > 5000);
}
