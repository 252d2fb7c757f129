-- Issue 19: a deadline is moved only with a reason, and every move is kept. The initiative
-- keeps the first deadline agreed (NULL while it was never moved: then it is the deadline)
-- and how many times it moved, so that the dashboard summary can judge "on time" against
-- the first deadline and count moves without reading the ledger.
ALTER TABLE initiatives ADD COLUMN first_deadline TEXT;
ALTER TABLE initiatives ADD COLUMN deadline_moves INTEGER NOT NULL DEFAULT 0;

CREATE TABLE deadline_moves (
    id            INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id),
    moved_at      TEXT NOT NULL,
    actor_id      INTEGER REFERENCES users (id),
    from_deadline TEXT,
    to_deadline   TEXT,
    reason        TEXT NOT NULL
);
CREATE INDEX deadline_moves_by_initiative ON deadline_moves (initiative_id, id);
CREATE INDEX deadline_moves_by_time ON deadline_moves (moved_at);

-- On time against the deadline as it stands, beside on time against the first one; moved
-- initiatives and moves in all.
ALTER TABLE partner_figures ADD COLUMN on_time_current INTEGER NOT NULL DEFAULT 0;
ALTER TABLE partner_figures ADD COLUMN deadline_moved INTEGER NOT NULL DEFAULT 0;
ALTER TABLE partner_figures ADD COLUMN deadline_moves INTEGER NOT NULL DEFAULT 0;
-- The new columns are not counted yet: the next dashboard builds the summary afresh.
UPDATE dashboard_state SET as_of = NULL WHERE id = 1;

-- The on-time rate reads completed initiatives by partner from this index alone, now judged
-- against the first deadline too; moved deadlines are counted from their own small index.
DROP INDEX initiatives_completed_by_partner;
CREATE INDEX initiatives_completed_by_partner
    ON initiatives (partner_id, deadline, completed_on, first_deadline)
    WHERE status = 'completed';
CREATE INDEX initiatives_moved_by_partner ON initiatives (partner_id, deadline_moves)
    WHERE deadline_moves > 0;
