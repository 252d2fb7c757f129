-- The records a list of initiatives shows get a version like the reference tables: every write
-- of an initiative, its sectors, its meetings or a meeting gives it a new one in the same
-- transaction, so a process may keep a rendered list and serve it again while the version
-- (read with the signed-in user, one statement) has not changed.
INSERT INTO reference_versions (name, version) VALUES ('records', (random() * 9e18)::BIGINT);

CREATE FUNCTION new_records_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE reference_versions SET version = (random() * 9e18)::BIGINT WHERE name = 'records';
    RETURN NULL;
END
$$;
CREATE TRIGGER initiatives_records_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON initiatives
    FOR EACH STATEMENT EXECUTE FUNCTION new_records_version();
CREATE TRIGGER initiative_sectors_records_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON initiative_sectors
    FOR EACH STATEMENT EXECUTE FUNCTION new_records_version();
CREATE TRIGGER initiative_meetings_records_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON initiative_meetings
    FOR EACH STATEMENT EXECUTE FUNCTION new_records_version();
CREATE TRIGGER meetings_records_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON meetings
    FOR EACH STATEMENT EXECUTE FUNCTION new_records_version();
