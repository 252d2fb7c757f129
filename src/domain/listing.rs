//! The initiative list's URL: which filters, which order and which page, as plain strings
//! that survive a bookmark, and their parsed meaning.
//!
//! Unknown or malformed values mean "any" rather than an error: a shared link that has gone
//! stale still opens a list.

use chrono::{DateTime, NaiveDate};
use serde::{Deserialize, Serialize};

use super::download::FileKind;
use super::health::Health;
use super::initiative::{Cursor, InitiativeFilter, InitiativeSort};
use super::status::Status;

/// The list's query parameters exactly as they appear in the URL (`?partner=3&status=active`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub partner: String,
    pub sector: String,
    pub status: String,
    pub health: String,
    pub owner: String,
    pub meeting: String,
    /// A world region (`europe`).
    pub region: String,
    /// Open and due from today up to this day (`YYYY-MM-DD`).
    pub due_by: String,
    pub q: String,
    pub sort: String,
    /// The keyset cursor of the page to show (see [`encode_cursor`]).
    pub after: String,
}

/// The `status` value that asks for every open initiative (proposed, active or blocked).
pub const OPEN_STATUS: &str = "open";

/// The names of [`ListQuery`]'s fields, in URL order.
pub const LIST_PARAMS: [&str; 11] = [
    "partner", "sector", "status", "health", "owner", "meeting", "region", "due_by", "q", "sort",
    "after",
];

fn id(raw: &str) -> Option<i64> {
    raw.trim().parse::<i64>().ok().filter(|id| *id > 0)
}

impl ListQuery {
    /// Reads the query from `(name, value)` pairs such as a URL's query map.
    pub fn from_pairs(get: impl Fn(&str) -> Option<String>) -> Self {
        let value = |name: &str| get(name).unwrap_or_default();
        Self {
            partner: value("partner"),
            sector: value("sector"),
            status: value("status"),
            health: value("health"),
            owner: value("owner"),
            meeting: value("meeting"),
            region: value("region"),
            due_by: value("due_by"),
            q: value("q"),
            sort: value("sort"),
            after: value("after"),
        }
    }

    fn value(&self, name: &str) -> &str {
        match name {
            "partner" => &self.partner,
            "sector" => &self.sector,
            "status" => &self.status,
            "health" => &self.health,
            "owner" => &self.owner,
            "meeting" => &self.meeting,
            "region" => &self.region,
            "due_by" => &self.due_by,
            "q" => &self.q,
            "sort" => &self.sort,
            "after" => &self.after,
            _ => "",
        }
    }

    pub fn filter(&self) -> InitiativeFilter {
        InitiativeFilter {
            partner_id: id(&self.partner),
            sector_id: id(&self.sector),
            status: Status::parse(self.status.trim()),
            open_only: self.status.trim() == OPEN_STATUS,
            health: Health::parse(self.health.trim()),
            owner_id: id(&self.owner),
            meeting_id: id(&self.meeting),
            // Stored text has no control characters, so a search for one finds nothing anyway.
            text: super::validation::storable_text(&self.q).trim().to_owned(),
            hide_restricted: false,
            world_region: super::partner::WorldRegion::parse(self.region.trim()),
            due_by: chrono::NaiveDate::parse_from_str(self.due_by.trim(), "%Y-%m-%d").ok(),
        }
    }

    /// The chosen order; when none is chosen, a search is ranked by relevance and any other
    /// list is by deadline. Relevance without a search means the deadline.
    pub fn sort(&self) -> InitiativeSort {
        let searching = self.filter().searches_words();
        match InitiativeSort::parse(self.sort.trim()) {
            Some(InitiativeSort::Relevance) | None if searching => InitiativeSort::Relevance,
            Some(InitiativeSort::Relevance) | None => InitiativeSort::Deadline,
            Some(sort) => sort,
        }
    }

    /// The cursor, when it is well-formed and belongs to the chosen sort.
    pub fn cursor(&self) -> Option<Cursor> {
        decode_cursor(self.sort(), &self.after)
    }

    /// `?name=value&…` with the empty parameters left out, after applying `change` to a copy.
    pub fn href(&self, change: impl FnOnce(&mut ListQuery)) -> String {
        let mut next = self.clone();
        change(&mut next);
        let pairs: Vec<String> = LIST_PARAMS
            .iter()
            .filter(|name| !next.value(name).is_empty())
            .map(|name| format!("{name}={}", encode_component(next.value(name))))
            .collect();
        if pairs.is_empty() {
            "/initiatives".to_owned()
        } else {
            format!("/initiatives?{}", pairs.join("&"))
        }
    }

    /// The same list, every page of it, as a download (`/exports/initiatives?…`).
    pub fn export_href(&self, kind: FileKind) -> String {
        let list = self.href(|q| q.after.clear());
        let query = list.strip_prefix("/initiatives").unwrap_or_default();
        format!("{}{query}", kind.path("initiatives"))
    }

    /// True when no filter narrows the list (the order and page do not count).
    pub fn is_unfiltered(&self) -> bool {
        self.filter() == InitiativeFilter::default()
    }
}

