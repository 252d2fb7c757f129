-- The records a list of initiatives shows get a version like the reference tables: every write
-- of an initiative, its sectors, its meetings or a meeting gives it a new one in the same
-- transaction, so a process may keep a rendered list and serve it again while the version
-- (read with the signed-in user, one statement) has not changed.
INSERT INTO reference_versions (name, version) VALUES ('records', (random() * 9e18)::BIGINT);

-- Every writer replaces this one row, and holds its lock until it commits: the replacement is
-- deferred to the commit (constraint triggers) and made once per transaction, so writers queue
-- for it only while committing, not from their first write on.
CREATE FUNCTION new_records_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('accord.records_version_xact', true) IS DISTINCT FROM txid_current()::text THEN
        PERFORM set_config('accord.records_version_xact', txid_current()::text, true);
        UPDATE reference_versions SET version = (random() * 9e18)::BIGINT WHERE name = 'records';
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER initiatives_records_version AFTER INSERT OR UPDATE OR DELETE ON initiatives
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION new_records_version();
CREATE CONSTRAINT TRIGGER initiative_sectors_records_version AFTER INSERT OR UPDATE OR DELETE ON initiative_sectors
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION new_records_version();
CREATE CONSTRAINT TRIGGER initiative_meetings_records_version AFTER INSERT OR UPDATE OR DELETE ON initiative_meetings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION new_records_version();
CREATE CONSTRAINT TRIGGER meetings_records_version AFTER INSERT OR UPDATE OR DELETE ON meetings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION new_records_version();
-- TRUNCATE has no row to defer with: it replaces the version at once.
CREATE FUNCTION new_records_version_now() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE reference_versions SET version = (random() * 9e18)::BIGINT WHERE name = 'records';
    RETURN NULL;
END
$$;
CREATE TRIGGER initiatives_records_version_truncate AFTER TRUNCATE ON initiatives
    FOR EACH STATEMENT EXECUTE FUNCTION new_records_version_now();
CREATE TRIGGER initiative_sectors_records_version_truncate AFTER TRUNCATE ON initiative_sectors
    FOR EACH STATEMENT EXECUTE FUNCTION new_records_version_now();
CREATE TRIGGER initiative_meetings_records_version_truncate AFTER TRUNCATE ON initiative_meetings
    FOR EACH STATEMENT EXECUTE FUNCTION new_records_version_now();
CREATE TRIGGER meetings_records_version_truncate AFTER TRUNCATE ON meetings
    FOR EACH STATEMENT EXECUTE FUNCTION new_records_version_now();
