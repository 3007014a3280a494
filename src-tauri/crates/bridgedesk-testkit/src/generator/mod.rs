//! A deterministic, realistic buyer mailbox: [`generate_mailbox`] turns a seed and a count into
//! raw RFC 5322 messages as a cross-border seller's INBOX receives them — threads of buyer
//! follow-ups (with `In-Reply-To`/`References`, or without them as some clients send), nine
//! languages in their real legacy charsets and encoded-word subjects, HTML alternatives, small
//! PDF and PNG attachments, Amazon buyer-seller relay and eBay member senders with order and
//! item numbers — and reports how many conversations a correct threader must find.

mod text;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use text::{Language, ITEMS, LANGUAGES};

/// Where a generated message comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageKind {
    /// A buyer writing from their own mail provider.
    Direct,
    /// An Amazon buyer-seller message from `…@marketplace.amazon.<tld>`; the order number
    /// (`3-7-7` digits) is in the subject.
    AmazonRelay { order: String },
    /// An eBay member message from `…@members.ebay.<tld>` about an item number.
    Ebay { item: String },
}

/// Facts about one generated message, parallel to [`GeneratedMailbox::messages`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageFacts {
    /// Index of its conversation, `0..threads`.
    pub thread: usize,
    /// The Message-ID without angle brackets.
    pub message_id: String,
    /// ISO 639-1 language of the text.
    pub language: &'static str,
    /// The body's charset label (`gbk`, `iso-2022-jp`, …).
    pub charset: &'static str,
    /// Whether it carries a PDF or PNG attachment.
    pub has_attachment: bool,
    /// Whether it has an HTML alternative.
    pub has_html: bool,
    /// Whether it is a follow-up that dropped `In-Reply-To`/`References` (threads by subject
    /// and sender only).
    pub dropped_thread_headers: bool,
    /// The sender and marketplace.
    pub kind: MessageKind,
}

/// A generated mailbox: raw messages in arrival (date) order and what a correct ingest finds.
#[derive(Debug, Clone)]
pub struct GeneratedMailbox {
    /// Raw messages, CRLF line ends, oldest first.
    pub messages: Vec<Vec<u8>>,
    /// Facts per message, same order.
    pub facts: Vec<MessageFacts>,
    /// The number of conversations: threads by Message-ID/In-Reply-To/References, joined with
    /// the subject-and-sender fallback for follow-ups that dropped those headers.
    pub threads: usize,
}

/// 2026-01-05T00:00:00Z in ms: the first message's date.
const START_MS: i64 = 1_767_571_200_000;
const SELLER: &str = "Shenzhen Gadget Store <service@example.test>";

/// Generates `n` messages deterministically from `seed` (same seed and `n`, same bytes).
pub fn generate_mailbox(seed: u64, n: usize) -> GeneratedMailbox {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut drafts: Vec<(i64, Vec<u8>, MessageFacts)> = Vec::with_capacity(n);
    let mut thread = 0;
    while drafts.len() < n {
        let length = [1, 1, 1, 2, 2, 3, 4][rng.gen_range(0..7)].min(n - drafts.len());
        generate_thread(&mut rng, thread, length, &mut drafts);
        thread += 1;
    }
    drafts.sort_by_key(|(at, _, facts)| (*at, facts.thread));
    let (messages, facts) = drafts
        .into_iter()
        .map(|(_, raw, facts)| (raw, facts))
        .unzip();
    GeneratedMailbox {
        messages,
        facts,
        threads: thread,
    }
}

