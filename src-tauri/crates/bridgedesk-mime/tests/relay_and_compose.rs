//! Marketplace relay mail (Amazon, eBay) end to end through `parse`, auto-reply detection, and
//! replies built by `compose_reply` read back through our own `parse` and threaded.

use std::path::Path;

use bridgedesk_mime::{
    compose_reply, parse, reply_references, AutoReplySignal, ComposeError, MailAddress,
    Marketplace, OrderRefSource, OutgoingAttachment, PartDisposition, ReplyDraft, MAX_REFERENCES,
};

fn relay_examples() -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/email/relay_address_examples.json");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    serde_json::from_str(&text).unwrap_or(serde_json::Value::Null)
}

fn relay_mail(from: &str, subject: &str, body: &str) -> Vec<u8> {
    format!(
        "From: \"Maria - Amazon Marketplace\" <{from}>\r\nTo: shop@example.net\r\nSubject: {subject}\r\n\
         Message-ID: <relay-1@amazon>\r\nDate: Wed, 4 Mar 2026 09:30:00 +0000\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    )
    .into_bytes()
}

#[test]
fn the_documented_relay_addresses_are_recognized_from_parsed_mail() {
    let examples = relay_examples();
    let amazon = examples["amazon_buyer_email_example_mws_doc_sample"]
        .as_str()
        .unwrap_or_default();
    let ebay = examples["ebay_alias_example_official"]
        .as_str()
        .unwrap_or_default();
    let mail = parse(&relay_mail(amazon, "Inquiry from Amazon customer", "Hi"));
    let relay = mail
        .relay_sender()
        .map(|r| (r.marketplace, r.site, r.address));
    assert_eq!(
        relay,
        Some((
            Marketplace::Amazon,
            "com".into(),
            "5vlhexampleh9h5@marketplace.amazon.com".into()
        ))
    );
    let mail = parse(&relay_mail(ebay, "Question about item", "Hi"));
    assert_eq!(
        mail.relay_sender().map(|r| r.marketplace),
        Some(Marketplace::Ebay)
    );

    let variants = examples["observed_domain_variants_in_public_code"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(variants.len(), 5);
    for domain in variants.iter().filter_map(|v| v.as_str()) {
        let relay = bridgedesk_mime::recognize_relay(&format!("abc123@{domain}"));
        assert!(relay.is_some(), "{domain}");
    }
}

#[test]
fn amazon_relay_mail_yields_its_order_number_from_the_subject() {
    let mail = parse(&relay_mail(
        "x9y8z7@marketplace.amazon.de",
        "Anfrage von Amazon-Kunde Maria (Bestellung: 302-1234567-7654321)",
        "Bestellnummer: 302-1234567-7654321\nArtikel: Schuhe\nAlso see 12-34567-89012",
    ));
    let refs = mail.order_refs();
    assert_eq!(
        refs.len(),
        1,
        "an Amazon relay only looks for Amazon numbers: {refs:?}"
    );
    assert_eq!(refs[0].order_number, "302-1234567-7654321");
    assert_eq!(refs[0].source, OrderRefSource::Subject);
    assert_eq!(mail.relay_sender().map(|r| r.site), Some("de".into()));
}

#[test]
fn ebay_relay_mail_yields_its_order_number_from_the_body() {
    let mail = parse(&relay_mail(
        "63ae59ac280fe0fa69@members.ebay.com",
        "Other: buyer sent a message",
        "Order number: 21-09876-54321\nItem: 123456789012",
    ));
    let refs: Vec<(Marketplace, String, OrderRefSource)> = mail
        .order_refs()
        .into_iter()
        .map(|r| (r.marketplace, r.order_number, r.source))
        .collect();
    assert_eq!(
        refs,
        vec![(
            Marketplace::Ebay,
            "21-09876-54321".into(),
            OrderRefSource::Body
        )]
    );
}

#[test]
fn auto_replies_are_detected_from_their_headers() {
    let with = |header: &str| {
        parse(format!("From: a@b.com\r\n{header}\r\nSubject: x\r\n\r\nx\r\n").as_bytes()).auto_reply
    };
    assert_eq!(
        with("Auto-Submitted: auto-replied"),
        Some(AutoReplySignal::AutoSubmitted("auto-replied".into()))
    );
    assert_eq!(with("Auto-Submitted: no"), None);
    assert_eq!(with("X-Autoreply: yes"), Some(AutoReplySignal::XAutoreply));
    assert_eq!(
        with("Precedence: bulk"),
        Some(AutoReplySignal::Precedence("bulk".into()))
    );
    assert_eq!(with("Precedence: first-class"), None);
    assert_eq!(with("X-Mailer: x"), None);
}

fn draft() -> ReplyDraft {
    ReplyDraft {
        from: MailAddress {
            name: Some("Lin · Shenzhen Shop".into()),
            address: "support@shop.example".into(),
        },
        to: vec![MailAddress {
            name: None,
            address: "x9y8z7@marketplace.amazon.de".into(),
        }],
        cc: vec![],
        parent_subject: "RE: Anfrage (Bestellung: 302-1234567-7654321)".into(),
        parent_message_id: Some("<relay-1@amazon>".into()),
        parent_references: vec!["root@amazon".into(), "mid@shop.example".into()],
        text: "Hallo Maria,\nIhr Paket ist unterwegs — Größe 42.\n".into(),
        html: Some("<p>Hallo Maria,<br>Ihr Paket ist unterwegs — Größe 42.</p>".into()),
        signature: Some("Lin\nShenzhen Shop 深圳".into()),
        attachments: vec![OutgoingAttachment {
            file_name: "Rechnung März.pdf".into(),
            mime_type: "application/pdf".into(),
            bytes: b"%PDF-1.4 fake but binary \x00\x01\x02".to_vec(),
        }],
        date_ms: 1_772_620_200_000,
        unique_token: "01JN8Q6Z3K".into(),
    }
}

#[test]
fn a_composed_reply_reads_back_with_threading_headers_signature_and_attachment() {
    let out = compose_reply(&draft()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.message_id, "01JN8Q6Z3K@shop.example");
    let mail = parse(&out.raw);
    assert!(mail.warnings.is_empty(), "{:?}", mail.warnings);
    assert_eq!(mail.message_id.as_deref(), Some("01JN8Q6Z3K@shop.example"));
    assert_eq!(
        mail.subject.as_deref(),
        Some("Re: Anfrage (Bestellung: 302-1234567-7654321)")
    );
    assert_eq!(mail.in_reply_to, vec!["relay-1@amazon"]);
    assert_eq!(
        mail.references,
        vec!["root@amazon", "mid@shop.example", "relay-1@amazon"]
    );
    assert_eq!(mail.date_ms, Some(1_772_620_200_000));
    assert_eq!(mail.from[0].name.as_deref(), Some("Lin · Shenzhen Shop"));
    assert_eq!(mail.to[0].address, "x9y8z7@marketplace.amazon.de");
    assert_eq!(
        mail.text,
        "Hallo Maria,\nIhr Paket ist unterwegs — Größe 42.\n\n-- \nLin\nShenzhen Shop 深圳"
    );
    assert!(mail
        .html
        .as_deref()
        .is_some_and(|h| h.contains("-- <br>") && h.contains("深圳")));
    assert_eq!(mail.parts.len(), 1);
    assert_eq!(
        mail.parts[0].file_name.as_deref(),
        Some("Rechnung März.pdf")
    );
    assert_eq!(mail.parts[0].disposition, PartDisposition::Attachment);
    assert_eq!(mail.parts[0].bytes, draft().attachments[0].bytes);
    // Threading the reply finds the parent first (the store tries In-Reply-To first).
    assert_eq!(
        mail.in_reply_to.first().map(String::as_str),
        Some("relay-1@amazon")
    );
    // 8-bit content is transfer-encoded: the raw message is 7-bit clean.
    assert!(out.raw.is_ascii());
}

#[test]
fn a_reply_without_parent_id_or_extras_is_still_valid() {
    let mut plain = draft();
    plain.parent_message_id = None;
    plain.parent_references.clear();
    plain.html = None;
    plain.signature = Some("   ".into());
    plain.attachments.clear();
    plain.parent_subject = String::new();
    let out = compose_reply(&plain).unwrap_or_else(|e| panic!("{e}"));
    let mail = parse(&out.raw);
    assert!(mail.in_reply_to.is_empty() && mail.references.is_empty());
    assert_eq!(mail.subject.as_deref(), Some("Re:"));
    assert!(!mail.text.contains("-- "));
    assert!(mail.html.is_none());
}

#[test]
fn long_reference_chains_keep_the_first_and_the_latest_ids() {
    let parents: Vec<String> = (0..40).map(|i| format!("m{i}@x")).collect();
    let refs = reply_references(Some("<parent@x>"), &parents);
    assert_eq!(refs.len(), MAX_REFERENCES);
    assert_eq!(refs[0], "m0@x");
    assert_eq!(refs[MAX_REFERENCES - 1], "parent@x");
    assert_eq!(refs[1], "m22@x", "the 19 newest: m22..m39 and the parent");
    // Duplicates and the parent already in the chain are written once.
    let refs = reply_references(Some("b@x"), &["a@x".into(), "b@x".into(), "a@x".into()]);
    assert_eq!(refs, vec!["a@x", "b@x"]);
}

#[test]
fn invalid_drafts_are_refused_with_codes() {
    let mut bad = draft();
    bad.from.address = "no-domain".into();
    assert_eq!(
        compose_reply(&bad).map(|_| ()),
        Err(ComposeError::InvalidSender)
    );
    let mut bad = draft();
    bad.to.clear();
    assert_eq!(
        compose_reply(&bad).map(|_| ()),
        Err(ComposeError::NoRecipient)
    );
    let mut bad = draft();
    bad.to[0].address = "a@b.com\r\nBcc: victim@x.com".into();
    assert_eq!(
        compose_reply(&bad).map(|_| ()),
        Err(ComposeError::InvalidRecipient)
    );
    let mut bad = draft();
    bad.unique_token = "a b>".into();
    let err = compose_reply(&bad).map(|_| ()).err();
    assert_eq!(err.as_ref().map(ComposeError::code), Some("invalid_token"));
}
