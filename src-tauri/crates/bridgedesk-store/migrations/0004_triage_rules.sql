-- Schema version 4: triage, customer grades, rules and templates (issue 6).
-- (Version 3 belongs to another branch; the runner applies files in the order they are listed
-- in src/migrations.rs, and this file is listed after it once both have landed.)

-- What triage found in one buyer message. `evidence_json` holds the phrases and model scores
-- that decided, so the UI can say why.
CREATE TABLE message_triage (
    message_id         INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    conversation_id    INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    language           TEXT NOT NULL DEFAULT '',
    category           TEXT NOT NULL,
    logistics_problem  TEXT NOT NULL DEFAULT '',
    dispute_risks      TEXT NOT NULL DEFAULT '',
    angry              INTEGER NOT NULL DEFAULT 0,
    urgent             INTEGER NOT NULL DEFAULT 0,
    evidence_json      TEXT NOT NULL DEFAULT '{}',
    triaged_at         INTEGER NOT NULL
) STRICT;
CREATE INDEX message_triage_by_conversation ON message_triage(conversation_id, message_id);

-- The conversation's current triage (from its newest buyer message, or an agent's correction).
-- `dispute_risks` is a comma-separated list of stable names.
CREATE TABLE conversation_triage (
    conversation_id     INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    language            TEXT NOT NULL DEFAULT '',
    category            TEXT NOT NULL,
    logistics_problem   TEXT NOT NULL DEFAULT '',
    dispute_risks       TEXT NOT NULL DEFAULT '',
    angry               INTEGER NOT NULL DEFAULT 0,
    urgent              INTEGER NOT NULL DEFAULT 0,
    evidence_json       TEXT NOT NULL DEFAULT '{}',
    category_corrected  INTEGER NOT NULL DEFAULT 0,
    updated_at          INTEGER NOT NULL
) STRICT;

-- Every one-click category correction, kept: the learned model is trained from these.
CREATE TABLE category_corrections (
    id               INTEGER PRIMARY KEY,
    conversation_id  INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    message_id       INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    language         TEXT NOT NULL DEFAULT '',
    text             TEXT NOT NULL,
    from_category    TEXT NOT NULL,
    to_category      TEXT NOT NULL,
    corrected_by     TEXT NOT NULL,
    corrected_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX category_corrections_by_conversation ON category_corrections(conversation_id);

-- The learned model (serialized by the triage crate), one row per model name.
CREATE TABLE triage_models (
    name        TEXT PRIMARY KEY,
    model_json  TEXT NOT NULL,
    trained_on  INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL
) STRICT;

-- Grade and segment from order history, and the hand-set blacklist flag.
ALTER TABLE customers ADD COLUMN grade TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN segment TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN graded_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN blacklisted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN blacklist_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN blacklisted_by TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN blacklisted_at INTEGER NOT NULL DEFAULT 0;

-- Rules are data: `rule_json` is the rules crate's serialized rule; `position` orders
-- evaluation (lowest first).
CREATE TABLE rules (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    rule_json   TEXT NOT NULL,
    position    INTEGER NOT NULL,
    enabled     INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX rules_by_position ON rules(position, id);

-- Every evaluation of a rule on a conversation, with the trace that says why it matched or not.
CREATE TABLE rule_runs (
    id               INTEGER PRIMARY KEY,
    conversation_id  INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    rule_id          INTEGER REFERENCES rules(id) ON DELETE SET NULL,
    rule_name        TEXT NOT NULL,
    trigger_kind     TEXT NOT NULL,
    matched          INTEGER NOT NULL,
    trace_json       TEXT NOT NULL,
    actions_json     TEXT NOT NULL DEFAULT '[]',
    -- For time rules: the instant the rule counted from, so it fires once per anchor.
    anchor_at        INTEGER,
    ran_at           INTEGER NOT NULL
) STRICT;
CREATE INDEX rule_runs_by_conversation ON rule_runs(conversation_id, ran_at);
CREATE INDEX rule_runs_by_rule ON rule_runs(rule_id, conversation_id, ran_at);

-- Reply templates: the starter set (origin 'starter') and the agents' own ('agent').
-- `template_json` is the rules crate's template: names and one Fluent variant per language.
CREATE TABLE templates (
    id             INTEGER PRIMARY KEY,
    key            TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    origin         TEXT NOT NULL,
    template_json  TEXT NOT NULL,
    updated_at     INTEGER NOT NULL
) STRICT;

-- Sensitive words per language, editable by the agent.
CREATE TABLE sensitive_words (
    language  TEXT NOT NULL,
    word      TEXT NOT NULL,
    PRIMARY KEY (language, word)
) STRICT, WITHOUT ROWID;

-- An SLA policy chosen by a rule ("apply SLA policy"); empty means the policies' own selection.
ALTER TABLE conversations ADD COLUMN sla_policy TEXT NOT NULL DEFAULT '';
