//! An initiative's audit events in words, for its history timeline. The server sends the
//! events as stored and the names they mention; the wording is the interface's.

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::api::initiatives::HistoryNames as Names;
use crate::domain::{AuditEvent, Status};

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

/// The fields of an initiative as a reader names them, in the order a timeline lists them.
const FIELDS: &[(&str, &str)] = &[
    ("title", "Title"),
    ("status", "Status"),
    ("owner_id", "Owner"),
    ("deadline", "Deadline"),
    ("partner_id", "Partner"),
    ("sector_ids", "Sectors"),
    ("meeting_id", "Meeting"),
    ("description", "Description"),
    ("obligor", "Next step owed by"),
    ("strength", "Strength"),
    ("confidentiality", "Confidentiality"),
    ("next_review_on", "Next review"),
    ("blocked_reason", "Blocked because"),
    ("completed_on", "Completed on"),
];

fn name_of(map: &std::collections::HashMap<i64, String>, value: &Value) -> String {
    value
        .as_i64()
        .map(|id| map.get(&id).cloned().unwrap_or_else(|| format!("#{id}")))
        .unwrap_or_default()
}

/// The fields of the other records the audit trail shows, as their forms name them.
const OTHER_FIELDS: &[(&str, &str)] = &[
    ("held_on", "Date"),
    ("location", "Location"),
    ("summary", "Summary"),
    ("readout", "Readout"),
    ("source_url", "Source link"),
    ("participants", "Participants"),
    ("name", "Name"),
    ("kind", "Kind"),
    ("parent_id", "Part of"),
    ("world_region", "World region"),
    ("iso_code", "ISO code"),
    ("slug", "Key"),
    ("email", "Email"),
    ("display_name", "Name"),
    ("role", "Role"),
    ("active", "Active"),
    ("reason", "Reason"),
    ("retired_at", "Retired"),
    ("restored_at", "Brought back"),
    ("merged_into", "Merged into"),
    ("merged_from", "Moved here from"),
];

/// What a reader calls a stored field: as the forms name it, else the field's name in words
/// (`next_step` → "next step").
pub fn field_label(field: &str) -> String {
    FIELDS
        .iter()
        .chain(OTHER_FIELDS)
        .find(|(name, _)| *name == field)
        .map(|(_, label)| (*label).to_owned())
        .unwrap_or_else(|| field.replace('_', " "))
}

/// A stored value as a reader would write it ("—" for nothing).
pub fn shown(field: &str, value: &Value, names: &Names) -> String {
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
            .map(|s| s.label().to_owned())
            .unwrap_or_else(|| status.clone()),
        (_, Value::String(text)) => match chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(date) => super::format::date(date),
            Err(_) => match chrono::DateTime::parse_from_rfc3339(text) {
                Ok(at) => super::format::date_time(at.with_timezone(&chrono::Utc)),
                Err(_) => text.clone(),
            },
        },
        (_, Value::Bool(flag)) => if *flag { "yes" } else { "no" }.to_owned(),
        (_, other) => other.to_string(),
    };
    if text.is_empty() {
        "—".to_owned()
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
pub fn describe(event: &AuditEvent, names: &Names) -> HistoryEntry {
    let changes: serde_json::Map<String, Value> =
        serde_json::from_str(&event.changes).unwrap_or_default();
    let text_of = |field: &str| {
        pair(&changes, field)
            .and_then(|(_, after)| after.as_str().map(str::to_owned))
            .filter(|text| !text.is_empty())
    };
    let status_label = |value: &Value| shown("status", value, names);
    let headline = match event.action.as_str() {
        "create" => match pair(&changes, "status") {
            Some((_, status)) => format!("Created as {}", status_label(&status)),
            None => "Created".to_owned(),
        },
        "status" => match pair(&changes, "status") {
            Some((before, after)) => format!(
                "Status changed from {} to {}",
                status_label(&before),
                status_label(&after)
            ),
            None => "Status changed".to_owned(),
        },
        "note" => "Progress note".to_owned(),
        "follow_up" => "Discussed again at a meeting".to_owned(),
        "delete" => "Deleted".to_owned(),
        _ => "Edited".to_owned(),
    };
    let listed = match event.action.as_str() {
        "update" => FIELDS
            .iter()
            .filter_map(|(field, label)| {
                let (before, after) = pair(&changes, field)?;
                Some((
                    (*label).to_owned(),
                    shown(field, &before, names),
                    shown(field, &after, names),
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
        note: text_of("note"),
        evidence_url: text_of("evidence_url"),
    }
}
