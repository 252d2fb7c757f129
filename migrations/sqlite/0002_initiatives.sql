-- Users, sectors, initiatives with their history, the append-only audit trail, and the
-- per-partner status tally the dashboard reads.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE,
    display_name  TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'manager', 'officer', 'viewer')),
    active        INTEGER NOT NULL DEFAULT 1,
    password_hash TEXT,
    created_at    TEXT    NOT NULL
);

CREATE TABLE sectors (
    id       INTEGER PRIMARY KEY,
    slug     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    synonyms TEXT NOT NULL DEFAULT ''
);

CREATE TABLE initiatives (
    id               INTEGER PRIMARY KEY,
    title            TEXT    NOT NULL,
    description      TEXT    NOT NULL DEFAULT '',
    partner_id       INTEGER NOT NULL REFERENCES partners (id),
    meeting_id       INTEGER REFERENCES meetings (id),
    owner_id         INTEGER REFERENCES users (id),
    deadline         TEXT,
    -- Sort key for "earliest deadline first" with undated initiatives last.
    due_key          TEXT GENERATED ALWAYS AS (COALESCE(deadline, '9999-12-31')) STORED,
    status           TEXT    NOT NULL CHECK (status IN ('proposed', 'active', 'blocked', 'completed', 'dropped')),
    blocked_reason   TEXT,
    obligor          TEXT    NOT NULL CHECK (obligor IN ('us', 'them', 'joint')),
    strength         TEXT    NOT NULL CHECK (strength IN ('firm', 'soft')),
    confidentiality  TEXT    NOT NULL CHECK (confidentiality IN ('public', 'internal', 'restricted')),
    next_review_on   TEXT,
    completed_on     TEXT,
    last_activity_on TEXT    NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE INDEX initiatives_by_due ON initiatives (due_key, id);
CREATE INDEX initiatives_by_updated ON initiatives (updated_at, id);
CREATE INDEX initiatives_by_title ON initiatives (title, id);
CREATE INDEX initiatives_by_partner ON initiatives (partner_id, due_key, id);
CREATE INDEX initiatives_by_owner ON initiatives (owner_id, due_key, id);
CREATE INDEX initiatives_by_status ON initiatives (status, due_key, id);
CREATE INDEX initiatives_by_meeting ON initiatives (meeting_id);
-- Health is a date range over open initiatives: these keep the dashboard to index ranges.
CREATE INDEX initiatives_open_by_deadline ON initiatives (deadline, partner_id, status)
    WHERE status IN ('proposed', 'active', 'blocked');
CREATE INDEX initiatives_open_by_activity ON initiatives (last_activity_on, partner_id, status, deadline)
    WHERE status IN ('proposed', 'active', 'blocked');

CREATE TABLE initiative_sectors (
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    sector_id     INTEGER NOT NULL REFERENCES sectors (id),
    PRIMARY KEY (initiative_id, sector_id)
);
CREATE INDEX initiative_sectors_by_sector ON initiative_sectors (sector_id, initiative_id);

CREATE TABLE updates (
    id            INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id),
    author_id     INTEGER REFERENCES users (id),
    created_at    TEXT    NOT NULL,
    from_status   TEXT,
    to_status     TEXT    NOT NULL,
    note          TEXT    NOT NULL DEFAULT '',
    evidence_url  TEXT
);
CREATE INDEX updates_by_initiative ON updates (initiative_id, id);

-- Maintained in the same transaction as every initiative change; always equals a fresh count.
CREATE TABLE partner_status_counts (
    partner_id INTEGER NOT NULL REFERENCES partners (id),
    status     TEXT    NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (partner_id, status)
);

CREATE TABLE audit_events (
    id          INTEGER PRIMARY KEY,
    occurred_at TEXT    NOT NULL,
    actor_id    INTEGER REFERENCES users (id),
    entity      TEXT    NOT NULL,
    entity_id   INTEGER NOT NULL,
    action      TEXT    NOT NULL,
    changes     TEXT    NOT NULL
);
CREATE INDEX audit_events_by_entity ON audit_events (entity, entity_id, id);
CREATE INDEX audit_events_by_time ON audit_events (occurred_at);

-- The audit trail is append-only: the database itself refuses changes.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;
