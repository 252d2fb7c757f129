//! The initiative list's text filter as full-text search (migrations `0014_full_text_search`):
//! an initiative is found by the words of its title and description, of its updates' notes,
//! and of the title, summary and readout of its meeting and its follow-up meetings. Every
//! word typed must occur, each as the start of a word ("казах" finds "Казахстан"), in any
//! case of any alphabet, on both engines.

use crate::server::store::{Db, MAX_SEARCH_CHARS};

/// The most words one search looks for (the rest of a long paste is ignored).
pub(crate) const MAX_SEARCH_WORDS: usize = 12;

/// Which engine's full-text syntax a condition is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    pub(crate) fn of(db: &Db) -> Self {
        match db {
            Db::Sqlite(_) => Dialect::Sqlite,
            Db::Postgres(_) => Dialect::Postgres,
        }
    }
}

/// The words of a search: runs of letters and digits (anything else separates them, so
/// nothing typed reaches the query syntax), at most [`MAX_SEARCH_WORDS`] of them from the
/// first [`MAX_SEARCH_CHARS`] characters.
pub(crate) fn search_words(text: &str) -> Vec<String> {
    let head: String = text.chars().take(MAX_SEARCH_CHARS).collect();
    head.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(MAX_SEARCH_WORDS)
        .map(str::to_owned)
        .collect()
}

/// The engine's query for "every word of `text`, each as a word's start"; `None` when the
/// text holds no word (the filter then does not apply).
pub(crate) fn search_query(dialect: Dialect, text: &str) -> Option<String> {
    let words = search_words(text);
    (!words.is_empty()).then(|| match_query(dialect, &words))
}

fn match_query(dialect: Dialect, words: &[String]) -> String {
    match dialect {
        // FTS5: a quoted string followed by * is a prefix query; juxtaposition is AND.
        Dialect::Sqlite => words
            .iter()
            .map(|word| format!("\"{word}\"*"))
            .collect::<Vec<_>>()
            .join(" "),
        // to_tsquery: `word:*` is a prefix, `&` is AND.
        Dialect::Postgres => words
            .iter()
            .map(|word| format!("{word}:*"))
            .collect::<Vec<_>>()
            .join(" & "),
    }
}

/// How a text search meets the list's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum SearchPlan {
    /// Read each matching initiative by id, then sort: cheapest when few match.
    #[default]
    ByMatches,
    /// Walk the sort order's index and keep the initiatives that match (SQLite): when many
    /// match, a page fills after a short walk instead of reading and sorting every match.
    ByOrder,
    /// Score every match and sort by the score ([`Ranking`]): the relevance order.
    Ranked,
}

/// With more matches than this, [`SearchPlan::ByOrder`] is the cheaper plan: a page of 50
/// is then met within a walk of about 50 × (initiatives / matches) index entries.
pub(crate) const WALK_ORDER_FROM: i64 = 500;

/// The condition "initiative `i` matches the search query at placeholder `query`" (made by
/// [`search_query`]). Meetings a reader may not see (`hide_restricted`) lend their words to
/// no initiative: a search must not reveal what a restricted readout says.
pub(crate) fn text_condition(
    dialect: Dialect,
    query: &str,
    hide_restricted: bool,
    plan: SearchPlan,
) -> String {
    // `IN` takes each id once however often the list names it: no need to remove repeats.
    let ids = || ids_of_matches(dialect, query, hide_restricted, Ids::MayRepeat);
    match (dialect, plan) {
        // `+` keeps SQLite from using the id for lookups, so it walks the ORDER BY's index.
        (Dialect::Sqlite, SearchPlan::ByOrder) => format!("+i.id IN ({})", ids()),
        (Dialect::Sqlite, _) => format!("i.id IN ({})", ids()),
        // PostgreSQL: the GIN index's matches or'ed (a BitmapOr) with the ids that notes and
        // meetings lend, taken as an array by primary key: one pass over the matching rows.
        // As `i.id IN (every matching id)` it hash-joined against every initiative, and as
        // `= ANY(ARRAY(every matching id))` it read each match twice.
        (Dialect::Postgres, _) => {
            let linked = linked_ids(dialect, query, hide_restricted, Ids::MayRepeat);
            format!(
                "({} OR i.id = ANY(ARRAY({linked})))",
                own_words_match(query, "i")
            )
        }
    }
}

