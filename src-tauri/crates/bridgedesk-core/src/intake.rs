//! Triage on ingest and customer grading: every new buyer message (the demo load, the
//! simulator) goes through [`Workspace::ingest_buyer_message`], which stores it, triages it,
//! re-grades the buyer and runs the rules for a new buyer message; mail stored by the e-mail
//! sync goes through [`Workspace::after_channel_sync`], which does the same in batches.
//! Agents correct a category in one click; the correction is kept and the learned model learns
//! from it.

use crate::error::{CoreError, CoreResult};
use crate::Workspace;
use bridgedesk_model::*;
use bridgedesk_rules::RuleEvent;
use bridgedesk_store::{InboundMessage, Store, TriageRecord, UntriagedMessage};
use bridgedesk_triage::{
    grade_customer, BuyerMessage, CategoryModel, GradeThresholds, OrderHistory, PastOrder, Triage,
    Triager,
};
use std::collections::BTreeSet;

/// How recent synced buyer mail must be to trigger "new buyer message" rules.
pub(crate) const RULES_FOR_SYNCED_MAIL_WITHIN_MS: i64 = 24 * 60 * 60 * 1000;

/// The name the learned category model is stored under.
const CATEGORY_MODEL: &str = "category";
/// The setting holding the grade thresholds (JSON of [`GradeThresholds`]).
const SETTING_GRADE_THRESHOLDS: &str = "customers.grade_thresholds";

/// A stored triage from the triage crate's result.
pub(crate) fn record_of(triage: &Triage) -> TriageRecord {
    TriageRecord {
        language: triage.language.clone().unwrap_or_default(),
        category: triage.category,
        logistics_problem: triage
            .logistics_problem
            .map(|p| p.as_str().to_owned())
            .unwrap_or_default(),
        dispute_risks: triage
            .dispute_risks
            .iter()
            .map(|r| r.as_str().to_owned())
            .collect(),
        angry: triage.angry,
        urgent: triage.priority == Priority::Urgent,
        priority: triage.priority,
        evidence_json: serde_json::to_string(&triage.evidence).unwrap_or_else(|_| "[]".into()),
    }
}

impl Workspace {
    /// Runs `f` with the triager, loading the learned model from the store on first use.
    pub(crate) fn with_triager<T>(&self, store: &Store, f: impl FnOnce(&Triager) -> T) -> T {
        if let Some(triager) = self
            .triager
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
        {
            return f(triager);
        }
        let model = match store.triage_model(CATEGORY_MODEL) {
            Ok(Some(json)) => CategoryModel::from_json(&json).unwrap_or_else(|err| {
                tracing::warn!(
                    "The stored category model could not be read, starting afresh: {err}"
                );
                CategoryModel::new()
            }),
            Ok(None) => CategoryModel::new(),
            Err(err) => {
                tracing::warn!("Could not read the category model: {err:#}");
                CategoryModel::new()
            }
        };
        let triager = Triager::with_model(model);
        let result = f(&triager);
        *self.triager.write().unwrap_or_else(|p| p.into_inner()) = Some(triager);
        result
    }

    /// Triages every buyer message that has no triage yet (after a demo load or an import).
    pub(crate) fn triage_pending(&self, store: &Store, now: UtcMillis) -> CoreResult<usize> {
        let pending = store.untriaged_buyer_messages()?;
        self.triage_messages(store, &pending, now)?;
        Ok(pending.len())
    }

    fn triage_messages(
        &self,
        store: &Store,
        pending: &[UntriagedMessage],
        now: UtcMillis,
    ) -> CoreResult<()> {
        let records: Vec<(RowId, RowId, TriageRecord)> = self.with_triager(store, |triager| {
            pending
                .iter()
                .map(|m| {
                    let triage = triager.triage(&BuyerMessage::body(&m.text));
                    (m.message_id, m.conversation_id, record_of(&triage))
                })
                .collect()
        });
        store.save_triages(&records, now)?;
        tracing::info!("Triaged {} buyer messages", records.len());
        Ok(())
    }

    /// After a channel sync stored mail in `touched` conversations: triages their new buyer
    /// messages, re-grades those buyers and runs the "new buyer message" rules for the
    /// conversations that received recent mail; the caller then recomputes their clocks (triage
    /// may change what policy applies) and tells the inbox. Mail older than [`RULES_FOR_SYNCED_MAIL_WITHIN_MS`] when it is first synced
    /// (an account's history) is triaged but triggers no rule, so connecting a mailbox never
    /// auto-replies to last year's buyers.
    pub fn after_channel_sync(&self, touched: &[RowId]) -> CoreResult<usize> {
        // Clocks of the touched conversations move: the breach watch looks again.
        self.data_changed().notify();
        let store = self.store()?;
        let now = self.clock.now();
        let pending = store.untriaged_buyer_messages_in(touched)?;
        if pending.is_empty() {
            return Ok(0);
        }
        self.triage_messages(&store, &pending, now)?;
        let conversations: BTreeSet<RowId> = pending.iter().map(|m| m.conversation_id).collect();
        let mut customers = BTreeSet::new();
        for id in &conversations {
            customers.insert(store.customer_of_conversation(*id)?);
        }
        for customer in customers {
            self.grade_one(&store, customer, now)?;
        }
        let recent: BTreeSet<RowId> = pending
            .iter()
            .filter(|m| now - m.sent_at <= RULES_FOR_SYNCED_MAIL_WITHIN_MS)
            .map(|m| m.conversation_id)
            .collect();
        for id in &recent {
            self.after_event(&store, *id, RuleEvent::NewBuyerMessage);
        }
        Ok(pending.len())
    }

