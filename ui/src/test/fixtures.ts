// Test data shaped like the core's IPC answers: a small demo inbox.
import type {
  ConversationDetail,
  ConversationSummary,
  InboxFacets,
  MessageView,
  Settings,
  WorkspaceStatus,
} from '../lib/bindings';

export const NOW = Date.UTC(2025, 2, 10, 8, 0, 0); // 2025-03-10 08:00 UTC

export const SETTINGS: Settings = {
  locale: 'en-US',
  available_locales: ['en-US', 'zh-CN'],
  time_zone: 'Asia/Shanghai',
  os_time_zone: 'Asia/Shanghai',
  time_zone_chosen: false,
  agent_name: 'Lin Wei',
};

export const READY: WorkspaceStatus = {
  state: 'ready',
  database_path: '/home/agent/.local/share/bridgedesk/bridgedesk.sqlite3',
  conversation_count: 250,
  is_demo: true,
};

export const EMPTY: WorkspaceStatus = { state: 'empty', database_path: READY.database_path };

const CHANNELS = ['email', 'ebay', 'amazon', 'shopee', 'tiktok_shop', 'lazada', 'telegram'] as const;
const NAMES = ['Maria García', 'Jonas Weber', 'Emily Carter', 'Nguyễn Thị Hoa', 'Somchai P.', 'Budi Santoso', 'Алексей Иванов'];
const COUNTRIES = ['ES', 'DE', 'US', 'VN', 'TH', 'ID', 'RU'];
const LANGS = ['es', 'de', 'en', 'vi', 'th', 'id', 'ru'];

export function summary(i: number): ConversationSummary {
  const k = i % CHANNELS.length;
  return {
    id: i + 1,
    channel: CHANNELS[k],
    store_id: (i % 3) + 1,
    store_name: ['Acme Gadgets US', 'Acme EU', 'Acme SEA'][i % 3],
    subject: `Where is my order #${1000 + i}?`,
    snippet: 'Hello, I ordered two weeks ago and the tracking has not changed since…',
    customer_name: NAMES[k],
    customer_country: COUNTRIES[k],
    language: LANGS[k],
    status: 'open',
    priority: i % 5 === 0 ? 'urgent' : 'normal',
    category: 'order_logistics',
    assignee: i % 2 ? 'Lin Wei' : null,
    team_id: i % 3 === 1 ? 2 : null,
    team_name: i % 3 === 1 ? 'Europe desk' : null,
    tags: i === 0 ? ['tracking'] : [],
    unread_count: i % 4 === 0 ? 2 : 0,
    message_count: 3,
    last_activity_at: NOW - i * 600_000,
    due_at: NOW + (i - 3) * 1_800_000,
    warn_at: NOW + (i - 3) * 1_800_000 - 3_600_000,
    triage: {
      logistics_problem: i === 0 ? 'no_tracking_update' : null,
      dispute_risks: i === 0 ? ['paypal_claim'] : [],
      angry: false,
      urgent: i % 5 === 0,
      category_corrected: false,
    },
    standing: { grade: 'ordinary', segment: 'returning', blacklist: null },
  };
}

export const GRADE_THRESHOLDS = {
  window_days: 365,
  key_a_min_orders: 6,
  key_a_min_value_minor: 100_000,
  key_b_min_orders: 3,
  key_b_min_value_minor: 30_000,
  small_below_value_minor: 2_000,
  new_within_days: 30,
  dormant_after_days: 180,
};

export const SUMMARIES: ConversationSummary[] = Array.from({ length: 250 }, (_, i) => summary(i));

export const FACETS: InboxFacets = {
  stores: [
    { id: 1, name: 'Acme Gadgets US', marketplace: 'amazon', site: 'US' },
    { id: 2, name: 'Acme EU', marketplace: 'ebay', site: 'DE' },
    { id: 3, name: 'Acme SEA', marketplace: 'shopee', site: 'TH' },
  ],
  languages: ['en', 'de', 'es'],
  assignees: ['Lin Wei', 'Zhang Min'],
  teams: [
    { id: 2, name: 'Europe desk', created_at: NOW - 86_400_000, conversation_count: 83, calendar_ids: ['europe'] },
    { id: 1, name: 'Shenzhen desk', created_at: NOW - 86_400_000, conversation_count: 120, calendar_ids: [] },
  ],
  unread_total: 42,
};

export function message(id: number, over: Partial<MessageView> = {}): MessageView {
  return {
    id,
    channel: 'ebay',
    direction: 'inbound',
    author_kind: 'customer',
    author_name: 'Jonas Weber',
    text: 'Hallo,\nwo ist mein Paket?',
    html: null,
    sent_at: NOW - 3_600_000,
    delivery: null,
    delivery_error: null,
    delivery_retry_at: null,
    parse_warnings: [],
    sender_address: null,
    remote_images_blocked: false,
    remote_images_to_fetch: 0,
    remote_images_failed: 0,
    ...over,
  };
}

export function detail(id: number): ConversationDetail {
  const s = SUMMARIES[id - 1] ?? summary(id - 1);
  return {
    summary: { ...s, unread_count: 0 },
    messages: [
      message(id * 10 + 1),
      message(id * 10 + 2, {
        direction: 'outbound',
        author_kind: 'agent',
        author_name: 'Lin Wei',
        text: 'Hello Jonas, your parcel is in customs.',
        sent_at: NOW - 1_800_000,
        delivery: 'accepted',
      }),
    ],
    notes: [{ id: 7, author: 'Zhang Min', text: 'Customs hold, check with 4PX', created_at: NOW - 1_000_000 }],
    customer: {
      id: 99,
      name: s.customer_name,
      country: s.customer_country,
      time_zone: 'Europe/Berlin',
      language: s.language,
      identities: [{ channel: s.channel, handle: 'jonas_w' }],
      standing: s.standing,
    },
    orders: [
      {
        id: 5,
        marketplace: 'ebay',
        site: 'DE',
        order_number: '12-34567-89012',
        items: [{ sku: 'USB-C-2M', title: 'USB-C cable 2 m', quantity: 2, unit_price_minor: 799 }],
        amount_minor: 1598,
        currency: 'EUR',
        placed_at: NOW - 14 * 86_400_000,
        carrier: '4px',
        tracking_number: 'RB123456785CN',
        status: 'in_transit',
      },
    ],
    draft: id === 1 ? 'Saved draft text' : '',
    sla: null,
  };
}
