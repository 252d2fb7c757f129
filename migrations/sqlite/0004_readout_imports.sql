-- Pasted readouts waiting for review, and the later meetings where an initiative came up again.

CREATE TABLE readout_imports (
    id          INTEGER PRIMARY KEY,
    created_by  INTEGER NOT NULL REFERENCES users (id),
    created_at  TEXT    NOT NULL,
    source_url  TEXT,
    body        TEXT    NOT NULL,
    -- Set, in the same transaction, when the reviewed proposals become a meeting.
    meeting_id  INTEGER REFERENCES meetings (id)
);
CREATE INDEX readout_imports_by_creator ON readout_imports (created_by, id);

CREATE TABLE initiative_meetings (
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id),
    meeting_id    INTEGER NOT NULL REFERENCES meetings (id),
    PRIMARY KEY (initiative_id, meeting_id)
);
CREATE INDEX initiative_meetings_by_meeting ON initiative_meetings (meeting_id, initiative_id);
