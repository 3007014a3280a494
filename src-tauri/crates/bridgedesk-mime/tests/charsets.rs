//! Every charset the issue names decodes, in bodies (8bit, quoted-printable, base64) and in
//! RFC 2047 encoded-word headers, from hand-made samples encoded with encoding_rs.

use bridgedesk_mime::{parse, ParseWarning};
use encoding_rs::Encoding;

/// (charset label as written in mail, text in that language).
const SAMPLES: &[(&str, &str)] = &[
    ("UTF-8", "Où est ma commande ? 我的订单在哪里？ 🚚"),
    ("GBK", "您好，我的订单还没有到，请帮忙查询物流。"),
    ("GB2312", "请问什么时候发货？"),
    ("GB18030", "订单号码：123，谢谢！𠀀"),
    ("Big5", "您好，請問我的包裹何時送達？"),
    (
        "Shift_JIS",
        "注文した商品がまだ届いていません。ご確認ください。",
    ),
    ("ISO-2022-JP", "返品の手続きについて教えてください。"),
    ("EUC-KR", "주문한 상품이 아직 도착하지 않았습니다."),
    ("KOI8-R", "Здравствуйте, где мой заказ?"),
    ("windows-1251", "Прошу вернуть деньги за товар."),
    (
        "windows-1252",
        "Größe passt nicht – bitte Rücksendung € 19,99",
    ),
    ("ISO-8859-1", "¿Dónde está mi pedido? Gracias, José"),
    ("ISO-8859-2", "Dzień dobry, zamówienie nie dotarło. Łódź"),
    ("ISO-8859-5", "Добрый день, посылка повреждена"),
    ("ISO-8859-7", "Καλημέρα, πού είναι η παραγγελία μου;"),
    ("ISO-8859-9", "Siparişim nerede? Teşekkürler, Ağustos"),
    ("ISO-8859-15", "Prix 20 € : œuvre Ÿ"),
];

fn encode(label: &str, text: &str) -> Vec<u8> {
    let encoding = Encoding::for_label(label.as_bytes()).unwrap_or(encoding_rs::UTF_8);
    let (bytes, _, had_errors) = encoding.encode(text);
    assert!(!had_errors, "{label} cannot encode the sample");
    bytes.into_owned()
}

fn q_word(label: &str, bytes: &[u8]) -> String {
    let mut out = format!("=?{label}?Q?");
    for b in bytes {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => out.push(*b as char),
            b' ' => out.push('_'),
            _ => out.push_str(&format!("={b:02X}")),
        }
    }
    out + "?="
}

fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn quoted_printable(bytes: &[u8]) -> String {
    let mut out = String::new();
    for b in bytes {
        match b {
            b'!'..=b'<' | b'>'..=b'~' => out.push(*b as char),
            _ => out.push_str(&format!("={b:02X}")),
        }
    }
    out
}

fn message(label: &str, encoding: &str, body: &[u8], subject_bytes: &[u8]) -> Vec<u8> {
    let mut raw = format!(
        "From: {} <buyer@example.com>\r\nTo: shop@example.net\r\nSubject: {}\r\n\
         Message-ID: <c-{label}@example.com>\r\nDate: Tue, 3 Mar 2026 08:00:00 +0000\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"{label}\"\r\n\
         Content-Transfer-Encoding: {encoding}\r\n\r\n",
        q_word(label, subject_bytes),
        q_word(label, subject_bytes),
    )
    .into_bytes();
    raw.extend_from_slice(body);
    raw.extend_from_slice(b"\r\n");
    raw
}

#[test]
fn every_required_charset_decodes_in_8bit_bodies_and_encoded_word_subjects() {
    for (label, text) in SAMPLES {
        let bytes = encode(label, text);
        let mail = parse(&message(label, "8bit", &bytes, &bytes));
        assert_eq!(mail.text, *text, "body in {label}");
        assert_eq!(mail.subject.as_deref(), Some(*text), "subject in {label}");
        assert_eq!(
            mail.from[0].name.as_deref(),
            Some(*text),
            "display name in {label}"
        );
        assert!(mail.warnings.is_empty(), "{label}: {:?}", mail.warnings);
    }
}

#[test]
fn every_required_charset_decodes_in_base64_and_quoted_printable_bodies() {
    for (label, text) in SAMPLES {
        let bytes = encode(label, text);
        let b64 = parse(&message(label, "base64", base64(&bytes).as_bytes(), &bytes));
        assert_eq!(b64.text, *text, "base64 body in {label}");
        let qp = parse(&message(
            label,
            "quoted-printable",
            quoted_printable(&bytes).as_bytes(),
            &bytes,
        ));
        assert_eq!(qp.text, *text, "quoted-printable body in {label}");
    }
}

