-- Schema version 2: what the SLA clocks need.
-- `conversation_events` keeps the status history (a pending pause freezes a clock from the
-- instant it began), and each conversation carries its nearest warning instant and the last
-- computed SLA state, so the inbox can sort and colour without recomputing.

CREATE TABLE conversation_events (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    at              INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    status          TEXT
) STRICT;
CREATE INDEX conversation_events_by_conversation ON conversation_events(conversation_id, at);

ALTER TABLE conversations ADD COLUMN warn_at INTEGER;
ALTER TABLE conversations ADD COLUMN sla_json TEXT NOT NULL DEFAULT '';
