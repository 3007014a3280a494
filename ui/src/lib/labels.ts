// The Fluent message id of every closed vocabulary value of the contract. Typed as
// Record<Vocabulary, id>, so a new Rust enum value fails the type check until it has a label,
// and the locale test checks that each id exists in every locale.
import type {
  AuthorKind,
  Carrier,
  Category,
  Channel,
  ConversationStatus,
  DeliveryState,
  OrderStatus,
  Priority,
} from './bindings';
import { CORE_MESSAGE_IDS, RULES_LABEL_IDS } from '../components/rules/labels';

export const CHANNELS: Record<Channel, string> = {
  email: 'channel-email',
  ebay: 'channel-ebay',
  amazon: 'channel-amazon',
  shopee: 'channel-shopee',
  tiktok_shop: 'channel-tiktok-shop',
  lazada: 'channel-lazada',
  telegram: 'channel-telegram',
};

/** Short channel names for the coloured badges of the list. */
export const CHANNEL_BADGES: Record<Channel, string> = {
  email: 'channel-badge-email',
  ebay: 'channel-badge-ebay',
  amazon: 'channel-badge-amazon',
  shopee: 'channel-badge-shopee',
  tiktok_shop: 'channel-badge-tiktok-shop',
  lazada: 'channel-badge-lazada',
  telegram: 'channel-badge-telegram',
};

export const STATUSES: Record<ConversationStatus, string> = {
  open: 'status-open',
  pending: 'status-pending',
  resolved: 'status-resolved',
  closed: 'status-closed',
};

export const PRIORITIES: Record<Priority, string> = {
  low: 'priority-low',
  normal: 'priority-normal',
  high: 'priority-high',
  urgent: 'priority-urgent',
};

export const CATEGORIES: Record<Category, string> = {
  product: 'category-product',
  order_logistics: 'category-order-logistics',
  return_exchange: 'category-return-exchange',
  repair: 'category-repair',
  complaint: 'category-complaint',
  other: 'category-other',
};

export const AUTHOR_KINDS: Record<AuthorKind, string> = {
  customer: 'author-customer',
  agent: 'author-agent',
  system: 'author-system',
  auto: 'author-auto',
};

export const DELIVERY_STATES: Record<DeliveryState, string> = {
  queued: 'delivery-queued',
  sending: 'delivery-sending',
  sent: 'delivery-sent',
  accepted: 'delivery-accepted',
  failed: 'delivery-failed',
};

/** What each delivery state means, shown as the chip's title. */
export const DELIVERY_HINTS: Record<DeliveryState, string> = {
  queued: 'delivery-queued-hint',
  sending: 'delivery-sending-hint',
  sent: 'delivery-sent-hint',
  accepted: 'delivery-accepted-hint',
  failed: 'delivery-failed-hint',
};

export const ORDER_STATUSES: Record<OrderStatus, string> = {
  awaiting_payment: 'order-status-awaiting-payment',
  paid: 'order-status-paid',
  shipped: 'order-status-shipped',
  in_transit: 'order-status-in-transit',
  delivered: 'order-status-delivered',
  returned: 'order-status-returned',
  cancelled: 'order-status-cancelled',
  refunded: 'order-status-refunded',
};

export const CARRIERS: Record<Carrier, string> = {
  china_post: 'carrier-china-post',
  ems: 'carrier-ems',
  dhl: 'carrier-dhl',
  ups: 'carrier-ups',
  fedex: 'carrier-fedex',
  tnt: 'carrier-tnt',
  yanwen: 'carrier-yanwen',
  '4px': 'carrier-4px',
  cainiao: 'carrier-cainiao',
  yunexpress: 'carrier-yunexpress',
  other: 'carrier-other',
};

/** Duration units for due times ("2 h", "35 min"). */
export const DURATIONS = {
  minutes: 'duration-minutes',
  hours: 'duration-hours',
  days: 'duration-days',
} as const;

/** Every id the maps above refer to, for the locale completeness test. */
export const ALL_LABEL_IDS: string[] = [
  ...RULES_LABEL_IDS,
  ...CORE_MESSAGE_IDS,
  ...[
  CHANNELS,
  CHANNEL_BADGES,
  STATUSES,
  PRIORITIES,
  CATEGORIES,
  AUTHOR_KINDS,
  DELIVERY_STATES,
  DELIVERY_HINTS,
  ORDER_STATUSES,
  CARRIERS,
  DURATIONS,
].flatMap((m) => Object.values(m)),
];