/// Whether a list of ids may name an initiative more than once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ids {
    Distinct,
    /// Cheaper where repeats do no harm (`IN`, `ANY`, `GROUP BY`): no sort to remove them.
    MayRepeat,
}

impl Ids {
    fn union(self) -> &'static str {
        match self {
            Ids::Distinct => "UNION",
            Ids::MayRepeat => "UNION ALL",
        }
    }
}

/// The ids of the initiatives that match the query at placeholder `query` (each once).
pub(crate) fn matching_ids(dialect: Dialect, query: &str, hide_restricted: bool) -> String {
    ids_of_matches(dialect, query, hide_restricted, Ids::Distinct)
}

fn ids_of_matches(dialect: Dialect, query: &str, hide_restricted: bool, ids: Ids) -> String {
    let own = match dialect {
        Dialect::Sqlite => {
            format!(
                "SELECT rowid AS id FROM initiatives_search WHERE initiatives_search MATCH {query}"
            )
        }
        Dialect::Postgres => format!(
            "SELECT id FROM initiatives WHERE {}",
            own_words_match(query, "initiatives")
        ),
    };
    format!(
        "{own} {} {}",
        ids.union(),
        linked_ids(dialect, query, hide_restricted, ids)
    )
}

/// PostgreSQL: "the title or description of initiative `table` holds the query's words", on
/// the stored, weighted word list that the `initiatives_search` index covers.
fn own_words_match(query: &str, table: &str) -> String {
    format!("{table}.search_words @@ to_tsquery('simple', {query})")
}

/// The ids of initiatives whose update notes or meetings hold the query's words, as one
/// column `id`.
fn linked_ids(dialect: Dialect, query: &str, hide_restricted: bool, ids: Ids) -> String {
    let union = ids.union();
    let visible = if hide_restricted {
        " AND m.confidentiality <> 'restricted'"
    } else {
        ""
    };
    match dialect {
        Dialect::Sqlite => format!(
            "SELECT u.initiative_id AS id FROM updates_search \
                JOIN updates u ON u.id = updates_search.rowid WHERE updates_search MATCH {query} \
             {union} SELECT x.id FROM meetings_search JOIN meetings m ON m.id = meetings_search.rowid \
                JOIN initiatives x ON x.meeting_id = m.id WHERE meetings_search MATCH {query}{visible} \
             {union} SELECT l.initiative_id FROM meetings_search JOIN meetings m ON m.id = meetings_search.rowid \
                JOIN initiative_meetings l ON l.meeting_id = m.id WHERE meetings_search MATCH {query}{visible}"
        ),
        // The expressions are the indexes' own, word for word.
        Dialect::Postgres => format!(
            "SELECT initiative_id AS id FROM updates \
                WHERE note <> '' AND to_tsvector('simple', note) @@ to_tsquery('simple', {query}) \
             {union} SELECT x.id FROM meetings m JOIN initiatives x ON x.meeting_id = m.id \
                WHERE {MEETING_TEXT} @@ to_tsquery('simple', {query}){visible} \
             {union} SELECT l.initiative_id FROM meetings m JOIN initiative_meetings l ON l.meeting_id = m.id \
                WHERE {MEETING_TEXT} @@ to_tsquery('simple', {query}){visible}"
        ),
    }
}

/// A meeting's searchable text on PostgreSQL, as its index declares it.
const MEETING_TEXT: &str = "to_tsvector('simple', m.title || ' ' || coalesce(m.summary, '') || ' ' || coalesce(m.readout, ''))";

/// How a ranked search reads its matches and scores them.
///
/// The score is the engine's own relevance (SQLite's BM25 with the title weighing ten times
/// the description, PostgreSQL's `ts_rank` with the title weighted A and the description B)
/// plus one, times [`SCORE_SCALE`], as an integer: a page's last score then compares exactly
/// in the next page's cursor. An initiative found only through a note or a meeting scores 0,
/// after every initiative whose own words match.
pub(crate) struct Ranking {
    dialect: Dialect,
    /// The placeholder of the engine's query.
    query: String,
    /// The ids that notes and meetings lend (an id may repeat).
    linked: String,
}

