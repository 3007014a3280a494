//! Threading: reply chains by In-Reply-To and References, clients that drop the headers
//! (subject + participants fallback within the window), Outlook-style and CJK subject prefixes.

use std::collections::BTreeMap;

use bridgedesk_mime::{
    decide_thread, parse, thread_candidates, ConversationLookup, SubjectCandidate, ThreadDecision,
    ThreadVia, DEFAULT_SUBJECT_WINDOW_MS,
};

/// A tiny in-memory store: Message-ID → conversation, and per conversation its normalized
/// subjects, participants and latest message time.
#[derive(Default)]
struct Store {
    by_id: BTreeMap<String, u32>,
    conversations: BTreeMap<u32, (Vec<String>, Vec<String>, i64)>,
    next: u32,
}

impl ConversationLookup for Store {
    type Conversation = u32;
    fn by_message_id(&self, message_id: &str) -> Option<u32> {
        self.by_id.get(message_id).copied()
    }
    fn by_subject(&self, normalized_subject: &str) -> Vec<SubjectCandidate<u32>> {
        self.conversations
            .iter()
            .filter(|(_, (subjects, _, _))| subjects.iter().any(|s| s == normalized_subject))
            .map(|(id, (_, participants, last))| SubjectCandidate {
                conversation: *id,
                participants: participants.clone(),
                last_message_ms: *last,
            })
            .collect()
    }
}

impl Store {
    /// Threads and stores one raw message; returns its conversation and how it was placed.
    fn ingest(&mut self, raw: &str) -> (u32, Option<ThreadVia>) {
        let mail = parse(raw.as_bytes());
        let at = mail.date_ms.unwrap_or(0);
        let candidates = thread_candidates(&mail);
        let (conversation, via) =
            match decide_thread(&mail, &candidates, self, at, DEFAULT_SUBJECT_WINDOW_MS) {
                ThreadDecision::Existing { conversation, via } => (conversation, Some(via)),
                ThreadDecision::New => {
                    self.next += 1;
                    (self.next, None)
                }
            };
        if let Some(id) = &mail.message_id {
            self.by_id.insert(id.clone(), conversation);
        }
        let entry = self.conversations.entry(conversation).or_default();
        if let Some(key) = candidates.subject {
            entry.0.push(key.normalized_subject);
            entry.1.extend(key.participants);
            entry.1.sort();
            entry.1.dedup();
        }
        entry.2 = entry.2.max(at);
        (conversation, via)
    }
}

fn mail(id: &str, from: &str, to: &str, subject: &str, day: u32, extra: &str) -> String {
    format!(
        "From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{id}>\r\n\
         Date: {day:02} Mar 2026 10:00:00 +0000\r\n{extra}\r\nbody\r\n"
    )
}

#[test]
fn a_reply_chain_stays_in_one_conversation_by_in_reply_to_then_references() {
    let mut store = Store::default();
    let (first, via) = store.ingest(&mail(
        "a@buyer",
        "buyer@example.com",
        "shop@example.net",
        "Order late",
        1,
        "",
    ));
    assert_eq!(via, None);
    let (second, via) = store.ingest(&mail(
        "b@shop",
        "shop@example.net",
        "buyer@example.com",
        "Re: Order late",
        2,
        "In-Reply-To: <a@buyer>\r\nReferences: <a@buyer>\r\n",
    ));
    assert_eq!((second, via), (first, Some(ThreadVia::InReplyTo)));
    // In-Reply-To names an unknown message (e.g. not synced yet): References, newest first.
    let (third, via) = store.ingest(&mail(
        "c@buyer",
        "buyer@example.com",
        "shop@example.net",
        "Different subject",
        3,
        "In-Reply-To: <never-seen@x>\r\nReferences: <a@buyer> <b@shop> <never-seen@x>\r\n",
    ));
    assert_eq!((third, via), (first, Some(ThreadVia::References)));
}

