-- A session is valid only while its user's epoch is the one it was signed in at: resetting a
-- password or deactivating a user moves the epoch, which ends every session they had (and a
-- later reactivation does not bring those sessions back).
ALTER TABLE users ADD COLUMN session_epoch INTEGER NOT NULL DEFAULT 0;
