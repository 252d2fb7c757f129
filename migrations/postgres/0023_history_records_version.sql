-- An initiative's page shows its history, its audit events: each new one replaces the records'
-- version too, so that the page may be kept like the lists (every write of an initiative also
-- changes its row; this holds even for one that would not). Once per transaction, at its
-- commit, as for the records themselves (migration 0022).
CREATE CONSTRAINT TRIGGER audit_events_records_version AFTER INSERT ON audit_events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.entity = 'initiative')
    EXECUTE FUNCTION new_records_version();
CREATE TRIGGER audit_events_records_version_truncate AFTER TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION new_records_version_now();
