-- Spreadsheets of existing commitments: each uploaded file is kept (as UTF-8 text) for its
-- review, and each initiative it created carries the row's reference, so that importing the
-- same file again creates nothing twice.

ALTER TABLE initiatives ADD COLUMN external_ref TEXT;
CREATE UNIQUE INDEX initiatives_by_external_ref ON initiatives (external_ref)
    WHERE external_ref IS NOT NULL;

CREATE TABLE sheet_imports (
    id            INTEGER PRIMARY KEY,
    created_by    INTEGER NOT NULL REFERENCES users (id),
    created_at    TEXT    NOT NULL,
    file_name     TEXT    NOT NULL,
    body          TEXT    NOT NULL,
    -- Set, in the import's transaction, when the reviewed rows became initiatives.
    imported_at   TEXT,
    created_count INTEGER
);
CREATE INDEX sheet_imports_by_creator ON sheet_imports (created_by, id);
