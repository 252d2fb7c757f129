-- Partners, sectors and users are read by nearly every page; each server process keeps them
-- and checks this table on every read. Every write of one of those tables gives it a new
-- version in the same transaction (the triggers below, so no write path can forget), and every
-- instance sees the change at its next read, whichever instance wrote it. Versions are random
-- rather than counted: a database restored from a backup never reuses a version for other data.
CREATE TABLE reference_versions (
    name TEXT PRIMARY KEY,
    version INTEGER NOT NULL
);
INSERT INTO reference_versions (name, version)
VALUES ('partners', random()), ('sectors', random()), ('users', random());

CREATE TRIGGER partners_version_insert AFTER INSERT ON partners BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'partners';
END;
CREATE TRIGGER partners_version_update AFTER UPDATE ON partners BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'partners';
END;
CREATE TRIGGER partners_version_delete AFTER DELETE ON partners BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'partners';
END;
CREATE TRIGGER sectors_version_insert AFTER INSERT ON sectors BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'sectors';
END;
CREATE TRIGGER sectors_version_update AFTER UPDATE ON sectors BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'sectors';
END;
CREATE TRIGGER sectors_version_delete AFTER DELETE ON sectors BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'sectors';
END;
CREATE TRIGGER users_version_insert AFTER INSERT ON users BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'users';
END;
CREATE TRIGGER users_version_update AFTER UPDATE ON users BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'users';
END;
CREATE TRIGGER users_version_delete AFTER DELETE ON users BEGIN
    UPDATE reference_versions SET version = random() WHERE name = 'users';
END;
