-- Full-text search for the initiative list's text filter: an initiative is found by a word in
-- its title or description, in one of its updates' notes, or in the title, summary or readout
-- of its meeting or a follow-up meeting. FTS5 external-content indexes over the tables
-- themselves (nothing stored twice), kept by triggers in the writing transaction. The
-- unicode61 tokenizer folds case for every alphabet (Kazakh and Russian Cyrillic included,
-- which SQLite's lower() does not) and, with remove_diacritics 2, Latin accents (Liège finds
-- Liege); й and ё stay letters of their own.
CREATE VIRTUAL TABLE initiatives_search USING fts5(
    title, description,
    content = 'initiatives', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER initiatives_search_insert AFTER INSERT ON initiatives BEGIN
    INSERT INTO initiatives_search (rowid, title, description)
    VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER initiatives_search_delete AFTER DELETE ON initiatives BEGIN
    INSERT INTO initiatives_search (initiatives_search, rowid, title, description)
    VALUES ('delete', old.id, old.title, old.description);
END;
CREATE TRIGGER initiatives_search_update AFTER UPDATE OF title, description ON initiatives BEGIN
    INSERT INTO initiatives_search (initiatives_search, rowid, title, description)
    VALUES ('delete', old.id, old.title, old.description);
    INSERT INTO initiatives_search (rowid, title, description)
    VALUES (new.id, new.title, new.description);
END;
INSERT INTO initiatives_search (initiatives_search) VALUES ('rebuild');

-- Most status changes carry no note: those stay out of the index (the triggers agree on which).
CREATE VIRTUAL TABLE updates_search USING fts5(
    note,
    content = 'updates', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER updates_search_insert AFTER INSERT ON updates WHEN new.note <> '' BEGIN
    INSERT INTO updates_search (rowid, note) VALUES (new.id, new.note);
END;
CREATE TRIGGER updates_search_delete AFTER DELETE ON updates WHEN old.note <> '' BEGIN
    INSERT INTO updates_search (updates_search, rowid, note) VALUES ('delete', old.id, old.note);
END;
CREATE TRIGGER updates_search_update AFTER UPDATE OF note ON updates BEGIN
    INSERT INTO updates_search (updates_search, rowid, note)
    SELECT 'delete', old.id, old.note WHERE old.note <> '';
    INSERT INTO updates_search (rowid, note) SELECT new.id, new.note WHERE new.note <> '';
END;
INSERT INTO updates_search (rowid, note) SELECT id, note FROM updates WHERE note <> '';

CREATE VIRTUAL TABLE meetings_search USING fts5(
    title, summary, readout,
    content = 'meetings', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER meetings_search_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO meetings_search (rowid, title, summary, readout)
    VALUES (new.id, new.title, new.summary, new.readout);
END;
CREATE TRIGGER meetings_search_delete AFTER DELETE ON meetings BEGIN
    INSERT INTO meetings_search (meetings_search, rowid, title, summary, readout)
    VALUES ('delete', old.id, old.title, old.summary, old.readout);
END;
CREATE TRIGGER meetings_search_update AFTER UPDATE OF title, summary, readout ON meetings BEGIN
    INSERT INTO meetings_search (meetings_search, rowid, title, summary, readout)
    VALUES ('delete', old.id, old.title, old.summary, old.readout);
    INSERT INTO meetings_search (rowid, title, summary, readout)
    VALUES (new.id, new.title, new.summary, new.readout);
END;
INSERT INTO meetings_search (meetings_search) VALUES ('rebuild');
