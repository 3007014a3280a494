//! Prints how fast `parse` and `sanitize_html` run on realistic mail, so the sync benchmark's
//! parse share can be judged. Run: `cargo run --release -p bridgedesk-mime --example parse_throughput`.
//! Figures only; nothing here asserts a time.

use std::collections::BTreeMap;
use std::time::Instant;

use bridgedesk_mime::{normalize_subject, parse, sanitize_html};

/// A multipart/alternative buyer message with an attachment, in one of several languages.
fn sample(i: usize) -> Vec<u8> {
    let (subject, body) = match i % 4 {
        0 => (
            "Where is my order 302-1234567-7654321?",
            "Hello, my parcel has not arrived yet. Could you check the tracking?",
        ),
        1 => (
            "订单还没收到",
            "您好，我的订单还没有到，请帮忙查询物流。谢谢！",
        ),
        2 => (
            "Lieferung beschädigt",
            "Guten Tag, das Paket kam beschädigt an. Bitte um Ersatz oder Rückerstattung.",
        ),
        _ => (
            "注文した商品について",
            "注文した商品がまだ届いていません。ご確認をお願いいたします。",
        ),
    };
    let attachment = if i.is_multiple_of(5) {
        "--b1\r\nContent-Type: image/jpeg; name=\"photo.jpg\"\r\nContent-Disposition: attachment; filename=\"photo.jpg\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIf\r\n"
            .repeat(40)
    } else {
        String::new()
    };
    format!(
        "Return-Path: <b{i}@example.com>\r\nReceived: from mx.example.com by mail.shop.example; Tue, 3 Mar 2026 08:00:00 +0000\r\n\
         From: Buyer {i} <b{i}@example.com>\r\nTo: Shop <support@shop.example>\r\nSubject: {subject}\r\n\
         Message-ID: <m{i}@example.com>\r\nIn-Reply-To: <p{i}@shop.example>\r\nReferences: <r{i}@example.com> <p{i}@shop.example>\r\n\
         Date: Tue, 3 Mar 2026 08:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n\
         --b1\r\nContent-Type: multipart/alternative; boundary=\"b2\"\r\n\r\n\
         --b2\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n\
         --b2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p style=\"color:#333\">{body}</p>\
         <img src=\"https://tracker.example/{i}.gif\"></body></html>\r\n--b2--\r\n{attachment}--b1--\r\n"
    )
    .into_bytes()
}

fn main() {
    let messages: Vec<Vec<u8>> = (0..10_000).map(sample).collect();
    let bytes: usize = messages.iter().map(Vec::len).sum();

    let started = Instant::now();
    let mut parsed = Vec::with_capacity(messages.len());
    for raw in &messages {
        let mail = parse(raw);
        let _ = normalize_subject(mail.subject.as_deref().unwrap_or(""));
        parsed.push(mail);
    }
    let parse_time = started.elapsed();

    let started = Instant::now();
    let mut blocked = 0;
    for mail in &parsed {
        if let Some(html) = &mail.html {
            blocked +=
                sanitize_html(html, &BTreeMap::new(), &BTreeMap::new()).blocked_remote_images;
        }
    }
    let sanitize_time = started.elapsed();

    let n = messages.len() as f64;
    println!(
        "messages: {}  ({:.1} MB)",
        messages.len(),
        bytes as f64 / 1e6
    );
    println!(
        "parse + thread keys: {:.0} ms total, {:.1} µs/message, {:.0} messages/s, {:.1} MB/s",
        parse_time.as_secs_f64() * 1e3,
        parse_time.as_secs_f64() * 1e6 / n,
        n / parse_time.as_secs_f64(),
        bytes as f64 / 1e6 / parse_time.as_secs_f64()
    );
    println!(
        "sanitize_html: {:.0} ms total, {:.1} µs/message ({blocked} remote images blocked)",
        sanitize_time.as_secs_f64() * 1e3,
        sanitize_time.as_secs_f64() * 1e6 / n
    );
}
