-- An initiative's page shows its history, its audit events: each new one replaces the records'
-- version too, so that the page may be kept like the lists (every write of an initiative also
-- changes its row; this holds even for one that would not). The audit is append-only.
CREATE TRIGGER audit_events_records_version AFTER INSERT ON audit_events
WHEN NEW.entity = 'initiative' BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'records';
END;
