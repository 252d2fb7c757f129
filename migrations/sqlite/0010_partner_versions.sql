-- Partners are edited by admins who may work at the same time: an edit names the version it
-- started from, and a stale one is refused (as for initiatives, meetings and users).
ALTER TABLE partners ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