fn generate_thread(
    rng: &mut ChaCha8Rng,
    thread: usize,
    length: usize,
    out: &mut Vec<(i64, Vec<u8>, MessageFacts)>,
) {
    let lang = &LANGUAGES[rng.gen_range(0..LANGUAGES.len())];
    let name = *lang.names.choose(rng).unwrap_or(&"Buyer");
    let item = ITEMS[rng.gen_range(0..ITEMS.len())];
    let order = format!(
        "{:03}-{:07}-{:07}",
        rng.gen_range(100..1000),
        rng.gen_range(0..10_000_000),
        rng.gen_range(0..10_000_000)
    );
    let (kind, from) = match rng.gen_range(0..10) {
        0..=2 => {
            let local: String = (0..14)
                .map(|_| char::from(b"abcdefghijklmnopqrstuvwxyz0123456789"[rng.gen_range(0..36)]))
                .collect();
            (
                MessageKind::AmazonRelay {
                    order: order.clone(),
                },
                format!("{local}@marketplace.amazon.{}", lang.amazon_tld),
            )
        }
        3..=4 => {
            let item_no = format!("{}", rng.gen_range(100_000_000_000u64..400_000_000_000));
            let tld = if lang.code == "de" { "de" } else { "com" };
            (
                MessageKind::Ebay { item: item_no },
                format!(
                    "buyer{}_{}@members.ebay.{tld}",
                    thread,
                    rng.gen_range(10..99)
                ),
            )
        }
        _ => {
            let provider = *lang.providers.choose(rng).unwrap_or(&"example.net");
            (
                MessageKind::Direct,
                format!("buyer{thread}.{}@{provider}", rng.gen_range(1..999)),
            )
        }
    };
    let (topic_subject, topic_body) = *lang.topics.choose(rng).unwrap_or(&lang.topics[0]);
    let reference = match &kind {
        MessageKind::Ebay { item } => format!("#{item}"),
        _ => order.clone(),
    };
    let mut subject = topic_subject
        .replace("{order}", &reference)
        .replace("{item}", item);
    if let MessageKind::AmazonRelay { order } = &kind {
        subject = format!("{subject} (Order: {order})");
    }
    // A thread starts somewhere in the first 60 days; follow-ups come hours to days later.
    let mut at = START_MS + rng.gen_range(0..60 * 86_400_000i64);
    let mut references: Vec<String> = Vec::new();
    for step in 0..length {
        let message_id = format!(
            "{:016x}.{thread}.{step}@{}",
            rng.gen::<u64>(),
            from.rsplit('@').next().unwrap_or("example.net")
        );
        let dropped = step > 0 && rng.gen_range(0..8) == 0;
        let has_html = rng.gen_range(0..4) == 0;
        let has_attachment = rng.gen_range(0..6) == 0;
        let first = topic_body
            .replace("{order}", &reference)
            .replace("{item}", item);
        let body = if step == 0 {
            first.clone()
        } else {
            // Most clients quote the history below the new text.
            let new = lang
                .follow_ups
                .choose(rng)
                .unwrap_or(&lang.follow_ups[0])
                .to_string();
            if dropped || rng.gen_bool(0.3) {
                new
            } else {
                let quoted: String = first.lines().map(|l| format!("> {l}\n")).collect();
                format!(
                    "{new}\n\n{} <{}>:\n{quoted}",
                    rfc2822_date(at - 86_400_000),
                    "service@example.test"
                )
            }
        };
        let subject_line = if step == 0 {
            subject.clone()
        } else {
            format!("Re: {subject}")
        };
        // A charset that cannot carry the text (simplified Chinese in Big5) falls back to UTF-8
        // for the whole message, as a mail client would.
        let wanted = pick_charset(rng, lang);
        let charset = if [name, subject_line.as_str(), body.as_str()]
            .iter()
            .all(|t| encode(t, wanted).1 == wanted)
        {
            wanted
        } else {
            "utf-8"
        };
        let mut headers = vec![
            (
                "From".to_owned(),
                format!("{} <{from}>", encode_word(name, charset)),
            ),
            ("To".to_owned(), SELLER.to_owned()),
            ("Subject".to_owned(), encode_word(&subject_line, charset)),
            ("Date".to_owned(), rfc2822_date(at)),
            ("Message-ID".to_owned(), format!("<{message_id}>")),
        ];
        if step > 0 && !dropped {
            // The buyer answers the seller's reply (in Sent, not in this INBOX).
            let seller_reply = format!("{}.reply.{thread}.{step}@example.test", rng.gen::<u32>());
            let mut chain = references.clone();
            chain.push(format!("<{seller_reply}>"));
            headers.push(("In-Reply-To".to_owned(), format!("<{seller_reply}>")));
            headers.push(("References".to_owned(), chain.join(" ")));
            references = chain;
        }
        references.push(format!("<{message_id}>"));
        let raw = build_message(
            rng,
            headers,
            &body,
            charset,
            has_html,
            has_attachment,
            &reference,
        );
        out.push((
            at,
            raw,
            MessageFacts {
                thread,
                message_id,
                language: lang.code,
                charset,
                has_attachment,
                has_html,
                dropped_thread_headers: dropped,
                kind: kind.clone(),
            },
        ));
        at += rng.gen_range(3_600_000..4 * 86_400_000i64);
    }
}

