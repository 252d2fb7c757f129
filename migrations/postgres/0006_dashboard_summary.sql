-- The dashboard's summary, kept in the same transaction as every change to an initiative
-- (src/domain/summary.rs says what each initiative adds). Health and "due in 30 days" are as
-- of dashboard_state.as_of; the first dashboard of a new day moves them forward, and builds
-- the summary when as_of is NULL (as after this migration).

CREATE TABLE dashboard_state (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    as_of DATE
);
INSERT INTO dashboard_state (id, as_of) VALUES (1, NULL);

-- Per partner: by status, open by health, due in 30 days, completed with a deadline, on time.
CREATE TABLE partner_figures (
    partner_id              BIGINT  PRIMARY KEY,
    proposed                BIGINT  NOT NULL,
    active                  BIGINT  NOT NULL,
    blocked                 BIGINT  NOT NULL,
    completed               BIGINT  NOT NULL,
    dropped                 BIGINT  NOT NULL,
    overdue                 BIGINT  NOT NULL,
    due_soon                BIGINT  NOT NULL,
    stale                   BIGINT  NOT NULL,
    on_track                BIGINT  NOT NULL,
    due_within              BIGINT  NOT NULL,
    completed_with_deadline BIGINT  NOT NULL,
    on_time                 BIGINT  NOT NULL
);

-- Open initiatives per partner × sector, and how many of them are overdue.
CREATE TABLE partner_sector_figures (
    partner_id BIGINT  NOT NULL,
    sector_id  BIGINT  NOT NULL,
    open       BIGINT  NOT NULL,
    overdue    BIGINT  NOT NULL,
    PRIMARY KEY (partner_id, sector_id)
);

-- Initiatives opened (created) and completed per calendar month (its first day).
CREATE TABLE monthly_figures (
    month     DATE    PRIMARY KEY,
    opened    BIGINT  NOT NULL,
    completed BIGINT  NOT NULL
);
