//! Reply templates for one conversation: the starter set installed with the workspace, the
//! picker's list in the agent's language, a template rendered in the buyer's language with the
//! conversation's variables (buyer name, order, tracking, carrier, expected delivery in the
//! buyer's zone, store name) beside a preview in the agent's own language, and the auto-reply
//! action's text.

use crate::error::{CoreError, CoreResult};
use crate::Workspace;
use bridgedesk_model::*;
use bridgedesk_rules::{render, starter_templates, ReplyTemplate, TemplateValue};
use bridgedesk_store::{RuleInputs, Store};
use std::collections::BTreeMap;

const DAY_MS: i64 = 86_400_000;
/// The return window the starter return template quotes, in days.
const RETURN_WINDOW_DAYS: i64 = 30;

/// Typical door-to-door days of a carrier from Shenzhen: express lines about a week, postal and
/// consolidated lines about two weeks. An estimate until tracking sync gives real dates.
fn transit_days(carrier: Option<Carrier>) -> i64 {
    match carrier {
        Some(Carrier::Dhl | Carrier::Ups | Carrier::Fedex | Carrier::Tnt | Carrier::Ems) => 7,
        _ => 15,
    }
}

/// The carrier's name as buyers know it.
fn carrier_name(carrier: Option<Carrier>) -> &'static str {
    match carrier {
        Some(Carrier::ChinaPost) => "China Post",
        Some(Carrier::Ems) => "EMS",
        Some(Carrier::Dhl) => "DHL",
        Some(Carrier::Ups) => "UPS",
        Some(Carrier::Fedex) => "FedEx",
        Some(Carrier::Tnt) => "TNT",
        Some(Carrier::Yanwen) => "Yanwen",
        Some(Carrier::FourPx) => "4PX",
        Some(Carrier::Cainiao) => "Cainiao",
        Some(Carrier::YunExpress) => "YunExpress",
        Some(Carrier::Other) | None => "-",
    }
}

/// The primary subtag of a BCP 47 tag (`zh-CN` → `zh`).
fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

fn parse_template(json: &str) -> Option<ReplyTemplate> {
    serde_json::from_str(json).ok()
}

impl Workspace {
    /// Installs the starter templates (kept as they are when an agent already changed one).
    pub(crate) fn install_starter_content(&self, store: &Store, now: UtcMillis) -> CoreResult<()> {
        let existing: Vec<String> = store.templates()?.into_iter().map(|t| t.key).collect();
        for template in starter_templates() {
            if existing.contains(&template.id) {
                continue;
            }
            let json = serde_json::to_string(&template).map_err(|_| CoreError::UnknownTemplate)?;
            store.upsert_template(&template.id, &template.name, "starter", &json, now)?;
        }
        Ok(())
    }

    fn agent_language(&self) -> String {
        primary(&self.settings().locale).to_owned()
    }

    /// Every template, named in the agent's language.
    pub fn templates_list(&self) -> CoreResult<Vec<TemplateView>> {
        let store = self.store()?;
        self.install_starter_content(&store, self.clock.now())?;
        let agent = self.agent_language();
        Ok(store
            .templates()?
            .into_iter()
            .filter_map(|stored| {
                let template = parse_template(&stored.template_json)?;
                Some(TemplateView {
                    id: stored.id,
                    key: stored.key,
                    origin: stored.origin,
                    name: template.name_in(&agent).to_owned(),
                    languages: template.variants.keys().cloned().collect(),
                    names: template.names,
                })
            })
            .collect())
    }

    fn template(&self, store: &Store, key: &str) -> CoreResult<ReplyTemplate> {
        store
            .templates()?
            .into_iter()
            .find(|t| t.key == key)
            .and_then(|t| parse_template(&t.template_json))
            .ok_or(CoreError::UnknownTemplate)
    }

    /// The variables of a conversation, as templates use them.
    fn template_values(
        &self,
        inputs: &RuleInputs,
        store: &Store,
    ) -> CoreResult<BTreeMap<String, TemplateValue>> {
        let now = self.clock.now();
        let detail = store.conversation_detail(inputs.conversation_id)?;
        let order = detail
            .orders
            .iter()
            .find(|o| Some(&o.order_number) == inputs.order_number.as_ref())
            .or_else(|| detail.orders.first());
        let mut values = BTreeMap::new();
        let text = |v: &str| TemplateValue::text(v);
        values.insert("buyer_name".into(), text(&inputs.customer_name));
        values.insert("store_name".into(), text(&inputs.store_name));
        values.insert(
            "order_number".into(),
            text(order.map(|o| o.order_number.as_str()).unwrap_or("-")),
        );
        values.insert(
            "tracking_number".into(),
            text(
                order
                    .and_then(|o| o.tracking_number.as_deref())
                    .unwrap_or("-"),
            ),
        );
        let carrier = order.and_then(|o| o.carrier);
        values.insert("carrier".into(), text(carrier_name(carrier)));
        let placed = order.map(|o| o.placed_at).unwrap_or(now);
        let zone = if inputs.customer_time_zone.parse::<chrono_tz::Tz>().is_ok() {
            inputs.customer_time_zone.clone()
        } else {
            "UTC".to_owned()
        };
        values.insert(
            "expected_delivery".into(),
            TemplateValue::Date {
                at: placed + transit_days(carrier) * DAY_MS,
                time_zone: zone,
            },
        );
        let items: i64 = order
            .map(|o| o.items.iter().map(|i| i64::from(i.quantity)).sum())
            .unwrap_or(1);
        values.insert(
            "item_count".into(),
            TemplateValue::Number {
                value: items.max(1),
            },
        );
        values.insert(
            "days_in_transit".into(),
            TemplateValue::Number {
                value: ((now - placed) / DAY_MS).max(0),
            },
        );
        values.insert(
            "return_days".into(),
            TemplateValue::Number {
                value: RETURN_WINDOW_DAYS,
            },
        );
        values.insert("postage_payer".into(), text("seller"));
        Ok(values)
    }

