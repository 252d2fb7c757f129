//! The audit trail: what changed in any record, written in the same transaction as the change.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{Map, Value, json};

use super::StoreError;
use super::conn::{Conn, on_conn};

/// One row of the audit trail: who did what to which record, and the fields it changed.
pub(crate) struct AuditEntry<'a> {
    pub actor: Option<i64>,
    pub at: DateTime<Utc>,
    /// The kind of record: `"initiative"`, `"partner"`, …
    pub entity: &'static str,
    pub entity_id: i64,
    pub action: &'a str,
    pub changes: Map<String, Value>,
}

/// Appends `entry` to the audit trail, on the caller's transaction.
pub(crate) async fn insert_audit<'c>(
    conn: impl Into<Conn<'c>>,
    entry: AuditEntry<'_>,
) -> Result<(), StoreError> {
    let changes = Value::Object(entry.changes).to_string();
    on_conn!(conn.into(), connection => {
        sqlx::query(
            "INSERT INTO audit_events (occurred_at, actor_id, entity, entity_id, action, changes) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(entry.at)
        .bind(entry.actor)
        .bind(entry.entity)
        .bind(entry.entity_id)
        .bind(entry.action)
        .bind(&changes)
        .execute(connection)
        .await?;
    });
    Ok(())
}

/// Fields that are bookkeeping or derived names, not something a person changed.
const NOT_AUDITED: &[&str] = &[
    "id",
    "version",
    "created_at",
    "updated_at",
    "last_activity_on",
    "partner_name",
    "owner_name",
];

/// `{ field: [old, new] }` for every field of `new` that differs from `old` (on creation,
/// `old` is `None` and only the fields that are set are listed).
pub(crate) fn changes<T: Serialize>(old: Option<&T>, new: &T) -> Map<String, Value> {
    let as_map = |value: &T| match serde_json::to_value(value) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    };
    let new_values = as_map(new);
    let old_values = old.map(as_map);
    let mut changes = Map::new();
    for (field, new_value) in new_values {
        if NOT_AUDITED.contains(&field.as_str()) {
            continue;
        }
        let old_value = old_values
            .as_ref()
            .and_then(|values| values.get(&field))
            .cloned()
            .unwrap_or(Value::Null);
        let unset_on_creation = old.is_none()
            && (new_value.is_null() || new_value == json!([]) || new_value == json!(""));
        if old_value != new_value && !unset_on_creation {
            changes.insert(field, json!([old_value, new_value]));
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Clone)]
    struct Record {
        id: i64,
        name: String,
        owner_id: Option<i64>,
        tags: Vec<i64>,
        version: i64,
    }

    #[test]
    fn creation_lists_set_fields_and_edits_list_only_what_changed() {
        let original = Record {
            id: 1,
            name: "Port visit".into(),
            owner_id: Some(2),
            tags: vec![],
            version: 1,
        };
        let created = changes(None, &original);
        assert_eq!(created["name"], json!([null, "Port visit"]));
        assert!(!created.contains_key("tags") && !created.contains_key("id"));
        let edited = Record {
            owner_id: Some(5),
            version: 2,
            ..original.clone()
        };
        let diff = changes(Some(&original), &edited);
        assert_eq!(diff.len(), 1);
        assert_eq!(diff["owner_id"], json!([2, 5]));
    }
}
