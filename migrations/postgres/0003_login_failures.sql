-- Failed sign-ins per account and per client address, for throttling. Kept in the database so
-- every app instance sees the same counts.
CREATE TABLE login_failures (
    key             TEXT        PRIMARY KEY,
    failures        BIGINT      NOT NULL,
    last_failure_at TIMESTAMPTZ NOT NULL
);
