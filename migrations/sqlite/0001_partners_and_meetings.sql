-- Partners (countries, regions, cities and ports, organisations) and the meetings held with them.
-- Dates are ISO text (YYYY-MM-DD); instants are RFC 3339 text in UTC.

CREATE TABLE partners (
    id           INTEGER PRIMARY KEY,
    slug         TEXT    NOT NULL UNIQUE,
    name         TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('country', 'region', 'city', 'organisation')),
    iso_code     TEXT,
    parent_id    INTEGER REFERENCES partners (id),
    world_region TEXT    NOT NULL,
    created_at   TEXT    NOT NULL
);
CREATE INDEX partners_by_parent ON partners (parent_id);

CREATE TABLE meetings (
    id         INTEGER PRIMARY KEY,
    held_on    TEXT    NOT NULL,
    title      TEXT    NOT NULL,
    location   TEXT,
    partner_id INTEGER NOT NULL REFERENCES partners (id),
    summary    TEXT,
    readout    TEXT,
    source_url TEXT,
    created_at TEXT    NOT NULL
);
CREATE INDEX meetings_by_date ON meetings (held_on DESC, id DESC);
CREATE INDEX meetings_by_partner ON meetings (partner_id, held_on DESC);

CREATE TABLE meeting_participants (
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT    NOT NULL,
    title        TEXT,
    organisation TEXT,
    side         TEXT    NOT NULL CHECK (side IN ('ours', 'theirs')),
    PRIMARY KEY (meeting_id, position)
);
