//! The "what changed since" brief: four index ranges (created, completed, deadlines passed,
//! owner changes in the audit trail) since a day.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value;

use super::{Store, StoreError, with_db};
use crate::domain::changes::{ChangeItem, ChangeKind};

#[derive(sqlx::FromRow)]
struct AtRow {
    id: i64,
    title: String,
    partner_id: i64,
    partner_name: String,
    at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct OnRow {
    id: i64,
    title: String,
    partner_id: i64,
    partner_name: String,
    on_day: NaiveDate,
}

#[derive(sqlx::FromRow)]
struct OwnerRow {
    id: i64,
    title: String,
    partner_id: i64,
    partner_name: String,
    at: DateTime<Utc>,
    changes: String,
}

/// The most items of each kind the brief lists.
pub const MAX_CHANGES_PER_KIND: i64 = 500;

const COLUMNS: &str = "i.id, i.title, i.partner_id, p.name AS partner_name";

impl Store {
    /// What happened since `since` (up to `today`), newest first within each kind, at most
    /// `limit` items of each. Viewers pass `hide_restricted`.
    pub async fn changes_since(
        &self,
        since: NaiveDate,
        today: NaiveDate,
        hide_restricted: bool,
        limit: i64,
    ) -> Result<Vec<ChangeItem>, StoreError> {
        let from: DateTime<Utc> = since.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
        let limit = limit.clamp(1, MAX_CHANGES_PER_KIND);
        let visible = if hide_restricted {
            " AND i.confidentiality <> 'restricted'"
        } else {
            ""
        };
        let joined = "FROM initiatives i JOIN partners p ON p.id = i.partner_id";
        let created_sql = format!(
            "SELECT {COLUMNS}, i.created_at AS at {joined} WHERE i.created_at >= $1{visible} \
             ORDER BY i.created_at DESC, i.id DESC LIMIT $2"
        );
        let completed_sql = format!(
            "SELECT {COLUMNS}, i.completed_on AS on_day {joined} \
             WHERE i.status = 'completed' AND i.completed_on >= $1{visible} \
             ORDER BY i.completed_on DESC, i.id DESC LIMIT $2"
        );
        let slipped_sql = format!(
            "SELECT {COLUMNS}, i.deadline AS on_day {joined} \
             WHERE i.status IN ('proposed', 'active', 'blocked') AND i.deadline >= $1 AND i.deadline < $2{visible} \
             ORDER BY i.deadline DESC, i.id DESC LIMIT $3"
        );
        let owners_sql = format!(
            "SELECT {COLUMNS}, a.occurred_at AS at, a.changes \
             FROM audit_events a JOIN initiatives i ON i.id = a.entity_id JOIN partners p ON p.id = i.partner_id \
             WHERE a.entity = 'initiative' AND a.action = 'update' AND a.occurred_at >= $1 \
               AND a.changes LIKE '%\"owner_id\"%'{visible} \
             ORDER BY a.id DESC LIMIT $2"
        );
        let (created, completed, slipped, owners, users): (
            Vec<AtRow>,
            Vec<OnRow>,
            Vec<OnRow>,
            Vec<OwnerRow>,
            Vec<(i64, String)>,
        ) = with_db!(self.db(), pool => {
            let created = sqlx::query_as(&created_sql).bind(from).bind(limit).fetch_all(pool).await?;
            let completed = sqlx::query_as(&completed_sql).bind(since).bind(limit).fetch_all(pool).await?;
            let slipped = sqlx::query_as(&slipped_sql).bind(since).bind(today).bind(limit).fetch_all(pool).await?;
            let owners = sqlx::query_as(&owners_sql).bind(from).bind(limit).fetch_all(pool).await?;
            let users = sqlx::query_as("SELECT id, display_name FROM users").fetch_all(pool).await?;
            (created, completed, slipped, owners, users)
        });
        let names: HashMap<i64, String> = users.into_iter().collect();
        let mut items = Vec::new();
        let item = |kind, id, title, partner_id, partner_name, on, detail| ChangeItem {
            kind,
            initiative_id: id,
            title,
            partner_id,
            partner_name,
            on,
            detail,
        };
        for row in created {
            items.push(item(
                ChangeKind::Created,
                row.id,
                row.title,
                row.partner_id,
                row.partner_name,
                row.at.date_naive(),
                None,
            ));
        }
        for row in completed {
            items.push(item(
                ChangeKind::Completed,
                row.id,
                row.title,
                row.partner_id,
                row.partner_name,
                row.on_day,
                None,
            ));
        }
        for row in slipped {
            items.push(item(
                ChangeKind::Slipped,
                row.id,
                row.title,
                row.partner_id,
                row.partner_name,
                row.on_day,
                None,
            ));
        }
        let name = |value: &Value| match value.as_i64() {
            Some(id) => names
                .get(&id)
                .cloned()
                .unwrap_or_else(|| format!("user {id}")),
            None => "nobody".to_owned(),
        };
        for row in owners {
            // The LIKE above is a coarse sieve; the change itself decides.
            let changes: Value = serde_json::from_str(&row.changes).unwrap_or(Value::Null);
            let Some([before, after]) = changes
                .get("owner_id")
                .and_then(Value::as_array)
                .and_then(|pair| <&[Value; 2]>::try_from(pair.as_slice()).ok())
            else {
                continue;
            };
            if before == after {
                continue;
            }
            let detail = format!("from {} to {}", name(before), name(after));
            items.push(item(
                ChangeKind::Reassigned,
                row.id,
                row.title,
                row.partner_id,
                row.partner_name,
                row.at.date_naive(),
                Some(detail),
            ));
        }
        Ok(items)
    }
}
