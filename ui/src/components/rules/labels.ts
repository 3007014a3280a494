// Fluent ids of the triage and rules vocabularies, typed by the generated bindings so a new
// Rust value fails the type check until it has a label, and the locale test sees every id.
import type {
  Action,
  Comparison,
  Condition,
  CustomerGrade,
  CustomerSegment,
  DisputeRisk,
  LogisticsProblem,
  TimeAnchor,
  Trigger,
} from '../../lib/bindings';

export const LOGISTICS_PROBLEMS: Record<LogisticsProblem, string> = {
  damaged: 'logistics-damaged',
  wrong_item: 'logistics-wrong-item',
  delivered_not_received: 'logistics-delivered-not-received',
  no_tracking_update: 'logistics-no-tracking-update',
  customs_hold: 'logistics-customs-hold',
  returned_to_sender: 'logistics-returned-to-sender',
};

export const DISPUTE_RISKS: Record<DisputeRisk, string> = {
  chargeback: 'risk-chargeback',
  paypal_claim: 'risk-paypal-claim',
  a_to_z_claim: 'risk-a-to-z-claim',
  bad_review: 'risk-bad-review',
  platform_report: 'risk-platform-report',
};

export const GRADES: Record<CustomerGrade, string> = {
  key_a: 'grade-key-a',
  key_b: 'grade-key-b',
  ordinary: 'grade-ordinary',
  small: 'grade-small',
};

export const SEGMENTS: Record<CustomerSegment, string> = {
  new: 'segment-new',
  returning: 'segment-returning',
  potential: 'segment-potential',
  dormant: 'segment-dormant',
};

export const TRIGGERS: Record<Trigger['type'], string> = {
  new_buyer_message: 'rule-trigger-new-buyer-message',
  agent_reply: 'rule-trigger-agent-reply',
  status_change: 'rule-trigger-status-change',
  time: 'rule-trigger-time',
};

export const ANCHORS: Record<TimeAnchor, string> = {
  last_buyer_message: 'rule-anchor-last-buyer-message',
  last_agent_message: 'rule-anchor-last-agent-message',
  status_change: 'rule-anchor-status-change',
};

/** The single checks the editor offers (groups are edited by ConditionGroup). */
export type EditableCondition = Exclude<Condition['type'], 'all' | 'any' | 'not'>;

export const CONDITIONS: Record<EditableCondition, string> = {
  channel: 'rule-cond-channel',
  store_id: 'rule-cond-store',
  team: 'teams-rule-cond-team',
  language: 'rule-cond-language',
  country: 'rule-cond-country',
  category: 'rule-cond-category',
  logistics_problem: 'rule-cond-logistics-problem',
  customer_grade: 'rule-cond-customer-grade',
  segment: 'rule-cond-segment',
  keywords: 'rule-cond-keywords',
  regex: 'rule-cond-regex',
  order_value: 'rule-cond-order-amount',
  priority: 'rule-cond-priority',
  status: 'rule-cond-status',
  has_tag: 'rule-cond-has-tag',
  minutes_since_buyer_message: 'rule-cond-minutes-buyer',
  minutes_since_agent_message: 'rule-cond-minutes-agent',
  minutes_since_status_change: 'rule-cond-minutes-status',
  awaiting_agent: 'rule-cond-awaiting-agent',
  business_hours: 'rule-cond-business-hours',
  blacklisted: 'rule-cond-blacklisted',
};

/** The comparisons of minutes and order values, in reading order. */
export const COMPARISONS: Record<Comparison, string> = {
  lt: 'rule-cmp-lt',
  lte: 'rule-cmp-lte',
  eq: 'rule-cmp-eq',
  gte: 'rule-cmp-gte',
  gt: 'rule-cmp-gt',
};

export const ACTIONS: Record<Action['type'], string> = {
  assign: 'rule-act-assign',
  assign_team: 'teams-rule-act-assign-team',
  tag: 'rule-act-tag',
  set_priority: 'rule-act-set-priority',
  set_category: 'rule-act-set-category',
  apply_sla_policy: 'rule-act-apply-sla-policy',
  set_status: 'rule-act-set-status',
  auto_reply: 'rule-act-auto-reply',
  add_note: 'rule-act-add-note',
  notify: 'rule-act-notify',
};

/** Outcomes, condition checks and actions of a rule's trace: the ids the core sends. */
const CHECK_CODES = [
  'any-empty', 'not', 'keywords', 'regex', 'channel', 'store-id', 'team', 'language', 'country', 'category',
  'logistics-problem', 'customer-grade', 'segment', 'order-value', 'priority', 'status', 'has-tag',
  'minutes-since-buyer-message', 'minutes-since-agent-message', 'minutes-since-status-change',
  'awaiting-agent', 'business-hours', 'blacklisted',
];
const OUTCOMES = ['matched', 'not-matched', 'disabled', 'other-trigger', 'already-applied', 'stopped', 'not-due'];
const ACTION_KINDS = ['assign', 'assign-team', 'tag', 'set-priority', 'set-category', 'apply-sla-policy', 'set-status', 'auto-reply', 'add-note', 'notify'];
const FINDINGS = [
  'sensitive-word-warn', 'email-address-warn', 'email-address-block', 'phone-number-warn', 'phone-number-block',
  'payment-card-block', 'iban-warn', 'iban-block', 'link-warn', 'link-block', 'off-platform-app-block',
];
/** Errors of rule sets and templates, sent by the core as AppError message ids. */
const CORE_ERRORS = [
  'rules-invalid-json', 'rules-unknown-format', 'rules-unsupported-version', 'rules-too-many-rules', 'rules-empty-rule-id',
  'rules-duplicate-rule-id', 'rules-no-actions', 'rules-invalid-regex', 'rules-regex-too-long', 'rules-condition-too-deep',
  'rules-negative-duration', 'rules-unknown-template', 'error-rules-invalid', 'template-no-variant', 'template-syntax',
  'template-missing-variable', 'template-format', 'template-unknown-time-zone', 'error-template-unknown',
  'error-reply-blocked', 'error-demo-not-demo', 'error-blacklist-reason-missing', 'error-grade-thresholds-invalid',
];

export const CORE_MESSAGE_IDS: string[] = [
  ...OUTCOMES.map((o) => `rule-outcome-${o}`),
  ...CHECK_CODES.flatMap((c) => [`rule-check-${c}-passed`, `rule-check-${c}-failed`]),
  ...ACTION_KINDS.map((a) => `rule-action-${a}`),
  ...FINDINGS.map((f) => `send-check-${f}`),
  ...CORE_ERRORS,
];

export const RULES_LABEL_IDS: string[] = [
  LOGISTICS_PROBLEMS,
  DISPUTE_RISKS,
  GRADES,
  SEGMENTS,
  TRIGGERS,
  ANCHORS,
  CONDITIONS,
  COMPARISONS,
  ACTIONS,
].flatMap((m) => Object.values(m));
