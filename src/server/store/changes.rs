//! The "what changed since" brief: five index ranges (created, completed, deadlines passed,
//! owner changes in the audit trail, deadlines moved) since a day.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value;

use super::{Store, StoreError, with_db};
use crate::domain::changes::{ChangeItem, ChangeKind, DeadlineShift, Holder, Reassignment};

/// The initiative an item is about.
#[derive(sqlx::FromRow)]
struct About {
    id: i64,
    title: String,
    partner_id: i64,
    partner_name: String,
}

impl About {
    fn item(self, kind: ChangeKind, on: NaiveDate, reassigned: Option<Reassignment>) -> ChangeItem {
        ChangeItem {
            kind,
            initiative_id: self.id,
            title: self.title,
            partner_id: self.partner_id,
            partner_name: self.partner_name,
            on,
            reassigned,
            deadline_shift: None,
        }
    }
}

#[derive(sqlx::FromRow)]
struct MovedRow {
    #[sqlx(flatten)]
    about: About,
    at: DateTime<Utc>,
    from_deadline: Option<NaiveDate>,
    to_deadline: Option<NaiveDate>,
}

impl MovedRow {
    fn item(self) -> ChangeItem {
        ChangeItem {
            deadline_shift: Some(DeadlineShift {
                from: self.from_deadline,
                to: self.to_deadline,
            }),
            ..self
                .about
                .item(ChangeKind::DeadlineMoved, self.at.date_naive(), None)
        }
    }
}

#[derive(sqlx::FromRow)]
struct AtRow {
    #[sqlx(flatten)]
    about: About,
    at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct OnRow {
    #[sqlx(flatten)]
    about: About,
    on_day: NaiveDate,
}

#[derive(sqlx::FromRow)]
struct OwnerRow {
    #[sqlx(flatten)]
    about: About,
    at: DateTime<Utc>,
    changes: String,
}

impl OwnerRow {
    /// The reassignment this audit event records, if it really changed the owner (the
    /// query's LIKE is a coarse sieve; the change itself decides).
    fn reassignment(self, names: &HashMap<i64, String>) -> Option<ChangeItem> {
        let changes: Value = serde_json::from_str(&self.changes).unwrap_or(Value::Null);
        let [before, after] = changes
            .get("owner_id")
            .and_then(Value::as_array)
            .and_then(|pair| <&[Value; 2]>::try_from(pair.as_slice()).ok())?;
        if before == after {
            return None;
        }
        let holder = |value: &Value| match value.as_i64() {
            Some(id) => names
                .get(&id)
                .map_or(Holder::Gone(id), |name| Holder::User(name.clone())),
            None => Holder::Nobody,
        };
        let reassignment = Reassignment {
            from: holder(before),
            to: holder(after),
        };
        Some(self.about.item(
            ChangeKind::Reassigned,
            self.at.date_naive(),
            Some(reassignment),
        ))
    }
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
        let moved_sql = format!(
            "SELECT {COLUMNS}, m.moved_at AS at, m.from_deadline, m.to_deadline \
             FROM deadline_moves m JOIN initiatives i ON i.id = m.initiative_id JOIN partners p ON p.id = i.partner_id \
             WHERE m.moved_at >= $1{visible} ORDER BY m.moved_at DESC, m.id DESC LIMIT $2"
        );
        let (created, completed, slipped, owners, moved, users): (
            Vec<AtRow>,
            Vec<OnRow>,
            Vec<OnRow>,
            Vec<OwnerRow>,
            Vec<MovedRow>,
            Vec<(i64, String)>,
        ) = with_db!(self.db(), pool => {
            let created = sqlx::query_as(&created_sql).bind(from).bind(limit).fetch_all(pool).await?;
            let completed = sqlx::query_as(&completed_sql).bind(since).bind(limit).fetch_all(pool).await?;
            let slipped = sqlx::query_as(&slipped_sql).bind(since).bind(today).bind(limit).fetch_all(pool).await?;
            let owners = sqlx::query_as(&owners_sql).bind(from).bind(limit).fetch_all(pool).await?;
            let moved = sqlx::query_as(&moved_sql).bind(from).bind(limit).fetch_all(pool).await?;
            let users = sqlx::query_as("SELECT id, display_name FROM users").fetch_all(pool).await?;
            (created, completed, slipped, owners, moved, users)
        });
        let names: HashMap<i64, String> = users.into_iter().collect();
        let mut items: Vec<ChangeItem> = Vec::new();
        let at = |kind| move |row: AtRow| row.about.item(kind, row.at.date_naive(), None);
        let on = |kind| move |row: OnRow| row.about.item(kind, row.on_day, None);
        items.extend(created.into_iter().map(at(ChangeKind::Created)));
        items.extend(completed.into_iter().map(on(ChangeKind::Completed)));
        items.extend(slipped.into_iter().map(on(ChangeKind::Slipped)));
        items.extend(
            owners
                .into_iter()
                .filter_map(|row| row.reassignment(&names)),
        );
        items.extend(moved.into_iter().map(MovedRow::item));
        Ok(items)
    }
}
