//! Turning a planned thread (who speaks when) into a `ConversationRecord`: the text of every
//! message in the buyer's language, authors, delivery states, read flags, status, due time,
//! tags and the agents' internal notes.

use bridgedesk_model::{
    AuthorKind, Channel, ConversationRecord, ConversationStatus, DeliveryState, Direction,
    MessageRecord, NoteRecord, Priority, UtcMillis,
};
use chrono_tz::Tz;
use rand::Rng;

use crate::intent::Intent;
use crate::market::{platform_name, response_target_hours, system_line};
use crate::notes::note_lines;
use crate::people::Agent;
use crate::render::{fill, fill_into, pick, Ctx};
use crate::timing::{format_date, DAY, HOUR, MINUTE};

/// One step of a thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Turn {
    /// Buyer: first message, second message, a nudge, thanks, a short chat line.
    Open,
    Follow,
    Nudge,
    Thanks,
    ChatC,
    /// Agent: first answer, progress update, settling answer, a short chat line.
    Reply,
    Update,
    Resolve,
    ChatA,
    /// The seller's auto-acknowledgement.
    Auto,
    /// The platform's own line (a return request, a claim).
    System,
}

impl Turn {
    /// Who writes this step.
    pub fn author(self) -> AuthorKind {
        match self {
            Turn::Open | Turn::Follow | Turn::Nudge | Turn::Thanks | Turn::ChatC => {
                AuthorKind::Customer
            }
            Turn::Reply | Turn::Update | Turn::Resolve | Turn::ChatA => AuthorKind::Agent,
            Turn::Auto => AuthorKind::Auto,
            Turn::System => AuthorKind::System,
        }
    }
}

/// How a conversation stands at the end of its thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum End {
    /// The buyer spoke last and waits for an answer.
    AwaitingAgent,
    /// The agent spoke last and waits for the buyer.
    AwaitingBuyer,
    /// The matter is settled.
    Resolved,
}

/// Everything fixed about one conversation before its messages are written.
pub(crate) struct Setup<'a> {
    /// Prefix of external ids (`demo-17` → `demo-17-1`, `demo-17-2` …).
    pub id: String,
    pub channel: Channel,
    pub store_key: &'static str,
    pub customer_key: String,
    pub order_key: Option<String>,
    pub intent: Intent,
    pub tz: Tz,
    pub agent: &'static Agent,
    pub assignee: Option<&'static str>,
    pub ctx: Ctx<'a>,
    /// Tracking number of a replacement parcel, quoted when the agent settles the matter.
    pub reship: Option<String>,
    pub extra_tags: Vec<&'static str>,
    pub vip: bool,
    /// Delivery state forced on the last agent message (demo coverage of the outbox states).
    pub force_delivery: Option<DeliveryState>,
}

fn email_like(channel: Channel) -> bool {
    matches!(channel, Channel::Email | Channel::Amazon | Channel::Ebay)
}

fn marketplace(channel: Channel) -> bool {
    !matches!(channel, Channel::Email | Channel::Telegram)
}

/// The date `{date}` means in a step: a delivery day, a need-by date, an ETA or a promise.
fn date_for(
    rng: &mut impl Rng,
    intent: Intent,
    turn: Turn,
    t: UtcMillis,
    first: UtcMillis,
) -> UtcMillis {
    match (intent, turn) {
        (Intent::DeliveredNotReceived, Turn::Open) => t - rng.gen_range(1..4) * DAY,
        (Intent::ShippingTime, Turn::Open) => t + 12 * DAY,
        (Intent::ShippingTime, _) => t + 11 * DAY,
        (_, Turn::Update) => t + 2 * DAY,
        (_, Turn::Resolve) => t + 7 * DAY,
        _ => first + 9 * DAY,
    }
}

fn line(rng: &mut impl Rng, setup: &Setup, turn: Turn) -> &'static str {
    let bank = setup.ctx.bank;
    let script = bank.script(setup.intent);
    let lines: &'static [&'static str] = match turn {
        Turn::Open => script.open,
        Turn::Follow => script.follow,
        Turn::Nudge => bank.nudge,
        Turn::Thanks => bank.thanks,
        Turn::ChatC if setup.intent.pre_sale() => &bank.chat_customer[..4],
        Turn::ChatC => bank.chat_customer,
        Turn::Reply => script.reply,
        // Only carrier matters talk about carriers and investigations.
        Turn::Update if !setup.intent.logistics() => &bank.update[1..2],
        Turn::Update => bank.update,
        Turn::Resolve => script.resolve,
        Turn::ChatA if setup.intent.pre_sale() => &bank.chat_agent[..4],
        Turn::ChatA => bank.chat_agent,
        Turn::Auto => bank.auto_ack,
        Turn::System => &[],
    };
    pick(rng, lines, &setup.ctx)
}

