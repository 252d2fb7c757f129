//! An initiative's audit events in words, for its history timeline. The server sends the
//! events as stored and the names they mention; the wording is the interface's.

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::api::initiatives::HistoryNames as Names;
use crate::domain::{AuditEvent, Status};
use crate::i18n::Language;

/// One entry of an initiative's history, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    pub at: DateTime<Utc>,
    pub author: Option<String>,
    pub headline: String,
    /// `(field, before, after)` for edits.
    pub changes: Vec<(String, String, String)>,
    pub note: Option<String>,
    pub evidence_url: Option<String>,
}

/// The fields of an initiative, in the order a timeline lists them; each is named by its
/// `field-<name>` message.
const FIELDS: &[&str] = &[
    "title",
    "status",
    "owner_id",
    "deadline",
    "partner_id",
    "sector_ids",
    "meeting_id",
    "description",
    "obligor",
    "strength",
    "confidentiality",
    "next_review_on",
    "blocked_reason",
    "completed_on",
];

fn name_of(map: &std::collections::HashMap<i64, String>, value: &Value) -> String {
    value
        .as_i64()
        .map(|id| map.get(&id).cloned().unwrap_or_else(|| format!("#{id}")))
        .unwrap_or_default()
}

/// The fields of the other records the audit trail shows.
const OTHER_FIELDS: &[&str] = &[
    "deadline_reason",
    "held_on",
    "location",
    "summary",
    "readout",
    "source_url",
    "participants",
    "name",
    "kind",
    "parent_id",
    "world_region",
    "iso_code",
    "slug",
    "email",
    "display_name",
    "role",
    "active",
    "reason",
    "retired_at",
    "restored_at",
    "merged_into",
    "merged_from",
];

/// What a reader calls a stored field: as the forms name it, else the field's name in words
/// (`next_step` → "next step").
pub fn field_label(language: Language, field: &str) -> String {
    if FIELDS
        .iter()
        .chain(OTHER_FIELDS)
        .any(|known| *known == field)
    {
        language.t(&format!("field-{field}"))
    } else {
        field.replace('_', " ")
    }
}

/// A stored value as a reader would write it ("—" for nothing).
pub fn shown(language: Language, field: &str, value: &Value, names: &Names) -> String {
    let text = match (field, value) {
        (_, Value::Null) => String::new(),
        ("owner_id", value) => name_of(&names.users, value),
        ("partner_id" | "parent_id" | "merged_into" | "merged_from", value) => {
            name_of(&names.partners, value)
        }
        ("meeting_id", value) => value
            .as_i64()
            .map(|id| format!("#{id}"))
            .unwrap_or_default(),
        ("sector_ids", Value::Array(ids)) => ids
            .iter()
            .map(|id| name_of(&names.sectors, id))
            .collect::<Vec<_>>()
            .join(", "),
        ("participants", Value::Array(people)) => people
            .iter()
            .filter_map(|person| person.get("name").and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join(", "),
        ("status", Value::String(status)) => Status::parse(status)
            .map(|s| language.name_of(s))
            .unwrap_or_else(|| status.clone()),
        (_, Value::String(text)) => match chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(date) => language.date(date),
            Err(_) => match chrono::DateTime::parse_from_rfc3339(text) {
                Ok(at) => language.date_time(at.with_timezone(&chrono::Utc)),
                Err(_) => text.clone(),
            },
        },
        (_, Value::Bool(flag)) => language.t(if *flag { "common-yes" } else { "common-no" }),
        (_, other) => other.to_string(),
    };
    if text.is_empty() {
        language.t("common-none")
    } else {
        text
    }
}

fn pair(changes: &serde_json::Map<String, Value>, field: &str) -> Option<(Value, Value)> {
    match changes.get(field)? {
        Value::Array(pair) if pair.len() == 2 => Some((pair[0].clone(), pair[1].clone())),
        _ => None,
    }
}

/// `event` in words, naming the ids it mentions from `names`.
pub fn describe(language: Language, event: &AuditEvent, names: &Names) -> HistoryEntry {
    let changes: serde_json::Map<String, Value> =
        serde_json::from_str(&event.changes).unwrap_or_default();
    let text_of = |field: &str| {
        pair(&changes, field)
            .and_then(|(_, after)| after.as_str().map(str::to_owned))
            .filter(|text| !text.is_empty())
    };
    let status_label = |value: &Value| shown(language, "status", value, names);
    let headline = match event.action.as_str() {
        "create" => match pair(&changes, "status") {
            Some((_, status)) => language.t_with(
                "history-created-as",
                &[("status", status_label(&status).into())],
            ),
            None => language.t("history-created"),
        },
        "status" => match pair(&changes, "status") {
            Some((before, after)) => language.t_with(
                "history-status-changed-from-to",
                &[
                    ("from", status_label(&before).into()),
                    ("to", status_label(&after).into()),
                ],
            ),
            None => language.t("history-status-changed"),
        },
        "note" => language.t("history-progress-note"),
        "follow_up" => language.t("history-follow-up"),
        "delete" => language.t("history-deleted"),
        _ => language.t("history-edited"),
    };
    let listed = match event.action.as_str() {
        "update" => FIELDS
            .iter()
            .filter_map(|field| {
                let (before, after) = pair(&changes, field)?;
                Some((
                    field_label(language, field),
                    shown(language, field, &before, names),
                    shown(language, field, &after, names),
                ))
            })
            .collect(),
        _ => Vec::new(),
    };
    HistoryEntry {
        at: event.occurred_at,
        author: event.actor_name.clone(),
        headline,
        changes: listed,
        // An edit that moved the deadline shows why, as a note.
        note: text_of("note").or_else(|| text_of("deadline_reason")),
        evidence_url: text_of("evidence_url"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_a_history_names_has_its_message() {
        let english = crate::catalogue_tests::read_catalogue("en");
        for field in FIELDS.iter().chain(OTHER_FIELDS) {
            assert!(
                english.contains_key(&format!("field-{field}")),
                "field-{field}"
            );
        }
        assert_eq!(field_label(Language::English, "next_step"), "next step");
        assert_eq!(
            field_label(Language::English, "next_review_on"),
            "Next review"
        );
    }
}