/// Scores are kept to six decimal places.
const SCORE_SCALE: &str = "1000000";

impl Ranking {
    pub(crate) fn of(dialect: Dialect, query: &str, hide_restricted: bool) -> Self {
        Ranking {
            dialect,
            query: query.to_owned(),
            linked: linked_ids(dialect, query, hide_restricted, Ids::MayRepeat),
        }
    }

    /// A statement of `(id, score)`, one row per initiative that matches and also meets
    /// `others` (the list's other conditions, on `i` read from `table`).
    pub(crate) fn scored_rows(&self, others: &[String], table: &str) -> String {
        let (query, linked) = (&self.query, &self.linked);
        match self.dialect {
            // FTS5 scores as it finds; the linked ids that the initiative's own words do not
            // already find follow, each once (cheaper than grouping every match by id). A
            // search with no other filter ranks on the index alone; with filters, CROSS JOIN
            // keeps the matches as the outer loop (SQLite's planner otherwise walked every
            // initiative of the status and looked each up among the matches: 13 against 8 ms).
            Dialect::Sqlite => {
                let scored = format!(
                    "(SELECT rowid AS id, \
                        CAST(round((1.0 - bm25(initiatives_search, 10.0, 1.0)) * {SCORE_SCALE}) AS INTEGER) AS score \
                        FROM initiatives_search WHERE initiatives_search MATCH {query} \
                     UNION ALL SELECT DISTINCT id, 0 FROM ({linked}) WHERE id NOT IN \
                        (SELECT rowid FROM initiatives_search WHERE initiatives_search MATCH {query})) s"
                );
                if others.is_empty() {
                    format!("SELECT id, score FROM {scored}")
                } else {
                    format!(
                        "SELECT s.id AS id, s.score AS score FROM {scored} CROSS JOIN {table} ON i.id = s.id \
                            WHERE {}",
                        others.join(" AND ")
                    )
                }
            }
            // The GIN index's matches, each scored once from its stored word list as it is
            // read, then the linked ids that the initiative's own words do not find, by
            // primary key. One CASE over both (own words or linked) evaluated the words
            // three times a row: 15 against 9 ms for two common words among 100,000.
            Dialect::Postgres => {
                let own = own_words_match(query, "i");
                let rest: String = others.iter().map(|c| format!(" AND {c}")).collect();
                format!(
                    "SELECT i.id AS id, CAST(round((1 + ts_rank(i.search_words, \
                        to_tsquery('simple', {query}))) * {SCORE_SCALE}) AS BIGINT) AS score \
                        FROM {table} WHERE {own}{rest} \
                     UNION ALL SELECT i.id, 0 FROM {table} \
                        WHERE i.id = ANY(ARRAY({linked})) AND NOT {own}{rest}"
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn words_are_letters_and_digits_in_any_alphabet() {
        assert_eq!(
            search_words("  Қазақстан, \"Flanders\"* OR 2027 -- ғылым:* & x"),
            ["Қазақстан", "Flanders", "OR", "2027", "ғылым", "x"]
        );
        assert!(search_words(" -- *\"' ").is_empty());
        assert_eq!(search_words(&"слово ".repeat(100)).len(), MAX_SEARCH_WORDS);
    }

    #[test]
    fn queries_look_for_every_word_as_a_prefix() {
        let words = search_words("Astana forum");
        assert_eq!(
            match_query(Dialect::Sqlite, &words),
            "\"Astana\"* \"forum\"*"
        );
        assert_eq!(match_query(Dialect::Postgres, &words), "Astana:* & forum:*");
    }

    proptest! {
        /// Nothing typed reaches the query syntax: every word is letters and digits only.
        #[test]
        fn no_typed_text_is_query_syntax(text in ".{0,300}") {
            for word in search_words(&text) {
                prop_assert!(!word.is_empty());
                prop_assert!(word.chars().all(char::is_alphanumeric));
            }
        }
    }
}
