-- One-time links with which a user sets their own password: an admin never sees a password.
-- Only the SHA-256 of the link's secret is kept, so a copy of the database opens no account.
-- One link per user: issuing a new one replaces the old.
CREATE TABLE password_links (
    user_id    BIGINT      PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT        NOT NULL UNIQUE,
    expires_at TIMESTAMPTZ NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
