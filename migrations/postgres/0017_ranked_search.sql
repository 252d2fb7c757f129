-- Ranked search (server/store/initiatives/search.rs). An initiative's own words are stored as a
-- weighted word list (title A, description B), so that ranking a match and rechecking an index
-- hit read a stored value instead of re-tokenising the text of every matching row; the GIN
-- index covers that column.
ALTER TABLE initiatives ADD COLUMN search_words tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', description), 'B')
) STORED;
DROP INDEX initiatives_search;
-- fastupdate off: new entries go straight into the index. With it on, they wait in a pending
-- list that every search reads in full until a vacuum merges it (8 ms per search after a bulk
-- load of 85,000 notes); the writes here are few and small.
CREATE INDEX initiatives_search ON initiatives USING gin (search_words) WITH (fastupdate = off);
ALTER INDEX updates_search SET (fastupdate = off);
ALTER INDEX meetings_search SET (fastupdate = off);
SELECT gin_clean_pending_list('updates_search'::regclass);
SELECT gin_clean_pending_list('meetings_search'::regclass);