    /// A new buyer message arrives in a conversation: it is stored (once per channel id),
    /// triaged, the buyer re-graded, and the rules for a new buyer message run. Returns the
    /// rule runs it caused (empty when the message was already stored).
    pub fn ingest_buyer_message(
        &self,
        conversation_id: RowId,
        message: &InboundMessage<'_>,
    ) -> CoreResult<Vec<RuleRunView>> {
        let store = self.store()?;
        let now = self.clock.now();
        let Some(message_id) = store.add_inbound_message(conversation_id, message)? else {
            return Ok(Vec::new());
        };
        // A follow-up in a thread is triaged on its own text: the thread's subject names the
        // first question, not necessarily this one.
        let record = self.with_triager(&store, |triager| {
            record_of(&triager.triage(&BuyerMessage::body(message.text)))
        });
        store.save_triages(&[(message_id, conversation_id, record)], now)?;
        let customer = store.customer_of_conversation(conversation_id)?;
        self.grade_one(&store, customer, now)?;
        self.refresh_sla(&store, conversation_id)?;
        let runs = self.after_event(&store, conversation_id, RuleEvent::NewBuyerMessage);
        self.changed(conversation_id);
        Ok(runs)
    }

    /// The agent's one-click category correction: kept, learned from, and the model saved.
    pub fn correct_category(
        &self,
        conversation_id: RowId,
        category: Category,
    ) -> CoreResult<ConversationSummary> {
        let store = self.store()?;
        let now = self.clock.now();
        let agent = self.agent_name(&store);
        let summary = store.correct_category(conversation_id, category, &agent, now)?;
        let corrections = store.category_corrections()?;
        if let Some(latest) = corrections.last().filter(|c| !c.text.trim().is_empty()) {
            // Make sure the triager is loaded, then learn and save the model.
            self.with_triager(&store, |_| ());
            let json = {
                let mut guard = self.triager.write().unwrap_or_else(|p| p.into_inner());
                guard.as_mut().map(|triager| {
                    triager.learn_correction(&BuyerMessage::body(&latest.text), latest.to);
                    triager.model().to_json()
                })
            };
            if let Some(json) = json {
                store.set_triage_model(CATEGORY_MODEL, &json, corrections.len() as u32, now)?;
            }
        }
        tracing::info!("An agent corrected the category of conversation {conversation_id}");
        self.changed(conversation_id);
        Ok(summary)
    }

    /// The grade thresholds in force.
    pub fn grade_thresholds(&self) -> CoreResult<GradeThresholds> {
        let store = self.store()?;
        Ok(store
            .setting(SETTING_GRADE_THRESHOLDS)?
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default())
    }

    /// Changes the grade thresholds and re-grades every customer.
    pub fn set_grade_thresholds(
        &self,
        thresholds: &GradeThresholds,
    ) -> CoreResult<GradeThresholds> {
        thresholds
            .check()
            .map_err(CoreError::ThresholdsInconsistent)?;
        let store = self.store()?;
        let json = serde_json::to_string(thresholds).map_err(|_| CoreError::InvalidThresholds)?;
        store.set_setting(SETTING_GRADE_THRESHOLDS, &json)?;
        self.grade_all(&store, self.clock.now())?;
        self.events.inbox_changed(InboxChanged {
            conversation_ids: Vec::new(),
        });
        Ok(*thresholds)
    }

    /// Grades every customer from their order history.
    pub(crate) fn grade_all(&self, store: &Store, now: UtcMillis) -> CoreResult<()> {
        for customer in store.customer_ids()? {
            self.grade_one(store, customer, now)?;
        }
        Ok(())
    }

    fn grade_one(&self, store: &Store, customer: RowId, now: UtcMillis) -> CoreResult<()> {
        let thresholds = self.grade_thresholds()?;
        let history = OrderHistory {
            orders: store
                .order_history(customer)?
                .into_iter()
                .map(|line| PastOrder {
                    placed_at_ms: line.placed_at,
                    value_minor: bridgedesk_demo::usd_cents(line.amount_minor, &line.currency),
                })
                .collect(),
        };
        let (grade, segment) = grade_customer(&history, &thresholds, now);
        store.set_grade(customer, grade.as_str(), segment.as_str(), now)?;
        Ok(())
    }

    /// Sets or clears the blacklist flag of the buyer of a conversation; every conversation of
    /// that buyer shows it.
    pub fn set_blacklist(
        &self,
        conversation_id: RowId,
        reason: Option<&str>,
    ) -> CoreResult<CustomerStanding> {
        let store = self.store()?;
        let customer = store.customer_of_conversation(conversation_id)?;
        let entry = match reason.map(str::trim) {
            Some("") => return Err(CoreError::BlacklistReasonMissing),
            Some(reason) => Some(BlacklistEntry {
                reason: reason.to_owned(),
                by: self.agent_name(&store),
                at: self.clock.now(),
            }),
            None => None,
        };
        store.set_blacklist(customer, entry.as_ref())?;
        tracing::info!(
            "An agent {} a buyer",
            if entry.is_some() {
                "blacklisted"
            } else {
                "cleared the blacklist flag of"
            }
        );
        self.events.inbox_changed(InboxChanged {
            conversation_ids: store.conversations_of_customer(customer)?,
        });
        Ok(store
            .conversation_detail(conversation_id)?
            .customer
            .standing)
    }
}
