// The rule editor's building blocks: a new rule, and the default condition and action of each
// kind, shaped exactly like the generated `Rule` type the core validates.
import type { Action, Condition, Rule, Trigger } from '../../lib/bindings';
import type { EditableCondition } from './labels';

export function newRule(): Rule {
  return {
    id: '',
    name: '',
    enabled: false,
    trigger: { type: 'new_buyer_message' },
    condition: { type: 'all', conditions: [] },
    actions: [],
    stop_after_match: false,
  };
}

export function defaultTrigger(type: Trigger['type']): Trigger {
  return type === 'time' ? { type: 'time', anchor: 'last_buyer_message', after_minutes: 60 } : { type };
}

export function defaultCondition(type: EditableCondition): Condition {
  switch (type) {
    case 'channel':
      return { type, any_of: ['shopee'] };
    case 'category':
      return { type, any_of: ['order_logistics'] };
    case 'priority':
      return { type, any_of: ['urgent'] };
    case 'status':
      return { type, any_of: ['open'] };
    case 'logistics_problem':
      return { type, any_of: ['damaged'] };
    case 'customer_grade':
      return { type, any_of: ['key_a'] };
    case 'segment':
      return { type, any_of: ['new'] };
    case 'language':
    case 'country':
    case 'keywords':
      return { type, any_of: [] };
    case 'regex':
      return { type, pattern: '' };
    case 'order_value':
      return { type, cmp: 'gte', amount_minor: 10000, currency: 'USD' };
    case 'minutes_since_buyer_message':
    case 'minutes_since_agent_message':
    case 'minutes_since_status_change':
      return { type, cmp: 'gte', minutes: 60 };
    case 'store_id':
    case 'team':
      return { type, any_of: [] };
    case 'has_tag':
      return { type, any_of: [] };
    case 'awaiting_agent':
      return { type, is: true };
    case 'business_hours':
      return { type, within: true };
    case 'blacklisted':
      return { type, is: true };
  }
}

export function defaultAction(type: Action['type']): Action {
  switch (type) {
    case 'assign':
      return { type, agent: '' };
    case 'assign_team':
      return { type, team_id: 0 };
    case 'tag':
      return { type, tag: '' };
    case 'set_priority':
      return { type, priority: 'urgent' };
    case 'set_category':
      return { type, category: 'complaint' };
    case 'apply_sla_policy':
      return { type, policy_id: 'urgent' };
    case 'set_status':
      return { type, status: 'pending' };
    case 'auto_reply':
      return { type, template_id: 'where-is-my-order' };
    case 'add_note':
      return { type, text: '' };
    case 'notify':
      return { type, agent: null };
  }
}

/** A comma-separated list as the values of a condition. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** How a group combines its conditions: all, any, or none of them (`not` over `any`). */
export type GroupKind = 'all' | 'any' | 'none';

/** A condition seen as the editor's group: its kind and its members. */
export interface GroupView {
  kind: GroupKind;
  conditions: Condition[];
}

/** Whether a condition is a group (all / any / not) rather than a single check. */
export function isGroup(c: Condition): boolean {
  return c.type === 'all' || c.type === 'any' || c.type === 'not';
}

/**
 * Any condition as a group: all/any as they are, `not` as "none of" its member (or members,
 * when it wraps an `any`), a single check as a group of one. Same meaning, editable shape.
 */
export function asGroup(c: Condition): GroupView {
  switch (c.type) {
    case 'all':
    case 'any':
      return { kind: c.type, conditions: c.conditions };
    case 'not':
      return { kind: 'none', conditions: c.condition.type === 'any' ? c.condition.conditions : [c.condition] };
    default:
      return { kind: 'all', conditions: [c] };
  }
}

/** The condition a group stands for. */
export function fromGroup(g: GroupView): Condition {
  return g.kind === 'none' ? { type: 'not', condition: { type: 'any', conditions: g.conditions } } : { type: g.kind, conditions: g.conditions };
}

/** A new nested group: any of one keyword list. */
export function newGroup(): Condition {
  return { type: 'any', conditions: [defaultCondition('keywords')] };
}

/** Digits after the decimal point of a currency (2 when Intl does not know it). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}
