-- Full-text search for the initiative list's text filter: an initiative is found by a word in
-- its title or description, in one of its updates' notes, or in the title, summary or readout
-- of its meeting or a follow-up meeting. GIN indexes over the very expressions the list's
-- condition uses (server/store/initiatives/search.rs), word for word. The 'simple'
-- configuration lowercases by the database's LC_CTYPE (a UTF-8 locale folds Kazakh and
-- Russian Cyrillic; the C locale would not) and stems nothing: the desk's words are in three
-- languages.
CREATE INDEX initiatives_search ON initiatives
    USING gin (to_tsvector('simple', title || ' ' || description));
CREATE INDEX updates_search ON updates
    USING gin (to_tsvector('simple', note)) WHERE note <> '';
CREATE INDEX meetings_search ON meetings
    USING gin (to_tsvector('simple', title || ' ' || coalesce(summary, '') || ' ' || coalesce(readout, '')));