fn pick_charset(rng: &mut ChaCha8Rng, lang: &Language) -> &'static str {
    // Legacy charsets about half the time: real mailboxes still carry plenty.
    if rng.gen_bool(0.5) {
        lang.charsets[0]
    } else {
        lang.charsets[rng.gen_range(0..lang.charsets.len())]
    }
}

/// Encodes text in `charset`; falls back to UTF-8 when a character has no mapping there.
fn encode(text: &str, charset: &'static str) -> (Vec<u8>, &'static str) {
    if charset == "us-ascii" || charset == "utf-8" {
        return if text.is_ascii() {
            (text.as_bytes().to_vec(), charset)
        } else {
            (text.as_bytes().to_vec(), "utf-8")
        };
    }
    match encoding_rs::Encoding::for_label(charset.as_bytes()) {
        Some(encoding) => {
            let (bytes, _, unmappable) = encoding.encode(text);
            if unmappable {
                (text.as_bytes().to_vec(), "utf-8")
            } else {
                (bytes.into_owned(), charset)
            }
        }
        None => (text.as_bytes().to_vec(), "utf-8"),
    }
}

/// An RFC 2047 encoded word (B encoding) when the text is not plain ASCII.
/// Split into words of at most 75 characters (RFC 2047 section 2) on character boundaries,
/// folded onto continuation lines, as mail clients send long non-ASCII subjects.
fn encode_word(text: &str, charset: &'static str) -> String {
    if text.is_ascii() {
        return text.to_owned();
    }
    let used = encode(text, charset).1;
    // 42 bytes become 56 base64 characters: with `=?iso-2022-jp?B?` and `?=`, 74 at most.
    let mut chunks: Vec<String> = vec![String::new()];
    for ch in text.chars() {
        let last = chunks.last_mut().map(std::mem::take).unwrap_or_default();
        let candidate = format!("{last}{ch}");
        if encode(&candidate, used).0.len() > 42 && !last.is_empty() {
            chunks.pop();
            chunks.push(last);
            chunks.push(ch.to_string());
        } else {
            chunks.pop();
            chunks.push(candidate);
        }
    }
    chunks
        .iter()
        .map(|chunk| format!("=?{used}?B?{}?=", BASE64.encode(encode(chunk, used).0)))
        .collect::<Vec<_>>()
        .join("\r\n ")
}

/// CRLF line ends and `Content-Transfer-Encoding` for a body part.
fn body_part(text: &str, charset: &'static str, subtype: &str) -> String {
    let crlf = text.replace('\n', "\r\n");
    let (bytes, used) = encode(&crlf, charset);
    if bytes.is_ascii() {
        // ISO-2022-JP is 7-bit by design and travels as is.
        return format!("Content-Type: text/{subtype}; charset={used}\r\nContent-Transfer-Encoding: 7bit\r\n\r\n{}\r\n", String::from_utf8_lossy(&bytes));
    }
    let single_byte = !matches!(used, "utf-8" | "gbk" | "gb18030" | "big5" | "shift_jis");
    if single_byte {
        format!("Content-Type: text/{subtype}; charset={used}\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{}\r\n", quoted_printable(&bytes))
    } else {
        format!("Content-Type: text/{subtype}; charset={used}\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n", wrap_base64(&bytes))
    }
}

