//! The audit trail: what changed in any record, written in the same transaction as the change.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{Map, Value, json};

use super::conn::{Conn, on_conn};
use super::{Arg, Store, StoreError, bind_all, with_db};
use crate::domain::AuditEvent;
use crate::domain::audit::AuditFilter;

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

#[derive(sqlx::FromRow)]
struct AuditRow {
    id: i64,
    occurred_at: DateTime<Utc>,
    actor_id: Option<i64>,
    actor_name: Option<String>,
    entity: String,
    entity_id: i64,
    action: String,
    changes: String,
}

impl From<AuditRow> for AuditEvent {
    fn from(row: AuditRow) -> Self {
        AuditEvent {
            id: row.id,
            occurred_at: row.occurred_at,
            actor_id: row.actor_id,
            actor_name: row.actor_name,
            entity: row.entity,
            entity_id: row.entity_id,
            action: row.action,
            changes: row.changes,
        }
    }
}

/// The WHERE clause of `filter`, with its arguments in placeholder order.
fn audit_conditions(filter: &AuditFilter) -> (String, Vec<Arg>) {
    let mut clauses = Vec::new();
    let mut args = Vec::new();
    let mut add = |clause: &str, arg: Arg| {
        args.push(arg);
        clauses.push(clause.replace('?', &format!("${}", args.len())));
    };
    if let Some(actor_id) = filter.actor_id {
        add("a.actor_id = ?", Arg::Int(actor_id));
    }
    if let Some(kind) = filter.kind {
        add("a.entity = ?", Arg::Text(kind.as_str().to_owned()));
    }
    if let Some(entity_id) = filter.entity_id {
        add("a.entity_id = ?", Arg::Int(entity_id));
    }
    if let Some(from) = filter.from {
        add(
            "a.occurred_at >= ?",
            Arg::Time(from.and_time(chrono::NaiveTime::MIN).and_utc()),
        );
    }
    if let Some(next_day) = filter.until.and_then(|until| until.succ_opt()) {
        add(
            "a.occurred_at < ?",
            Arg::Time(next_day.and_time(chrono::NaiveTime::MIN).and_utc()),
        );
    }
    if let Some(before_id) = filter.before_id {
        add("a.id < ?", Arg::Int(before_id));
    }
    let clause = match clauses.is_empty() {
        true => String::new(),
        false => format!(" WHERE {}", clauses.join(" AND ")),
    };
    (clause, args)
}

impl Store {
    /// Audit events matching `filter`, newest first, at most `limit`, with who acted.
    pub async fn audit_events(
        &self,
        filter: &AuditFilter,
        limit: i64,
    ) -> Result<Vec<AuditEvent>, StoreError> {
        let (clause, mut args) = audit_conditions(filter);
        args.push(Arg::Int(limit.max(1)));
        let sql = format!(
            "SELECT a.id, a.occurred_at, a.actor_id, u.display_name AS actor_name, a.entity, a.entity_id, \
                    a.action, a.changes \
             FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id{clause} \
             ORDER BY a.id DESC LIMIT ${}",
            args.len()
        );
        let rows: Vec<AuditRow> = with_db!(self.db(), pool => {
            bind_all!(sqlx::query_as(&sql), &args).fetch_all(pool).await?
        });
        Ok(rows.into_iter().map(AuditEvent::from).collect())
    }
}

/// Fields that are bookkeeping or derived names, not something a person changed.
const NOT_AUDITED: &[&str] = &[
    "id",
    "version",
    "created_at",
    "updated_at",
    "last_activity_on",
    "first_deadline",
    "deadline_moves",
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
