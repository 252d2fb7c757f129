-- Partners, sectors and users are read by nearly every page; each server process keeps them
-- and checks this table on every read. Every write of one of those tables gives it a new
-- version in the same transaction (the triggers below, so no write path can forget), and every
-- instance sees the change at its next read, whichever instance wrote it. Versions are random
-- rather than counted: a database restored from a backup never reuses a version for other data.
CREATE TABLE reference_versions (
    name TEXT PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO reference_versions (name, version)
VALUES ('partners', (random() * 9e18)::BIGINT), ('sectors', (random() * 9e18)::BIGINT),
       ('users', (random() * 9e18)::BIGINT);

CREATE FUNCTION new_reference_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE reference_versions SET version = (random() * 9e18)::BIGINT WHERE name = TG_TABLE_NAME;
    RETURN NULL;
END
$$;
CREATE TRIGGER partners_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partners
    FOR EACH STATEMENT EXECUTE FUNCTION new_reference_version();
CREATE TRIGGER sectors_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sectors
    FOR EACH STATEMENT EXECUTE FUNCTION new_reference_version();
CREATE TRIGGER users_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION new_reference_version();
