-- Bridgedesk schema, version 1. Append-only: never edit a shipped migration, add the next one.
-- Instants are UTC milliseconds since the epoch. Vocabulary columns hold the snake_case names of
-- bridgedesk-model's enums.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- A seller's shop on one marketplace site.
CREATE TABLE stores (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    marketplace TEXT NOT NULL,
    site        TEXT NOT NULL DEFAULT ''
) STRICT;

-- A connected channel account (a mailbox, a marketplace API login, a bot). Secrets live in the
-- OS keychain, never here.
CREATE TABLE channel_accounts (
    id            INTEGER PRIMARY KEY,
    channel       TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    store_id      INTEGER REFERENCES stores(id) ON DELETE SET NULL,
    settings_json TEXT NOT NULL DEFAULT '{}',
    created_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE customers (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    country    TEXT NOT NULL DEFAULT '',
    time_zone  TEXT NOT NULL DEFAULT 'UTC',
    language   TEXT NOT NULL DEFAULT ''
) STRICT;

-- One buyer may write from several channels; each handle is unique per channel.
CREATE TABLE customer_identities (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    channel     TEXT NOT NULL,
    handle      TEXT NOT NULL,
    UNIQUE (channel, handle)
) STRICT;
CREATE INDEX customer_identities_by_customer ON customer_identities(customer_id);

CREATE TABLE orders (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    store_id        INTEGER NOT NULL REFERENCES stores(id),
    customer_id     INTEGER NOT NULL REFERENCES customers(id),
    marketplace     TEXT NOT NULL,
    site            TEXT NOT NULL DEFAULT '',
    order_number    TEXT NOT NULL,
    amount_minor    INTEGER NOT NULL,
    currency        TEXT NOT NULL,
    placed_at       INTEGER NOT NULL,
    carrier         TEXT,
    tracking_number TEXT,
    status          TEXT NOT NULL,
    UNIQUE (marketplace, order_number)
) STRICT;
CREATE INDEX orders_by_customer ON orders(customer_id, placed_at DESC);

CREATE TABLE order_items (
    id               INTEGER PRIMARY KEY,
    order_id         INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    sku              TEXT NOT NULL,
    title            TEXT NOT NULL,
    quantity         INTEGER NOT NULL,
    unit_price_minor INTEGER NOT NULL
) STRICT;
CREATE INDEX order_items_by_order ON order_items(order_id);

-- `sort_due` is due_at, or the largest integer when nothing is owed, so "what is due first,
-- then last activity" is one index order. `unread_count`, `message_count`, `snippet` and
-- `last_activity_at` are kept by the store's writers so the inbox list reads one row each.
CREATE TABLE conversations (
    id               INTEGER PRIMARY KEY,
    channel          TEXT NOT NULL,
    store_id         INTEGER NOT NULL REFERENCES stores(id),
    customer_id      INTEGER NOT NULL REFERENCES customers(id),
    order_id         INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    subject          TEXT NOT NULL,
    status           TEXT NOT NULL,
    priority         TEXT NOT NULL,
    category         TEXT NOT NULL,
    language         TEXT NOT NULL DEFAULT '',
    assignee         TEXT,
    snippet          TEXT NOT NULL DEFAULT '',
    unread_count     INTEGER NOT NULL DEFAULT 0,
    message_count    INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    last_activity_at INTEGER NOT NULL,
    due_at           INTEGER,
    sort_due         INTEGER NOT NULL
) STRICT;
CREATE INDEX conversations_by_due ON conversations(sort_due, last_activity_at DESC);
CREATE INDEX conversations_by_status ON conversations(status, sort_due, last_activity_at DESC);
CREATE INDEX conversations_by_channel ON conversations(channel, status, sort_due, last_activity_at DESC);
CREATE INDEX conversations_by_store ON conversations(store_id, status, sort_due, last_activity_at DESC);
CREATE INDEX conversations_by_language ON conversations(language, status, sort_due, last_activity_at DESC);
CREATE INDEX conversations_by_category ON conversations(category, status, sort_due, last_activity_at DESC);
CREATE INDEX conversations_by_assignee ON conversations(assignee, status, sort_due, last_activity_at DESC);
CREATE INDEX conversations_by_customer ON conversations(customer_id);
CREATE INDEX conversations_unread ON conversations(status) WHERE unread_count > 0;

CREATE TABLE conversation_tags (
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    tag             TEXT NOT NULL,
    PRIMARY KEY (conversation_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX conversation_tags_by_tag ON conversation_tags(tag);

-- Messages keyed by their channel's own id, so replaying a sync never duplicates.
CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    channel         TEXT NOT NULL,
    external_id     TEXT NOT NULL,
    direction       TEXT NOT NULL,
    author_kind     TEXT NOT NULL,
    author_name     TEXT NOT NULL,
    body_text       TEXT NOT NULL,
    body_html       TEXT,
    sent_at         INTEGER NOT NULL,
    is_read         INTEGER NOT NULL DEFAULT 1,
    UNIQUE (channel, external_id)
) STRICT;
CREATE INDEX messages_by_conversation ON messages(conversation_id, sent_at);

-- The outbox: every outgoing message's way to the buyer. A reply is committed here first and
-- the channel's sync engine moves it along (queued → sending → sent/accepted, or failed with a
-- reason and a retry time).
CREATE TABLE outbox (
    message_id      INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    state           TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    next_attempt_at INTEGER,
    updated_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX outbox_pending ON outbox(state, next_attempt_at) WHERE state IN ('queued', 'failed');

-- Attachment metadata; the bytes live on disk under attachments/<sha256>.
CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    inline_cid TEXT
) STRICT;
CREATE INDEX attachments_by_message ON attachments(message_id);

CREATE TABLE notes (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    author          TEXT NOT NULL,
    body            TEXT NOT NULL,
    created_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX notes_by_conversation ON notes(conversation_id, created_at);

CREATE TABLE drafts (
    conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    body            TEXT NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;

-- Full-text index of message text. Contentless: rowid is messages.id and the indexed text is
-- the CJK-bigram rewrite of body_text (see src/fts.rs), so 2-character Chinese and Japanese
-- words match without a table scan.
CREATE VIRTUAL TABLE message_fts USING fts5(
    body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
