-- Schema version 8: teams (desks). A seller runs, e.g., a Shenzhen day desk and a Europe desk
-- with other hours; a conversation handled by a team counts business time on that team's
-- calendar (Freshdesk: business hours belong to groups, a ticket's group picks the hours).
-- Deleting a team detaches its conversations and calendars (ON DELETE SET NULL); the store
-- also clears them explicitly in the same transaction, so nothing else is lost.

CREATE TABLE teams (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
) STRICT;

ALTER TABLE conversations ADD COLUMN team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL;
ALTER TABLE sla_calendars ADD COLUMN team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL;

CREATE INDEX conversations_by_team ON conversations(team_id, status, sort_due, last_activity_at DESC);

-- What a non-status event carries (for kind 'team': the team id it moved to, '' for none).
ALTER TABLE conversation_events ADD COLUMN detail TEXT NOT NULL DEFAULT '';
