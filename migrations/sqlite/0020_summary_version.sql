-- The dashboard's summary gets a version like the reference tables: every write of a summary
-- table (a change to an initiative, a day move, a rebuild) gives it a new one in the same
-- transaction, so a process may keep a dashboard rendered from the summary and serve it again
-- while the version (read with the signed-in user, one statement) has not changed.
INSERT INTO reference_versions (name, version) VALUES ('summary', random());

CREATE TRIGGER dashboard_state_version_update AFTER UPDATE ON dashboard_state BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'summary';
END;
CREATE TRIGGER partner_figures_version_insert AFTER INSERT ON partner_figures BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'summary';
END;
CREATE TRIGGER partner_figures_version_update AFTER UPDATE ON partner_figures BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'summary';
END;
CREATE TRIGGER partner_figures_version_delete AFTER DELETE ON partner_figures BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'summary';
END;
CREATE TRIGGER partner_sector_figures_version_insert AFTER INSERT ON partner_sector_figures BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'summary';
END;
CREATE TRIGGER partner_sector_figures_version_update AFTER UPDATE ON partner_sector_figures BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'summary';
END;
CREATE TRIGGER partner_sector_figures_version_delete AFTER DELETE ON partner_sector_figures BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'summary';
END;
CREATE TRIGGER monthly_figures_version_insert AFTER INSERT ON monthly_figures BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'summary';
END;
CREATE TRIGGER monthly_figures_version_update AFTER UPDATE ON monthly_figures BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'summary';
END;
CREATE TRIGGER monthly_figures_version_delete AFTER DELETE ON monthly_figures BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'summary';
END;