    /// The template rendered for a conversation: in `language` (else the buyer's), with a
    /// preview in the agent's own UI language.
    pub fn template_render(
        &self,
        conversation_id: RowId,
        key: &str,
        language: Option<&str>,
    ) -> CoreResult<RenderedTemplate> {
        let store = self.store()?;
        let template = self.template(&store, key)?;
        let inputs = store.rule_inputs(conversation_id)?;
        let values = self.template_values(&inputs, &store)?;
        let buyer = language
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .unwrap_or_else(|| inputs.language.clone());
        let for_buyer = render(&template, &buyer, &values)?;
        let agent = self.agent_language();
        let preview = render(&template, &agent, &values)?;
        Ok(RenderedTemplate {
            template_key: template.id,
            language: for_buyer.language,
            text: for_buyer.text,
            preview_language: preview.language,
            preview: preview.text,
        })
    }

    /// The auto-reply action's text: the template in the buyer's language.
    pub(crate) fn render_for_buyer(
        &self,
        store: &Store,
        inputs: &RuleInputs,
        key: &str,
    ) -> CoreResult<String> {
        let template = self.template(store, key)?;
        let values = self.template_values(inputs, store)?;
        Ok(render(&template, &inputs.language, &values)?.text)
    }
}

/// The send check's findings as the composer shows them.
fn check_view(findings: &[bridgedesk_rules::Finding]) -> SendCheckView {
    let blocked = bridgedesk_rules::blocks_sending(findings);
    SendCheckView {
        findings: findings
            .iter()
            .map(|f| SendFinding {
                code: f.code.clone(),
                severity: match f.severity {
                    bridgedesk_rules::Severity::Warn => "warn".to_owned(),
                    bridgedesk_rules::Severity::Block => "block".to_owned(),
                },
                start: f.utf16_start,
                end: f.utf16_end,
                message_id: f.message_id.clone(),
                args: f.args.clone(),
            })
            .collect(),
        blocked,
        needs_override: !blocked && !findings.is_empty(),
    }
}

impl Workspace {
    /// The sensitive-word lists: the agent's, else the starter lists.
    fn word_lists(&self, store: &Store) -> CoreResult<BTreeMap<String, Vec<String>>> {
        let stored = store.sensitive_words()?;
        Ok(if stored.is_empty() {
            bridgedesk_rules::starter_word_lists()
        } else {
            stored
        })
    }

    /// Every sensitive-word list, by language.
    pub fn sensitive_words(&self) -> CoreResult<Vec<SensitiveWordList>> {
        let store = self.store()?;
        Ok(self
            .word_lists(&store)?
            .into_iter()
            .map(|(language, words)| SensitiveWordList { language, words })
            .collect())
    }

    /// Replaces the sensitive-word list of one language (the first edit copies the starter
    /// lists, so the other languages keep theirs).
    pub fn set_sensitive_words(
        &self,
        language: &str,
        words: &[String],
    ) -> CoreResult<Vec<SensitiveWordList>> {
        let store = self.store()?;
        if store.sensitive_words()?.is_empty() {
            for (lang, list) in bridgedesk_rules::starter_word_lists() {
                store.set_sensitive_words(&lang, &list)?;
            }
        }
        store.set_sensitive_words(language, words)?;
        self.sensitive_words()
    }

    /// Checks a reply before it is sent: sensitive words of the buyer's language, personal data
    /// and the marketplace's rules.
    pub fn check_reply(&self, conversation_id: RowId, text: &str) -> CoreResult<SendCheckView> {
        let store = self.store()?;
        let summary = store.conversation_summary(conversation_id)?;
        let words = bridgedesk_rules::SensitiveWords::new(self.word_lists(&store)?);
        let findings =
            bridgedesk_rules::check_reply(text, summary.channel, &summary.language, &words);
        Ok(check_view(&findings))
    }

    /// Sends a reply through the check: a block refuses it, warnings hold it back unless the
    /// agent overrides them; otherwise it goes to the outbox.
    pub fn send_checked_reply(
        &self,
        conversation_id: RowId,
        text: &str,
        override_warnings: bool,
    ) -> CoreResult<ReplyOutcome> {
        let check = self.check_reply(conversation_id, text)?;
        if check.blocked {
            tracing::info!("The send check blocked a reply in conversation {conversation_id}");
            return Err(CoreError::SendBlocked);
        }
        if check.needs_override && !override_warnings {
            return Ok(ReplyOutcome::Checked { check });
        }
        Ok(ReplyOutcome::Queued {
            message: self.send_reply(conversation_id, text)?,
        })
    }
}