fn build_message(
    rng: &mut ChaCha8Rng,
    headers: Vec<(String, String)>,
    body: &str,
    charset: &'static str,
    has_html: bool,
    has_attachment: bool,
    reference: &str,
) -> Vec<u8> {
    let mut out = String::new();
    for (name, value) in &headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("MIME-Version: 1.0\r\n");
    let text_part = body_part(body, charset, "plain");
    let content = if has_html {
        let html = format!(
            "<html><body><div dir=\"auto\">{}</div><p><img src=\"https://cdn.example.net/t/{}.gif\" width=\"1\" height=\"1\"></p></body></html>",
            body.replace('&', "&amp;").replace('<', "&lt;").replace('\n', "<br>\n"),
            rng.gen::<u32>()
        );
        let boundary = format!("alt-{:012x}", rng.gen::<u64>() >> 16);
        format!(
            "Content-Type: multipart/alternative; boundary=\"{boundary}\"\r\n\r\n--{boundary}\r\n{text_part}--{boundary}\r\n{}--{boundary}--\r\n",
            body_part(&html, charset, "html")
        )
    } else {
        text_part
    };
    if has_attachment {
        let boundary = format!("mix-{:012x}", rng.gen::<u64>() >> 16);
        let (mime, name, bytes) = if rng.gen_bool(0.5) {
            (
                "application/pdf",
                format!("invoice-{reference}.pdf").replace('#', ""),
                pdf(rng, reference),
            )
        } else {
            let side = rng.gen_range(64..144);
            (
                "image/png",
                format!("IMG_{:04}.png", rng.gen_range(1000..10_000)),
                png(rng, side),
            )
        };
        out.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n--{boundary}\r\n{content}--{boundary}\r\nContent-Type: {mime}; name=\"{name}\"\r\nContent-Disposition: attachment; filename=\"{name}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n--{boundary}--\r\n",
            wrap_base64(&bytes)
        ));
    } else {
        out.push_str(&content);
    }
    out.into_bytes()
}

fn wrap_base64(bytes: &[u8]) -> String {
    let encoded = BASE64.encode(bytes);
    encoded
        .as_bytes()
        .chunks(76)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("\r\n")
}

fn quoted_printable(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut line_len = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            out.push_str("\r\n");
            line_len = 0;
            i += 2;
            continue;
        }
        let piece = if (b == b' ' || b == b'\t') && matches!(bytes.get(i + 1), None | Some(b'\r'))
            || !(33..=126).contains(&b) && b != b' '
            || b == b'='
        {
            format!("={b:02X}")
        } else {
            char::from(b).to_string()
        };
        if line_len + piece.len() > 75 {
            out.push_str("=\r\n");
            line_len = 0;
        }
        line_len += piece.len();
        out.push_str(&piece);
        i += 1;
    }
    out
}

/// A small valid one-page PDF naming the order, padded like a real invoice scan's text layer.
fn pdf(rng: &mut ChaCha8Rng, reference: &str) -> Vec<u8> {
    let lines: String = (0..rng.gen_range(20..120))
        .map(|i| {
            format!(
                "BT /F1 9 Tf 40 {} Td (Line {i}: item qty 1 price {}.{:02} USD) Tj ET\n",
                780 - (i % 70) * 10,
                rng.gen_range(1..200),
                rng.gen_range(0..100)
            )
        })
        .collect();
    let stream = format!(
        "BT /F1 14 Tf 40 800 Td (Invoice {}) Tj ET\n{lines}",
        reference.replace(['(', ')'], "")
    );
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{stream}endstream", stream.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    let mut out = String::from("%PDF-1.4\n");
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.push_str(&format!("{} 0 obj\n{body}\nendobj\n", i + 1));
    }
    let xref = out.len();
    out.push_str(&format!(
        "xref\n0 {}\n0000000000 65535 f \n",
        objects.len() + 1
    ));
    for offset in offsets {
        out.push_str(&format!("{offset:010} 00000 n \n"));
    }
    out.push_str(&format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    ));
    out.into_bytes()
}

