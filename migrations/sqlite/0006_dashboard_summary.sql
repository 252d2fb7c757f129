-- The dashboard's summary, kept in the same transaction as every change to an initiative
-- (src/domain/summary.rs says what each initiative adds). Health and "due in 30 days" are as
-- of dashboard_state.as_of; the first dashboard of a new day moves them forward, and builds
-- the summary when as_of is NULL (as after this migration).

CREATE TABLE dashboard_state (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    as_of TEXT
);
INSERT INTO dashboard_state (id, as_of) VALUES (1, NULL);

-- Per partner: by status, open by health, due in 30 days, completed with a deadline, on time.
CREATE TABLE partner_figures (
    partner_id              INTEGER PRIMARY KEY,
    proposed                INTEGER NOT NULL,
    active                  INTEGER NOT NULL,
    blocked                 INTEGER NOT NULL,
    completed               INTEGER NOT NULL,
    dropped                 INTEGER NOT NULL,
    overdue                 INTEGER NOT NULL,
    due_soon                INTEGER NOT NULL,
    stale                   INTEGER NOT NULL,
    on_track                INTEGER NOT NULL,
    due_within              INTEGER NOT NULL,
    completed_with_deadline INTEGER NOT NULL,
    on_time                 INTEGER NOT NULL
);

-- Open initiatives per partner × sector, and how many of them are overdue.
CREATE TABLE partner_sector_figures (
    partner_id INTEGER NOT NULL,
    sector_id  INTEGER NOT NULL,
    open       INTEGER NOT NULL,
    overdue    INTEGER NOT NULL,
    PRIMARY KEY (partner_id, sector_id)
);

-- Initiatives opened (created) and completed per calendar month (its first day).
CREATE TABLE monthly_figures (
    month     TEXT    PRIMARY KEY,
    opened    INTEGER NOT NULL,
    completed INTEGER NOT NULL
);
