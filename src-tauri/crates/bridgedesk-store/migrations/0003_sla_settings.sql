-- Schema version 3: the SLA settings become data.
-- Business calendars (an IANA zone, open intervals per weekday, holidays and date overrides,
-- attached to a shop or marked as the team default) and policies as an ordered list of
-- immutable versions. Editing a policy appends a version; a conversation remembers the policy
-- and version its clocks were computed with, until "recompute history" moves it to the current.

CREATE TABLE sla_calendars (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    zone       TEXT NOT NULL,
    store_id   INTEGER REFERENCES stores(id) ON DELETE SET NULL,
    is_default INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Open intervals of a weekday (0 = Monday); `end_at` before `start_at` crosses midnight.
CREATE TABLE sla_calendar_hours (
    calendar_id TEXT NOT NULL REFERENCES sla_calendars(id) ON DELETE CASCADE,
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    position    INTEGER NOT NULL,
    start_at    TEXT NOT NULL,
    end_at      TEXT NOT NULL,
    PRIMARY KEY (calendar_id, weekday, position)
) STRICT;

-- Holidays and date overrides: closed, half day, special hours, make-up working day.
CREATE TABLE sla_calendar_days (
    calendar_id TEXT NOT NULL REFERENCES sla_calendars(id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    label       TEXT NOT NULL DEFAULT '',
    hours       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (calendar_id, date)
) STRICT;

CREATE TABLE sla_policies (
    id              TEXT PRIMARY KEY,
    position        INTEGER NOT NULL,
    current_version INTEGER NOT NULL
) STRICT;

CREATE TABLE sla_policy_versions (
    policy_id  TEXT NOT NULL REFERENCES sla_policies(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    body_json  TEXT NOT NULL,
    PRIMARY KEY (policy_id, version)
) STRICT;

ALTER TABLE conversations ADD COLUMN sla_policy_id TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN sla_policy_version INTEGER NOT NULL DEFAULT 0;
