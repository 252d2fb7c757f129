-- Meetings carry a confidentiality level like initiatives: a viewer must not read the summary
-- of a meeting whose commitments are restricted. A meeting any of whose initiatives is
-- restricted starts restricted; the rest start internal.
ALTER TABLE meetings ADD COLUMN confidentiality TEXT NOT NULL DEFAULT 'internal'
    CHECK (confidentiality IN ('public', 'internal', 'restricted'));
UPDATE meetings SET confidentiality = 'restricted'
WHERE EXISTS (SELECT 1 FROM initiatives i
              WHERE i.confidentiality = 'restricted'
                AND (i.meeting_id = meetings.id
                     OR EXISTS (SELECT 1 FROM initiative_meetings im
                                WHERE im.initiative_id = i.id AND im.meeting_id = meetings.id)));

-- Meetings and users are edited by several people: an edit names the version it started from
-- and a stale one is refused instead of silently overwriting the other edit.
ALTER TABLE meetings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