/// A valid RGB PNG of a noisy "phone photo" (`side`×`side` pixels), stored uncompressed so
/// its size is realistic for the pixel count: signature, IHDR, IDAT (zlib stored blocks), IEND.
fn png(rng: &mut ChaCha8Rng, side: u32) -> Vec<u8> {
    let mut raw = Vec::with_capacity(((side * 3 + 1) * side) as usize);
    let base: [u8; 3] = [rng.gen(), rng.gen(), rng.gen()];
    let mut noise = vec![0u8; (side * side * 3) as usize];
    rng.fill(noise.as_mut_slice());
    for row in noise.chunks(side as usize * 3) {
        // Each scanline starts with its filter type: 0, none.
        raw.push(0);
        raw.extend(
            row.iter()
                .zip(base.iter().cycle())
                .map(|(n, b)| b.wrapping_add(n % 24)),
        );
    }
    let mut zlib = vec![0x78, 0x01];
    let blocks: Vec<&[u8]> = raw.chunks(65_535).collect();
    for (i, block) in blocks.iter().enumerate() {
        zlib.push(u8::from(i + 1 == blocks.len()));
        let len = block.len() as u16;
        zlib.extend_from_slice(&len.to_le_bytes());
        zlib.extend_from_slice(&(!len).to_le_bytes());
        zlib.extend_from_slice(block);
    }
    zlib.extend_from_slice(&adler32(&raw).to_be_bytes());
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&side.to_be_bytes());
    ihdr.extend_from_slice(&side.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB, deflate, no filter, no interlace
    let mut out = vec![0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n'];
    for (kind, data) in [
        (b"IHDR", ihdr.as_slice()),
        (b"IDAT", zlib.as_slice()),
        (b"IEND", &[][..]),
    ] {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut chunk = kind.to_vec();
        chunk.extend_from_slice(data);
        out.extend_from_slice(&chunk);
        out.extend_from_slice(&crc32(&chunk).to_be_bytes());
    }
    out
}

fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    // 5552 bytes is the most that can be summed before the u32s could overflow (zlib's NMAX).
    for block in data.chunks(5552) {
        for &byte in block {
            a += u32::from(byte);
            b += a;
        }
        a %= 65_521;
        b %= 65_521;
    }
    (b << 16) | a
}

fn crc32(data: &[u8]) -> u32 {
    let table: Vec<u32> = (0..256u32)
        .map(|n| {
            (0..8).fold(n, |c, _| {
                if c & 1 == 1 {
                    (c >> 1) ^ 0xedb8_8320
                } else {
                    c >> 1
                }
            })
        })
        .collect();
    !data.iter().fold(0xffff_ffffu32, |crc, &byte| {
        table[((crc ^ u32::from(byte)) & 0xff) as usize] ^ (crc >> 8)
    })
}

/// `Mon, 05 Jan 2026 09:30:00 +0000` for a UTC instant in ms.
fn rfc2822_date(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][days.rem_euclid(7) as usize];
    let month_name = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][(month - 1) as usize];
    format!(
        "{weekday}, {day:02} {month_name} {year} {:02}:{:02}:{:02} +0000",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc2822_date_formats_known_instants() {
        assert_eq!(rfc2822_date(START_MS), "Mon, 05 Jan 2026 00:00:00 +0000");
        assert_eq!(
            rfc2822_date(951_782_400_000 + 3_723_000),
            "Tue, 29 Feb 2000 01:02:03 +0000"
        );
    }

    #[test]
    fn quoted_printable_escapes_non_ascii_and_equals() {
        assert_eq!(quoted_printable(b"a=b \xe9"), "a=3Db =E9");
        assert_eq!(quoted_printable(b"end \r\nx"), "end=20\r\nx");
    }

    #[test]
    fn crc32_and_adler32_match_known_values() {
        assert_eq!(crc32(b"IEND"), 0xae42_6082);
        assert_eq!(adler32(b"Wikipedia"), 0x11e6_0398);
    }

    #[test]
    fn long_non_ascii_subjects_become_several_short_encoded_words() {
        let subject =
            "注文123-4567890-1234567の配送状況について、まだ届いていません。ご確認をお願いします";
        for charset in ["iso-2022-jp", "shift_jis", "utf-8"] {
            let encoded = encode_word(subject, charset);
            let words: Vec<&str> = encoded.split("\r\n ").collect();
            assert!(words.len() > 1, "{encoded}");
            let mut decoded = String::new();
            for word in &words {
                assert!(word.len() <= 75, "{word}");
                let data = word.split('?').nth(3).unwrap_or_default();
                let bytes = BASE64.decode(data).unwrap_or_default();
                let encoding = encoding_rs::Encoding::for_label(charset.as_bytes())
                    .unwrap_or(encoding_rs::UTF_8);
                decoded.push_str(&encoding.decode(&bytes).0);
            }
            assert_eq!(decoded, subject);
        }
    }

    #[test]
    fn unmappable_text_falls_back_to_utf8() {
        assert_eq!(encode("王伟", "big5").1, "utf-8");
        assert_eq!(encode("王伟", "gbk").1, "gbk");
    }
}
