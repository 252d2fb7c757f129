-- The dashboard's summary gets a version like the reference tables: every write of a summary
-- table (a change to an initiative, a day move, a rebuild) gives it a new one in the same
-- transaction, so a process may keep a dashboard rendered from the summary and serve it again
-- while the version (read with the signed-in user, one statement) has not changed.
INSERT INTO reference_versions (name, version) VALUES ('summary', (random() * 9e18)::BIGINT);

CREATE FUNCTION new_summary_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE reference_versions SET version = (random() * 9e18)::BIGINT WHERE name = 'summary';
    RETURN NULL;
END
$$;
CREATE TRIGGER dashboard_state_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dashboard_state
    FOR EACH STATEMENT EXECUTE FUNCTION new_summary_version();
CREATE TRIGGER partner_figures_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partner_figures
    FOR EACH STATEMENT EXECUTE FUNCTION new_summary_version();
CREATE TRIGGER partner_sector_figures_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partner_sector_figures
    FOR EACH STATEMENT EXECUTE FUNCTION new_summary_version();
CREATE TRIGGER monthly_figures_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON monthly_figures
    FOR EACH STATEMENT EXECUTE FUNCTION new_summary_version();
