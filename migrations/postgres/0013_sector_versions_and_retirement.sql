-- Sectors are reference data admins keep: an edit names the version it started from (a stale
-- one is refused), and a sector no longer used is retired (hidden from the pickers and the
-- readout importer, kept on the initiatives that have it).
ALTER TABLE sectors ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE sectors ADD COLUMN retired_at TIMESTAMPTZ;