#[test]
fn references_are_tried_newest_first_and_the_own_id_is_skipped() {
    let raw = mail(
        "own@x",
        "a@x.com",
        "b@y.com",
        "s",
        1,
        "In-Reply-To: <p@x>\r\nReferences: <r1@x> <r2@x> <own@x> <p@x>\r\n",
    );
    let candidates = thread_candidates(&parse(raw.as_bytes()));
    assert_eq!(candidates.message_ids, vec!["p@x", "r2@x", "r1@x"]);
}

#[test]
fn a_client_that_drops_the_headers_is_threaded_by_subject_and_participants() {
    let mut store = Store::default();
    let (first, _) = store.ingest(&mail(
        "a@buyer",
        "Buyer <buyer@example.com>",
        "shop@example.net",
        "Wrong size",
        1,
        "",
    ));
    let (reply, via) = store.ingest(&mail(
        "b@buyer",
        "buyer@example.com",
        "Shop <shop@example.net>",
        "RE: Wrong size",
        4,
        "",
    ));
    assert_eq!((reply, via), (first, Some(ThreadVia::Subject)));
}

#[test]
fn the_subject_fallback_needs_the_same_people_and_a_recent_conversation() {
    let mut store = Store::default();
    let (first, _) = store.ingest(&mail(
        "a@1",
        "buyer1@example.com",
        "shop@example.net",
        "Your order",
        1,
        "",
    ));
    // The shop sends the same subject to another buyer: a new conversation.
    let (other, via) = store.ingest(&mail(
        "a@2",
        "shop@example.net",
        "buyer2@example.com",
        "Your order",
        2,
        "",
    ));
    assert_ne!(other, first);
    assert_eq!(via, None);
    // The first buyer answers after the window: a new conversation too.
    let late = format!(
        "From: buyer1@example.com\r\nTo: shop@example.net\r\nSubject: Re: Your order\r\nMessage-ID: <late@1>\r\n\
         Date: {}\r\n\r\nx\r\n",
        "Sun, 31 May 2026 10:00:00 +0000"
    );
    let (late_conversation, via) = store.ingest(&late);
    assert!(late_conversation != first && via.is_none());
    let gap = parse(late.as_bytes()).date_ms.unwrap_or(0) - store.conversations[&first].2;
    assert!(
        gap > DEFAULT_SUBJECT_WINDOW_MS,
        "the sample is outside the window"
    );
}

#[test]
fn outlook_and_cjk_prefixed_subjects_find_their_conversation() {
    let mut store = Store::default();
    let (first, _) = store.ingest(&mail(
        "a@b",
        "买家 <buyer@example.cn>",
        "shop@example.net",
        "=?UTF-8?B?6K6i5Y2V5rKh5pS25Yiw?=",
        1,
        "",
    ));
    for (i, subject) in [
        "回复: 订单没收到",
        "答复：订单没收到",
        "RE: 回复：订单没收到",
        "AW: 订单没收到",
        "Re[2]: 订单没收到",
    ]
    .iter()
    .enumerate()
    {
        let id = format!("r{i}@b");
        let (conversation, via) = store.ingest(&mail(
            &id,
            "buyer@example.cn",
            "shop@example.net",
            subject,
            2,
            "",
        ));
        assert_eq!(
            (conversation, via),
            (first, Some(ThreadVia::Subject)),
            "{subject}"
        );
    }
}

#[test]
fn an_empty_subject_never_merges_conversations() {
    let mut store = Store::default();
    let (first, _) = store.ingest(&mail(
        "a@b",
        "buyer@example.com",
        "shop@example.net",
        "Re:",
        1,
        "",
    ));
    let (second, via) = store.ingest(&mail(
        "c@d",
        "buyer@example.com",
        "shop@example.net",
        "",
        1,
        "",
    ));
    assert_ne!(first, second);
    assert_eq!(via, None);
}