/// Percent-encodes a URL query value (RFC 3986 unreserved characters pass through).
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// A cursor as text for the URL: `2026-12-01.42`, `1764320000000000.42` (microseconds) or
/// `42.Some title` (the id first, because a title may contain anything).
pub fn encode_cursor(cursor: &Cursor) -> String {
    match cursor {
        Cursor::Deadline { deadline, id } => format!("{deadline}.{id}"),
        Cursor::Updated { updated_at, id } => format!("{}.{id}", updated_at.timestamp_micros()),
        Cursor::Title { title, id } => format!("{id}.{title}"),
        Cursor::Relevance { score, id } => format!("{score}.{id}"),
    }
}

pub fn decode_cursor(sort: InitiativeSort, raw: &str) -> Option<Cursor> {
    match sort {
        InitiativeSort::Deadline => {
            let (date, id_text) = raw.rsplit_once('.')?;
            let deadline = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
            Some(Cursor::Deadline {
                deadline,
                id: id(id_text)?,
            })
        }
        InitiativeSort::Updated => {
            let (micros, id_text) = raw.rsplit_once('.')?;
            let updated_at = DateTime::from_timestamp_micros(micros.parse().ok()?)?;
            Some(Cursor::Updated {
                updated_at,
                id: id(id_text)?,
            })
        }
        InitiativeSort::Relevance => {
            let (score, id_text) = raw.rsplit_once('.')?;
            Some(Cursor::Relevance {
                score: score.parse().ok().filter(|score: &i64| *score >= 0)?,
                id: id(id_text)?,
            })
        }
        InitiativeSort::Title => {
            let (id_text, title) = raw.split_once('.')?;
            Some(Cursor::Title {
                title: title.to_owned(),
                id: id(id_text)?,
            })
        }
    }
}

/// The order of "My initiatives" and of a partner brief: what needs attention first.
pub fn attention_rank(health: Health) -> u8 {
    match health {
        Health::Overdue => 0,
        Health::DueSoon => 1,
        Health::Stale => 2,
        Health::OnTrack => 3,
        Health::Closed => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;
    use proptest::prelude::*;

    #[test]
    fn a_query_parses_into_a_filter_and_ignores_junk() {
        let query = ListQuery {
            partner: "3".into(),
            status: "active".into(),
            health: "overdue".into(),
            owner: "abc".into(),
            q: "  port ".into(),
            ..Default::default()
        };
        let filter = query.filter();
        assert_eq!(filter.partner_id, Some(3));
        assert_eq!(filter.status, Some(Status::Active));
        assert_eq!(filter.health, Some(Health::Overdue));
        assert_eq!(filter.owner_id, None);
        assert_eq!(filter.text, "port");
        assert_eq!(query.sort(), InitiativeSort::Relevance);
    }

    #[test]
    fn a_search_is_ranked_unless_another_order_is_chosen() {
        let sorted = |q: &str, sort: &str| {
            ListQuery {
                q: q.into(),
                sort: sort.into(),
                ..Default::default()
            }
            .sort()
        };
        assert_eq!(sorted("", ""), InitiativeSort::Deadline);
        assert_eq!(sorted("Astana", ""), InitiativeSort::Relevance);
        assert_eq!(sorted("Astana", "title"), InitiativeSort::Title);
        assert_eq!(sorted("Astana", "nonsense"), InitiativeSort::Relevance);
        // Nothing to rank by: punctuation alone is no search.
        assert_eq!(sorted(" -- ", "relevance"), InitiativeSort::Deadline);
        assert_eq!(sorted("", "relevance"), InitiativeSort::Deadline);
    }

    #[test]
    fn links_keep_the_filters_and_drop_empty_values() {
        let query = ListQuery {
            partner: "3".into(),
            q: "Antwerp & Bruges".into(),
            after: "2026-12-01.4".into(),
            ..Default::default()
        };
        assert_eq!(
            query.href(|q| {
                q.sort = "title".into();
                q.after.clear();
            }),
            "/initiatives?partner=3&q=Antwerp%20%26%20Bruges&sort=title"
        );
        assert_eq!(ListQuery::default().href(|_| {}), "/initiatives");
    }

    #[test]
    fn a_cursor_for_another_sort_is_ignored() {
        assert_eq!(decode_cursor(InitiativeSort::Updated, "2026-12-01.4"), None);
        assert_eq!(decode_cursor(InitiativeSort::Deadline, "nonsense"), None);
        assert_eq!(decode_cursor(InitiativeSort::Relevance, "-5.4"), None);
        assert_eq!(
            decode_cursor(InitiativeSort::Relevance, "1250000.4"),
            Some(Cursor::Relevance {
                score: 1_250_000,
                id: 4
            })
        );
    }

    proptest! {
        #[test]
        fn cursors_survive_the_url(
            days in 0i64..40_000, id in 1i64..i64::MAX, micros in 0i64..4_000_000_000_000_000,
            title in ".{0,40}",
        ) {
            let deadline = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + chrono::Duration::days(days);
            let updated_at = DateTime::<Utc>::from_timestamp_micros(micros).unwrap();
            for (sort, cursor) in [
                (InitiativeSort::Deadline, Cursor::Deadline { deadline, id }),
                (InitiativeSort::Updated, Cursor::Updated { updated_at, id }),
                (InitiativeSort::Title, Cursor::Title { title: title.clone(), id }),
                (InitiativeSort::Relevance, Cursor::Relevance { score: micros, id }),
            ] {
                prop_assert_eq!(decode_cursor(sort, &encode_cursor(&cursor)), Some(cursor));
            }
        }
    }
}