/// Whether a line already opens with a greeting (so none is added in front of it).
fn greets(text: &str) -> bool {
    const OPENERS: [&str; 30] = [
        "hi",
        "hello",
        "dear",
        "good ",
        "hola",
        "buenas",
        "buenos",
        "estimad",
        "hallo",
        "guten",
        "sehr geehrte",
        "bonjour",
        "bonsoir",
        "olá",
        "oi,",
        "bom dia",
        "boa ",
        "prezad",
        "здравствуйте",
        "добрый",
        "привет",
        "السلام",
        "مرحب",
        "مساء",
        "أهلاً",
        "你好",
        "您好",
        "在吗",
        "亲",
        "こんにちは",
    ];
    let head: String = text.chars().take(16).flat_map(char::to_lowercase).collect();
    OPENERS.iter().any(|o| head.starts_with(o))
}

fn customer_text(rng: &mut impl Rng, setup: &Setup, turn: Turn, body: &str) -> String {
    let bank = setup.ctx.bank;
    let mut out = String::with_capacity(body.len() + 64);
    let formal = email_like(setup.channel);
    if formal && turn == Turn::Open && !greets(body) && rng.gen_bool(0.7) {
        out.push_str(pick(rng, bank.customer_greet, &setup.ctx));
        out.push_str("\n\n");
        out.push_str(body);
        out.push_str("\n\n");
        fill_into(
            &mut out,
            pick(rng, bank.customer_sign, &setup.ctx),
            &setup.ctx,
        );
    } else if formal && matches!(turn, Turn::Open | Turn::Follow) && rng.gen_bool(0.3) {
        out.push_str(body);
        out.push_str("\n\n");
        fill_into(
            &mut out,
            pick(rng, bank.customer_sign, &setup.ctx),
            &setup.ctx,
        );
    } else {
        out.push_str(body);
    }
    out
}

fn agent_text(rng: &mut impl Rng, setup: &Setup, first_answer: bool, body: &str) -> String {
    let bank = setup.ctx.bank;
    let ctx = &setup.ctx;
    let mut out = String::with_capacity(body.len() + 128);
    if email_like(setup.channel) {
        fill_into(&mut out, pick(rng, bank.greet_formal, ctx), ctx);
        out.push_str("\n\n");
        out.push_str(body);
        out.push_str("\n\n");
        fill_into(&mut out, pick(rng, bank.sign_formal, ctx), ctx);
    } else {
        if first_answer && !greets(body) {
            fill_into(&mut out, pick(rng, bank.greet_chat, ctx), ctx);
            out.push_str(bank.sep);
        }
        out.push_str(body);
        if first_answer || rng.gen_bool(0.25) {
            out.push('\n');
            fill_into(&mut out, pick(rng, bank.sign_chat, ctx), ctx);
        }
    }
    out
}

