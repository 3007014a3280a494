// SLA clocks shaped like the core's ConversationDetail.sla, around the fixtures' NOW
// (Monday 2025-03-10 08:00 UTC: 16:00 in Shanghai, 04:00 on the same Monday in Los Angeles).
import type { ConversationDetail, SlaClockView, SlaView } from '../lib/bindings';
import { NOW, detail } from './fixtures';

const MIN = 60_000;
const HOUR = 60 * MIN;

export function clock(over: Partial<SlaClockView> = {}): SlaClockView {
  return {
    metric: 'first_response',
    status: 'running',
    business_time: true,
    calendar: { id: 'shenzhen', name: 'Shenzhen', source: 'default', team_name: null },
    target_ms: 4 * HOUR,
    started_at: NOW - HOUR,
    due_at: NOW + 2 * HOUR + 10 * MIN,
    warn_at: NOW + 70 * MIN,
    satisfied_at: null,
    breached_at: null,
    paused_remaining_ms: null,
    audit: [{ at: NOW - HOUR, event: 'started', reason: 'buyer_message' }],
    ...over,
  };
}

/** Lazada: first response met, next response running (safe), resolution running, the daily cycle due 19:00 in Kuala Lumpur. */
export const LAZADA_SLA: SlaView = {
  policy_id: 'marketplace-chat',
  policy_version: 1,
  clocks: [
    clock({
      status: 'satisfied',
      started_at: NOW - 5 * HOUR,
      due_at: NOW - HOUR,
      warn_at: NOW - 2 * HOUR,
      satisfied_at: NOW - 4 * HOUR,
      audit: [
        { at: NOW - 5 * HOUR, event: 'started', reason: 'buyer_message' },
        { at: NOW - 4 * HOUR - 30 * MIN, event: 'ignored', reason: 'auto_reply' },
        { at: NOW - 4 * HOUR, event: 'satisfied', reason: 'agent_reply' },
      ],
    }),
    clock({
      metric: 'next_response',
      audit: [{ at: NOW - HOUR, event: 'started', reason: 'oldest_unanswered_buyer_message' }],
    }),
    clock({ metric: 'resolution', target_ms: 45 * HOUR, started_at: NOW - 5 * HOUR, due_at: NOW + 4 * 24 * HOUR, warn_at: NOW + 3 * 24 * HOUR }),
  ],
  marketplace: {
    rule: 'lazada_daily_cycle',
    reference_zone: 'Asia/Kuala_Lumpur',
    current: clock({
      metric: 'marketplace',
      business_time: false,
      target_ms: 0,
      started_at: NOW - HOUR,
      due_at: Date.UTC(2025, 2, 10, 11, 0), // 19:00 in Kuala Lumpur
      warn_at: Date.UTC(2025, 2, 10, 10, 0),
      audit: [{ at: NOW - HOUR, event: 'started', reason: 'buyer_message' }],
    }),
  },
};

/** Pending: the next response paused with 1 h 20 min left, frozen. */
export const PAUSED_SLA: SlaView = {
  policy_id: 'email',
  policy_version: 2,
  clocks: [
    clock({
      metric: 'next_response',
      status: 'paused',
      due_at: null,
      warn_at: null,
      paused_remaining_ms: 80 * MIN,
      audit: [
        { at: NOW - 2 * HOUR, event: 'started', reason: 'buyer_message' },
        { at: NOW - 30 * MIN, event: 'paused', reason: 'status_pending' },
      ],
    }),
  ],
  marketplace: null,
};

/** The conversation `id` with these clocks and a buyer in Los Angeles. */
export function detailWithSla(id: number, sla: SlaView): ConversationDetail {
  const d = detail(id);
  return { ...d, sla, customer: { ...d.customer, time_zone: 'America/Los_Angeles' } };
}
