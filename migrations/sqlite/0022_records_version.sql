-- The records a list of initiatives shows get a version like the reference tables: every write
-- of an initiative, its sectors, its meetings or a meeting gives it a new one in the same
-- transaction, so a process may keep a rendered list and serve it again while the version
-- (read with the signed-in user, one statement) has not changed.
INSERT INTO reference_versions (name, version) VALUES ('records', random());

CREATE TRIGGER initiatives_records_version_insert AFTER INSERT ON initiatives BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'records';
END;
CREATE TRIGGER initiatives_records_version_update AFTER UPDATE ON initiatives BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'records';
END;
CREATE TRIGGER initiatives_records_version_delete AFTER DELETE ON initiatives BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'records';
END;
CREATE TRIGGER initiative_sectors_records_version_insert AFTER INSERT ON initiative_sectors BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'records';
END;
CREATE TRIGGER initiative_sectors_records_version_update AFTER UPDATE ON initiative_sectors BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'records';
END;
CREATE TRIGGER initiative_sectors_records_version_delete AFTER DELETE ON initiative_sectors BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'records';
END;
CREATE TRIGGER initiative_meetings_records_version_insert AFTER INSERT ON initiative_meetings BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'records';
END;
CREATE TRIGGER initiative_meetings_records_version_update AFTER UPDATE ON initiative_meetings BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'records';
END;
CREATE TRIGGER initiative_meetings_records_version_delete AFTER DELETE ON initiative_meetings BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'records';
END;
CREATE TRIGGER meetings_records_version_insert AFTER INSERT ON meetings BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'records';
END;
CREATE TRIGGER meetings_records_version_update AFTER UPDATE ON meetings BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'records';
END;
CREATE TRIGGER meetings_records_version_delete AFTER DELETE ON meetings BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'records';
END;
