-- A partner that is no longer tracked is retired: hidden from the pickers, its history and
-- records kept. A duplicate merged into another partner is retired too, and names the partner
-- its meetings, initiatives and parts moved to.
ALTER TABLE partners ADD COLUMN retired_at TEXT;
ALTER TABLE partners ADD COLUMN merged_into INTEGER REFERENCES partners (id);
