-- Schema for the e-mail channel (issue 3). Registered as the next entry in migrations.rs; the
-- file is numbered 0005 because 0003 and 0004 belong to branches merged before this one.
-- Passwords are never stored here: they live in the OS keychain under the account's id.

-- An IMAP/SMTP mailbox the agent connected. `store_id` is the seller's shop the mailbox
-- answers for (created with the account), so its conversations show a shop like every other.
CREATE TABLE email_accounts (
    id            INTEGER PRIMARY KEY,
    store_id      INTEGER NOT NULL REFERENCES stores(id),
    display_name  TEXT NOT NULL,
    from_address  TEXT NOT NULL,
    imap_host     TEXT NOT NULL,
    imap_port     INTEGER NOT NULL,
    imap_security TEXT NOT NULL,
    smtp_host     TEXT NOT NULL,
    smtp_port     INTEGER NOT NULL,
    smtp_security TEXT NOT NULL,
    user_name     TEXT NOT NULL,
    signature     TEXT NOT NULL DEFAULT '',
    enabled       INTEGER NOT NULL DEFAULT 1,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
) STRICT;

-- One IMAP folder of an account with the sync cursor the server gave us (RFC 3501 UIDVALIDITY
-- and UIDNEXT, RFC 7162 HIGHESTMODSEQ; 0 when unknown).
CREATE TABLE mail_folders (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES email_accounts(id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    special_use    TEXT NOT NULL DEFAULT '',
    uidvalidity    INTEGER NOT NULL DEFAULT 0,
    uidnext        INTEGER NOT NULL DEFAULT 0,
    highest_modseq INTEGER NOT NULL DEFAULT 0,
    synced_at      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, name)
) STRICT;

-- What an e-mail message is beyond the channel-neutral `messages` row: its RFC 5322 identity
-- and threading headers, and where its raw bytes live (content-addressed on disk, like
-- attachments).
CREATE TABLE email_messages (
    message_id        INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    account_id        INTEGER NOT NULL REFERENCES email_accounts(id) ON DELETE CASCADE,
    rfc_message_id    TEXT NOT NULL,
    in_reply_to       TEXT NOT NULL DEFAULT '',
    references_list   TEXT NOT NULL DEFAULT '',
    from_address      TEXT NOT NULL DEFAULT '',
    to_addresses      TEXT NOT NULL DEFAULT '',
    subject           TEXT NOT NULL DEFAULT '',
    thread_subject    TEXT NOT NULL DEFAULT '',
    raw_sha256        TEXT NOT NULL DEFAULT '',
    raw_size          INTEGER NOT NULL DEFAULT 0,
    has_remote_images INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX email_messages_by_rfc_id ON email_messages(account_id, rfc_message_id);
CREATE INDEX email_messages_by_thread_subject ON email_messages(account_id, thread_subject);

-- Every Message-ID a message names in In-Reply-To or References, so a parent that arrives after
-- its replies (initial sync runs newest first) finds its thread with one indexed look-up.
CREATE TABLE email_thread_refs (
    account_id INTEGER NOT NULL REFERENCES email_accounts(id) ON DELETE CASCADE,
    ref_id     TEXT NOT NULL,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, ref_id, message_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX email_thread_refs_by_message ON email_thread_refs(message_id);

-- Where a message sits on the server. The same message may sit in several folders; a
-- UIDVALIDITY change makes every old location stale, never a duplicate message.
CREATE TABLE mail_locations (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES email_accounts(id) ON DELETE CASCADE,
    folder_id      INTEGER NOT NULL REFERENCES mail_folders(id) ON DELETE CASCADE,
    uidvalidity    INTEGER NOT NULL,
    uid            INTEGER NOT NULL,
    flags          TEXT NOT NULL DEFAULT '',
    rfc_message_id TEXT NOT NULL DEFAULT '',
    message_id     INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    UNIQUE (account_id, folder_id, uidvalidity, uid)
) STRICT;
CREATE INDEX mail_locations_by_message ON mail_locations(message_id);

-- Why a message could not be read completely (broken MIME, unknown charset ...): shown on the
-- message, never a reason to drop it.
CREATE TABLE mail_parse_warnings (
    id         INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX mail_parse_warnings_by_message ON mail_parse_warnings(message_id);

-- Local changes the agent made that the server must learn (mark read, archive, delete).
CREATE TABLE mail_changes (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES email_accounts(id) ON DELETE CASCADE,
    location_id INTEGER NOT NULL REFERENCES mail_locations(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX mail_changes_by_account ON mail_changes(account_id, id);

-- What the SMTP engine needs to send an outbox entry as e-mail, composed when the agent sent it
-- so a retry sends the very same bytes (and Message-ID: checked in Sent before a resend).
ALTER TABLE outbox ADD COLUMN account_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN raw_mime BLOB NOT NULL DEFAULT x'';
ALTER TABLE outbox ADD COLUMN envelope_from TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN envelope_to TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN rfc_message_id TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN reason_code TEXT NOT NULL DEFAULT '';
CREATE INDEX outbox_by_account ON outbox(account_id, state, next_attempt_at);

-- Remote images the agent allowed: `scope` is `message` (value: messages.id) or `sender`
-- (value: the lower-cased address).
CREATE TABLE remote_image_allowances (
    scope      TEXT NOT NULL,
    value      TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (scope, value)
) STRICT, WITHOUT ROWID;