/// Builds the conversation from its steps and their times (strictly increasing, all before
/// `now`).
pub(crate) fn assemble(
    rng: &mut impl Rng,
    setup: &mut Setup,
    turns: &[Turn],
    times: &[UtcMillis],
    end: End,
    now: UtcMillis,
) -> ConversationRecord {
    let first = times.first().copied().unwrap_or(now - HOUR);
    let bank = setup.ctx.bank;
    let intent = setup.intent;
    let marketplace = marketplace(setup.channel);
    let agent_state = if marketplace {
        DeliveryState::Accepted
    } else {
        DeliveryState::Sent
    };

    setup.ctx.date = format_date(bank, setup.tz, first + 9 * DAY);
    let subject_line = pick(rng, bank.script(intent).subject, &setup.ctx);
    let subject = fill(subject_line, &setup.ctx);

    let mut messages = Vec::with_capacity(turns.len());
    let mut first_answer = true;
    for (n, (&turn, &t)) in turns.iter().zip(times).enumerate() {
        let author_kind = turn.author();
        let template = line(rng, setup, turn);
        if template.contains("{date}") {
            setup.ctx.date = format_date(bank, setup.tz, date_for(rng, intent, turn, t, first));
        }
        let reship = turn == Turn::Resolve && setup.reship.is_some();
        if reship {
            std::mem::swap(&mut setup.ctx.tracking, &mut setup.reship);
        }
        let (text, author_name, direction, delivery) = match author_kind {
            AuthorKind::Customer => {
                let body = fill(template, &setup.ctx);
                (
                    customer_text(rng, setup, turn, &body),
                    setup.ctx.person.display.clone(),
                    Direction::Inbound,
                    None,
                )
            }
            AuthorKind::Agent => {
                let body = fill(template, &setup.ctx);
                let text = agent_text(rng, setup, first_answer, &body);
                first_answer = false;
                (
                    text,
                    setup.agent.name.to_string(),
                    Direction::Outbound,
                    Some(agent_state),
                )
            }
            AuthorKind::Auto => {
                let text = fill(template, &setup.ctx);
                (
                    text,
                    "Brightway Auto-Reply".to_string(),
                    Direction::Outbound,
                    Some(agent_state),
                )
            }
            AuthorKind::System => {
                let order = setup.ctx.order.as_deref().unwrap_or("");
                let author = match setup.channel {
                    Channel::Email | Channel::Telegram if intent == Intent::DisputeThreat => {
                        "PayPal"
                    }
                    Channel::Email | Channel::Telegram => "Brightway Web Shop",
                    other => platform_name(other),
                };
                (
                    system_line(setup.channel, intent, order),
                    author.to_string(),
                    Direction::Inbound,
                    None,
                )
            }
        };
        if reship {
            std::mem::swap(&mut setup.ctx.tracking, &mut setup.reship);
        }
        messages.push(MessageRecord {
            external_id: format!("{}-{}", setup.id, n + 1),
            direction,
            author_kind,
            author_name,
            text,
            html: None,
            sent_at: t,
            delivery,
            read: true,
        });
    }

    // Status, due time, unread flags.
    let last_human = messages
        .iter()
        .rposition(|m| matches!(m.author_kind, AuthorKind::Customer | AuthorKind::Agent));
    let awaiting_agent =
        last_human.is_some_and(|i| messages[i].author_kind == AuthorKind::Customer);
    let (status, due_at) = match end {
        End::Resolved => {
            let closed =
                (turns.last() == Some(&Turn::Thanks) && rng.gen_bool(0.5)) || rng.gen_bool(0.2);
            (
                if closed {
                    ConversationStatus::Closed
                } else {
                    ConversationStatus::Resolved
                },
                None,
            )
        }
        _ if awaiting_agent => {
            let waiting = last_human.map(|i| messages[i].sent_at).unwrap_or(first);
            (
                ConversationStatus::Open,
                Some(waiting + response_target_hours(setup.channel) * HOUR),
            )
        }
        _ => (
            if rng.gen_bool(0.65) {
                ConversationStatus::Pending
            } else {
                ConversationStatus::Open
            },
            None,
        ),
    };
    if status == ConversationStatus::Open && awaiting_agent {
        let last_agent = messages
            .iter()
            .rposition(|m| m.author_kind == AuthorKind::Agent);
        for m in messages.iter_mut().skip(last_agent.map_or(0, |i| i + 1)) {
            if m.author_kind == AuthorKind::Customer {
                m.read = false;
            }
        }
    }
    if !awaiting_agent && end != End::Resolved {
        if let Some(i) = last_human {
            let roll: f64 = rng.gen();
            let forced = setup.force_delivery;
            messages[i].delivery = forced.or(if roll < 0.04 {
                Some(DeliveryState::Queued)
            } else if roll < 0.07 {
                Some(DeliveryState::Failed)
            } else {
                messages[i].delivery
            });
        }
    }

    // Priority and tags.
    let mut priority = intent.priority();
    if setup.vip && priority == Priority::Normal {
        priority = Priority::High;
    }
    if intent == Intent::TrackingStalled && setup.ctx.days > 30 {
        priority = Priority::High;
    }
    let mut tags: Vec<String> = intent.tags().iter().map(|t| t.to_string()).collect();
    tags.extend(setup.extra_tags.iter().map(|t| t.to_string()));
    if setup.vip {
        tags.push("vip".to_string());
    }
    if due_at.is_some_and(|d| d < now) {
        tags.push("overdue".to_string());
    }

    // Internal notes, written after the first answer.
    let mut notes = Vec::new();
    let note_chance = if intent.pre_sale() { 0.12 } else { 0.45 };
    let anchor = messages
        .iter()
        .find(|m| m.author_kind == AuthorKind::Agent)
        .map_or(first, |m| m.sent_at);
    let author = setup.assignee.unwrap_or(setup.agent.name);
    if rng.gen_bool(note_chance) {
        let text = if author == "María García" && rng.gen_bool(0.5) {
            "Cliente habitual: ofrecer cupón del 10 % en el próximo pedido.".to_string()
        } else {
            fill(pick(rng, note_lines(intent), &setup.ctx), &setup.ctx)
        };
        let created_at = (anchor + rng.gen_range(2..40) * MINUTE).min(now - MINUTE);
        notes.push(NoteRecord {
            author: author.to_string(),
            text,
            created_at,
        });
    }
    if setup.vip {
        let created_at = (first + rng.gen_range(5..60) * MINUTE).min(now - MINUTE);
        notes.push(NoteRecord {
            author: author.to_string(),
            text: "VIP客户（A级），多次回购，优先处理。".to_string(),
            created_at,
        });
    }

    ConversationRecord {
        channel: setup.channel,
        store_key: setup.store_key.to_string(),
        customer_key: setup.customer_key.clone(),
        order_key: setup.order_key.clone(),
        subject,
        status,
        priority,
        category: intent.category(),
        language: bank.lang.to_string(),
        assignee: setup.assignee.map(str::to_string),
        tags,
        due_at,
        messages,
        notes,
    }
}