#[test]
fn base64_encoded_words_and_adjacent_words_join_without_the_space() {
    let first = base64("订单".as_bytes());
    let second = base64(&encode("GBK", "问题"));
    let raw = format!(
        "From: a@example.com\r\nSubject: =?UTF-8?B?{first}?= =?GBK?B?{second}?= ok\r\n\r\nx\r\n"
    );
    assert_eq!(
        parse(raw.as_bytes()).subject.as_deref(),
        Some("订单问题 ok")
    );
}

#[test]
fn broken_encoded_words_keep_the_readable_rest() {
    let cases: &[(&str, &str, bool)] = &[
        // Missing the closing "?=": kept literally, and reported.
        ("=?UTF-8?B?SGVsbG8", "=?UTF-8?B?SGVsbG8", true),
        // Unknown encoding letter: kept literally.
        ("=?UTF-8?X?abc?= tail", "=?UTF-8?X?abc?= tail", false),
        // A space inside a Q word (forbidden, common): decoded anyway.
        ("=?UTF-8?Q?caf=C3=A9 broken?= end", "café broken end", false),
        // A truncated base64 word after a good one: the good part survives.
        ("=?utf-8?b?6K6i5Y2V?=   =?utf-8?b?5Ze?=", "订单", false),
        // An unknown charset label: the ASCII content survives.
        ("=?x-klingon?Q?abc?=", "abc", false),
        // Encoded word glued inside a word, as some clients write it.
        ("Order=?UTF-8?Q?_n=C2=BA?=5", "Order  nº 5", false),
    ];
    for (subject, expected, reported) in cases {
        let raw = format!("From: a@example.com\r\nSubject: {subject}\r\n\r\nx\r\n");
        let mail = parse(raw.as_bytes());
        assert_eq!(mail.subject.as_deref(), Some(*expected), "{subject}");
        assert_eq!(
            mail.warnings.contains(&ParseWarning::UndecodedEncodedWord),
            *reported,
            "{subject}"
        );
    }
}

#[test]
fn an_unknown_body_charset_is_reported_and_decoded_as_utf8() {
    let raw = b"From: a@example.com\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\nplain ascii\r\n";
    let mail = parse(raw);
    assert_eq!(mail.text, "plain ascii");
    assert!(
        mail.warnings
            .contains(&ParseWarning::UnknownCharset("x-no-such-charset".into())),
        "{:?}",
        mail.warnings
    );
}

#[test]
fn raw_8bit_utf8_headers_are_read_as_utf8_and_invalid_bytes_are_reported() {
    let utf8 = parse("From: Jürgen <j@example.de>\r\nSubject: Größe\r\n\r\nx\r\n".as_bytes());
    assert_eq!(utf8.subject.as_deref(), Some("Größe"));
    assert_eq!(utf8.from[0].name.as_deref(), Some("Jürgen"));
    let mut latin1 = b"From: j@example.de\r\nSubject: Gr".to_vec();
    latin1.extend_from_slice(&[0xF6, 0xDF, 0x65]);
    latin1.extend_from_slice(b"\r\n\r\nx\r\n");
    let mail = parse(&latin1);
    assert!(mail.warnings.contains(&ParseWarning::EightBitHeaders));
    assert!(mail.subject.is_some_and(|s| s.starts_with("Gr")));
}

#[test]
fn a_five_thousand_line_header_section_parses_and_is_reported() {
    let mut raw = String::from("From: Ana <ana@example.com>\r\nSubject: long headers\r\n");
    for i in 0..5_000 {
        raw.push_str(&format!("Received: from relay{i}.example.net by mx.example.net; Tue, 3 Mar 2026 08:00:00 +0000\r\n"));
    }
    raw.push_str("X-Folded: start\r\n");
    for i in 0..5_000 {
        raw.push_str(&format!(" continuation {i}\r\n"));
    }
    raw.push_str(
        "Message-ID: <long@example.com>\r\nDate: Tue, 3 Mar 2026 08:00:00 +0000\r\n\r\nbody\r\n",
    );
    let mail = parse(raw.as_bytes());
    assert_eq!(mail.subject.as_deref(), Some("long headers"));
    assert_eq!(mail.message_id.as_deref(), Some("long@example.com"));
    assert_eq!(mail.text, "body");
    assert!(mail
        .warnings
        .iter()
        .any(|w| matches!(w, ParseWarning::LongHeaderSection(n) if *n > 10_000)));
}
