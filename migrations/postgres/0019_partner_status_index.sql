-- A partner's initiatives of one status, in deadline order: the list's most common filter
-- (a desk officer's partner, active work). With (partner_id, status, due_key, id) a page is
-- the first 51 entries of one index range; with (partner_id, due_key, id) alone every
-- initiative of the partner was read and its status checked (at 100,000 initiatives, a
-- partner's active page took 0.58 ms of SQLite's time instead of 0.1 ms).
CREATE INDEX initiatives_by_partner_status ON initiatives (partner_id, status, due_key, id);
