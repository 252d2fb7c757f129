//! The audit trail as an admin reads it: which events a view of it asks for.
//!
//! The view is a GET form, so it can be bookmarked and works without JavaScript; every
//! value is read from the URL as typed and parsed here. A value that makes no sense is named
//! next to its field and that filter is left out.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::text_enum::text_enum;
use crate::error::FieldErrors;

/// How many events one page of the trail shows.
pub const AUDIT_PAGE_SIZE: i64 = 50;

text_enum! {
    /// The kinds of record the audit trail covers.
    pub enum AuditKind {
        Initiative => ("initiative", "Initiative"),
        Meeting => ("meeting", "Meeting"),
        Partner => ("partner", "Partner"),
        Sector => ("sector", "Sector"),
        User => ("user", "User"),
    }
}

impl AuditKind {
    /// The page of a record of this kind, if it has one.
    pub fn page(self, id: i64) -> Option<String> {
        match self {
            Self::Initiative => Some(format!("/initiatives/{id}")),
            Self::Meeting => Some(format!("/meetings/{id}")),
            Self::Partner => Some(format!("/partners/{id}")),
            Self::Sector | Self::User => None,
        }
    }
}

/// The audit view's URL query, every value as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AuditQuery {
    /// The user who acted (an id).
    pub who: String,
    pub kind: String,
    /// The record's id.
    pub record: String,
    /// First day, `YYYY-MM-DD`.
    pub from: String,
    /// Last day, `YYYY-MM-DD`.
    pub until: String,
    /// Events older than this event id (the next page).
    pub before: String,
}

/// Which audit events to show. Every filter is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub actor_id: Option<i64>,
    pub kind: Option<AuditKind>,
    pub entity_id: Option<i64>,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub before_id: Option<i64>,
}

impl AuditQuery {
    /// Reads the query from `(name, value)` pairs such as a URL's query map.
    pub fn from_pairs(get: impl Fn(&str) -> Option<String>) -> Self {
        let value = |name: &str| get(name).unwrap_or_default();
        Self {
            who: value("who"),
            kind: value("kind"),
            record: value("record"),
            from: value("from"),
            until: value("until"),
            before: value("before"),
        }
    }

    /// The filter this query asks for, and a message for each value that makes no sense
    /// (that filter is left out).
    pub fn filter(&self) -> (AuditFilter, FieldErrors) {
        let mut errors = FieldErrors::new();
        let id = |errors: &mut FieldErrors, field: &str, raw: &str, message: &str| {
            let raw = raw.trim();
            if raw.is_empty() {
                return None;
            }
            let id = raw.parse::<i64>().ok().filter(|id| *id > 0);
            if id.is_none() {
                errors.add(field, message);
            }
            id
        };
        let day = |errors: &mut FieldErrors, field: &str, raw: &str| {
            let raw = raw.trim();
            if raw.is_empty() {
                return None;
            }
            let day = NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok();
            if day.is_none() {
                errors.add(field, "Give a date as YYYY-MM-DD.");
            }
            day
        };
        let kind = match self.kind.trim() {
            "" => None,
            raw => {
                let kind = AuditKind::parse(raw);
                if kind.is_none() {
                    errors.add("kind", "Choose a kind of record from the list.");
                }
                kind
            }
        };
        let filter = AuditFilter {
            actor_id: id(
                &mut errors,
                "who",
                &self.who,
                "Choose a person from the list.",
            ),
            kind,
            entity_id: id(
                &mut errors,
                "record",
                &self.record,
                "A record number is a whole number above 0.",
            ),
            from: day(&mut errors, "from", &self.from),
            until: day(&mut errors, "until", &self.until),
            before_id: id(
                &mut errors,
                "before",
                &self.before,
                "That page does not exist.",
            ),
        };
        if let (Some(from), Some(until)) = (filter.from, filter.until)
            && until < from
        {
            errors.add("until", "The last day comes before the first.");
        }
        (filter, errors)
    }

    /// The URL of the page after the one ending at event `last_id`, with the same filters.
    pub fn next_page(&self, last_id: i64) -> String {
        let pairs = [
            ("who", self.who.as_str()),
            ("kind", self.kind.as_str()),
            ("record", self.record.as_str()),
            ("from", self.from.as_str()),
            ("until", self.until.as_str()),
        ];
        let mut query: Vec<String> = pairs
            .iter()
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(name, value)| format!("{name}={}", urlencoding(value.trim())))
            .collect();
        query.push(format!("before={last_id}"));
        format!("/admin/audit?{}", query.join("&"))
    }
}

/// Percent-encodes everything but unreserved characters, so a typed value cannot add
/// parameters to the link.
fn urlencoding(value: &str) -> String {
    value
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_becomes_a_filter_and_nonsense_is_named_by_its_field() {
        let query = AuditQuery {
            who: "3".into(),
            kind: "meeting".into(),
            record: " 12 ".into(),
            from: "2026-12-01".into(),
            until: "2026-11-30".into(),
            before: "x".into(),
        };
        let (filter, errors) = query.filter();
        assert_eq!(filter.actor_id, Some(3));
        assert_eq!(filter.kind, Some(AuditKind::Meeting));
        assert_eq!(filter.entity_id, Some(12));
        assert_eq!(filter.before_id, None);
        assert!(errors.get("until").is_some() && errors.get("before").is_some());
        let (filter, errors) = AuditQuery {
            kind: "invoice".into(),
            record: "-1".into(),
            ..Default::default()
        }
        .filter();
        assert_eq!(filter, AuditFilter::default());
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn the_next_page_keeps_the_filters_and_cannot_be_given_more_parameters() {
        let query = AuditQuery {
            kind: "partner".into(),
            from: "2026-01-01&admin=1".into(),
            before: "90".into(),
            ..Default::default()
        };
        assert_eq!(
            query.next_page(41),
            "/admin/audit?kind=partner&from=2026-01-01%26admin%3D1&before=41"
        );
    }
}
