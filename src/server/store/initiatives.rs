//! Initiatives in the store: every change in one transaction with its version check, its
//! history row, its audit row and the dashboard tally.

mod list;

pub use list::MAX_PAGE_SIZE;

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Value, json};

use super::audit::{changes, insert_audit};
use super::decode::decode;
use super::summary::apply_summary;
use super::{BeginWrite, Store, StoreError, with_db};
use crate::domain::initiative::check_deadline_after_meeting;
use crate::domain::permission::{Action, Writer};
use crate::domain::{
    AuditEvent, Initiative, InitiativeFields, NewInitiative, Status, StatusChange,
    StatusChangeInput, Update,
};
use crate::error::{AppError, FieldErrors};

#[derive(sqlx::FromRow)]
pub(super) struct InitiativeRow {
    id: i64,
    title: String,
    description: String,
    partner_id: i64,
    partner_name: String,
    meeting_id: Option<i64>,
    owner_id: Option<i64>,
    owner_name: Option<String>,
    deadline: Option<NaiveDate>,
    status: String,
    blocked_reason: Option<String>,
    obligor: String,
    strength: String,
    confidentiality: String,
    next_review_on: Option<NaiveDate>,
    completed_on: Option<NaiveDate>,
    last_activity_on: NaiveDate,
    version: i64,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl InitiativeRow {
    pub(super) fn into_initiative(self, sector_ids: Vec<i64>) -> Result<Initiative, StoreError> {
        Ok(Initiative {
            status: decode("status", &self.status)?,
            obligor: decode("obligor", &self.obligor)?,
            strength: decode("strength", &self.strength)?,
            confidentiality: decode("confidentiality", &self.confidentiality)?,
            id: self.id,
            title: self.title,
            description: self.description,
            partner_id: self.partner_id,
            partner_name: self.partner_name,
            meeting_id: self.meeting_id,
            owner_id: self.owner_id,
            owner_name: self.owner_name,
            deadline: self.deadline,
            sector_ids,
            blocked_reason: self.blocked_reason,
            next_review_on: self.next_review_on,
            completed_on: self.completed_on,
            last_activity_on: self.last_activity_on,
            version: self.version,
            created_at: self.created_at,
            updated_at: self.updated_at,
        })
    }
}

pub(super) const SELECT_INITIATIVE: &str = "\
    SELECT i.id, i.title, i.description, i.partner_id, p.name AS partner_name, i.meeting_id, i.owner_id, \
           u.display_name AS owner_name, i.deadline, i.status, i.blocked_reason, i.obligor, i.strength, \
           i.confidentiality, i.next_review_on, i.completed_on, i.last_activity_on, i.version, \
           i.created_at, i.updated_at \
    FROM initiatives i JOIN partners p ON p.id = i.partner_id LEFT JOIN users u ON u.id = i.owner_id \
    WHERE i.id = $1";

pub(super) const SECTOR_IDS: &str =
    "SELECT sector_id FROM initiative_sectors WHERE initiative_id = $1 ORDER BY sector_id";

/// Reads one initiative with its sectors on `$conn` (a connection or transaction).
macro_rules! fetch_initiative {
    ($conn:expr, $id:expr) => {{
        let row: Option<InitiativeRow> = sqlx::query_as(SELECT_INITIATIVE)
            .bind($id)
            .fetch_optional(&mut *$conn)
            .await?;
        match row {
            None => None,
            Some(row) => {
                let sector_ids: Vec<i64> = sqlx::query_scalar(SECTOR_IDS)
                    .bind($id)
                    .fetch_all(&mut *$conn)
                    .await?;
                Some(row.into_initiative(sector_ids)?)
            }
        }
    }};
}

/// Checks, inside the transaction, what only the database knows: that the partner, meeting,
/// owner and sectors exist, and that the deadline does not precede the meeting.
macro_rules! check_references {
    ($tx:expr, $fields:expr) => {{
        let fields: &InitiativeFields = $fields;
        let mut errors = FieldErrors::new();
        let partner: Option<i64> = sqlx::query_scalar("SELECT id FROM partners WHERE id = $1")
            .bind(fields.partner_id)
            .fetch_optional(&mut *$tx)
            .await?;
        if partner.is_none() {
            errors.add("partner_id", "Choose a partner that exists.");
        }
        if let Some(meeting_id) = fields.meeting_id {
            let held_on: Option<NaiveDate> =
                sqlx::query_scalar("SELECT held_on FROM meetings WHERE id = $1")
                    .bind(meeting_id)
                    .fetch_optional(&mut *$tx)
                    .await?;
            match held_on {
                None => errors.add("meeting_id", "Choose a meeting that exists."),
                Some(held_on) => {
                    if let Err(AppError::Validation(found)) =
                        check_deadline_after_meeting(fields.deadline, held_on)
                    {
                        for (field, message) in found.iter() {
                            errors.add(field, message);
                        }
                    }
                }
            }
        }
        if let Some(owner_id) = fields.owner_id {
            let active: Option<bool> = sqlx::query_scalar("SELECT active FROM users WHERE id = $1")
                .bind(owner_id)
                .fetch_optional(&mut *$tx)
                .await?;
            if active != Some(true) {
                errors.add("owner_id", "Choose an active user as the owner.");
            }
        }
        if !fields.sector_ids.is_empty() {
            let placeholders: Vec<String> = (1..=fields.sector_ids.len())
                .map(|n| format!("${n}"))
                .collect();
            let sql = format!(
                "SELECT COUNT(*) FROM sectors WHERE id IN ({})",
                placeholders.join(", ")
            );
            let mut query = sqlx::query_scalar::<_, i64>(&sql);
            for id in &fields.sector_ids {
                query = query.bind(*id);
            }
            let found = query.fetch_one(&mut *$tx).await?;
            if found != fields.sector_ids.len() as i64 {
                errors.add("sector_ids", "Choose sectors from the list.");
            }
        }
        if !errors.is_empty() {
            return Err(StoreError::Invalid(AppError::Validation(errors)));
        }
    }};
}

/// Binds the ten editable columns, in the order INSERT and UPDATE list them: title,
/// description, partner_id, meeting_id, owner_id, deadline, obligor, strength,
/// confidentiality, next_review_on.
macro_rules! bind_fields {
    ($query:expr, $fields:expr) => {{
        let fields: &InitiativeFields = $fields;
        $query
            .bind(&fields.title)
            .bind(&fields.description)
            .bind(fields.partner_id)
            .bind(fields.meeting_id)
            .bind(fields.owner_id)
            .bind(fields.deadline)
            .bind(fields.obligor.as_str())
            .bind(fields.strength.as_str())
            .bind(fields.confidentiality.as_str())
            .bind(fields.next_review_on)
    }};
}

/// Replaces an initiative's sectors.
macro_rules! write_sectors {
    ($tx:expr, $id:expr, $sector_ids:expr) => {{
        sqlx::query("DELETE FROM initiative_sectors WHERE initiative_id = $1")
            .bind($id)
            .execute(&mut *$tx)
            .await?;
        for sector_id in $sector_ids {
            sqlx::query(
                "INSERT INTO initiative_sectors (initiative_id, sector_id) VALUES ($1, $2)",
            )
            .bind($id)
            .bind(*sector_id)
            .execute(&mut *$tx)
            .await?;
        }
    }};
}

/// Adds `$delta` to the dashboard tally of (`$partner`, `$status`).
macro_rules! bump_tally {
    ($tx:expr, $partner:expr, $status:expr, $delta:expr) => {{
        sqlx::query(
            "INSERT INTO partner_status_counts (partner_id, status, n) VALUES ($1, $2, $3) \
             ON CONFLICT (partner_id, status) DO UPDATE SET n = partner_status_counts.n + excluded.n",
        )
        .bind($partner)
        .bind(Status::as_str($status))
        .bind($delta as i64)
        .execute(&mut *$tx)
        .await?;
    }};
}

/// Appends a history entry.
macro_rules! insert_update {
    ($tx:expr, $id:expr, $actor:expr, $at:expr, $from:expr, $to:expr, $note:expr, $evidence:expr) => {{
        let from: Option<Status> = $from;
        sqlx::query(
            "INSERT INTO updates (initiative_id, author_id, created_at, from_status, to_status, note, evidence_url) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind($id)
        .bind($actor)
        .bind($at)
        .bind(from.map(Status::as_str))
        .bind(Status::as_str($to))
        .bind($note)
        .bind($evidence)
        .execute(&mut *$tx)
        .await?;
    }};
}

/// Inserts `$new` on `$tx` with its sectors, first history entry, tally and audit event;
/// evaluates to the created [`Initiative`].
macro_rules! insert_initiative {
    ($tx:expr, $new:expr, $actor:expr, $at:expr, $today:expr) => {{
        let new: &NewInitiative = $new;
        let fields = &new.fields;
        check_references!($tx, fields);
        let insert = sqlx::query_scalar(
            "INSERT INTO initiatives (title, description, partner_id, meeting_id, owner_id, deadline, obligor, \
                strength, confidentiality, next_review_on, status, last_activity_on, version, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13, $13) RETURNING id",
        );
        let id: i64 = bind_fields!(insert, fields)
            .bind(new.status.as_str())
            .bind($today)
            .bind($at)
            .fetch_one(&mut *$tx)
            .await?;
        write_sectors!($tx, id, &fields.sector_ids);
        insert_update!($tx, id, $actor, $at, None, new.status, "", None::<String>);
        bump_tally!($tx, fields.partner_id, new.status, 1);
        let created = fetch_initiative!($tx, id).ok_or(StoreError::NotFound("Initiative"))?;
        $crate::server::store::summary::apply_summary!($tx, None::<&$crate::domain::Initiative>, Some(&created));
        insert_audit!($tx, $actor, $at, "initiative", id, "create", changes(None, &created));
        created
    }};
}
pub(super) use {
    bind_fields, bump_tally, check_references, fetch_initiative, insert_initiative, insert_update,
    write_sectors,
};

#[derive(sqlx::FromRow)]
struct UpdateRow {
    id: i64,
    initiative_id: i64,
    author_id: Option<i64>,
    author_name: Option<String>,
    created_at: DateTime<Utc>,
    from_status: Option<String>,
    to_status: String,
    note: String,
    evidence_url: Option<String>,
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

impl Store {
    /// Creates an initiative with its sectors, its first history entry and its audit event.
    pub async fn create_initiative(
        &self,
        new: &NewInitiative,
        actor: Option<i64>,
        today: NaiveDate,
    ) -> Result<Initiative, StoreError> {
        let at = self.now();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let created = insert_initiative!(tx, new, actor, at, today);
            tx.commit().await?;
            Ok(created)
        })
    }

    /// One initiative with its sectors.
    pub async fn initiative(&self, id: i64) -> Result<Initiative, StoreError> {
        with_db!(self.db(), pool => {
            let mut conn = pool.acquire().await?;
            fetch_initiative!(conn, id).ok_or(StoreError::NotFound("Initiative"))
        })
    }

    /// Changes an initiative's fields, if it is still at `expected_version`; otherwise a
    /// [`StoreError::Conflict`] carries the current record and nothing is written.
    pub async fn update_initiative(
        &self,
        id: i64,
        expected_version: i64,
        fields: &InitiativeFields,
        writer: impl Into<Writer>,
        today: NaiveDate,
    ) -> Result<Initiative, StoreError> {
        let at = self.now();
        let writer = writer.into();
        let actor = writer.user_id();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let current = fetch_initiative!(tx, id).ok_or(StoreError::NotFound("Initiative"))?;
            // Judged on the row as it is now, not as the page showed it.
            if !writer.may(Action::EditInitiative, current.facts()) {
                return Err(StoreError::Forbidden);
            }
            if fields.owner_id != current.owner_id
                && !writer.may(Action::ReassignInitiative, current.facts())
            {
                return Err(StoreError::Invalid(AppError::field(
                    "owner_id",
                    "Only a manager can give this initiative to someone else.",
                )));
            }
            if current.version != expected_version {
                return Err(StoreError::Conflict(Box::new(current)));
            }
            if let Err(error) = InitiativeFields::check_for_status(fields, current.status) {
                return Err(StoreError::Invalid(error));
            }
            check_references!(tx, fields);
            let update = sqlx::query(
                "UPDATE initiatives SET title = $1, description = $2, partner_id = $3, meeting_id = $4, owner_id = $5, \
                    deadline = $6, obligor = $7, strength = $8, confidentiality = $9, next_review_on = $10, \
                    last_activity_on = $11, updated_at = $12, version = version + 1 \
                 WHERE id = $13 AND version = $14",
            );
            let updated = bind_fields!(update, fields)
                .bind(today)
                .bind(at)
                .bind(id)
                .bind(expected_version)
                .execute(&mut *tx)
            .await?;
            if updated.rows_affected() == 0 {
                drop(tx);
                return Err(StoreError::Conflict(Box::new(self.initiative(id).await?)));
            }
            if fields.sector_ids != current.sector_ids {
                write_sectors!(tx, id, &fields.sector_ids);
            }
            if fields.partner_id != current.partner_id {
                bump_tally!(tx, current.partner_id, current.status, -1);
                bump_tally!(tx, fields.partner_id, current.status, 1);
            }
            let changed = fetch_initiative!(tx, id).ok_or(StoreError::NotFound("Initiative"))?;
            apply_summary!(tx, Some(&current), Some(&changed));
            insert_audit!(tx, actor, at, "initiative", id, "update", changes(Some(&current), &changed));
            tx.commit().await?;
            Ok(changed)
        })
    }

    /// Records a status change or a progress note, if the initiative is still at
    /// `expected_version`. The input is checked against the current record, inside the
    /// transaction, by the domain's transition rules.
    pub async fn change_status(
        &self,
        id: i64,
        expected_version: i64,
        input: &StatusChangeInput,
        writer: impl Into<Writer>,
        today: NaiveDate,
    ) -> Result<Initiative, StoreError> {
        let at = self.now();
        let writer = writer.into();
        let actor = writer.user_id();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let current = fetch_initiative!(tx, id).ok_or(StoreError::NotFound("Initiative"))?;
            // Judged on the row as it is now, not as the page showed it.
            if !writer.may(Action::EditInitiative, current.facts()) {
                return Err(StoreError::Forbidden);
            }
            if current.version != expected_version {
                return Err(StoreError::Conflict(Box::new(current)));
            }
            let change = StatusChange::parse(input, &current).map_err(StoreError::Invalid)?;
            let blocked_reason = (change.to == Status::Blocked).then(|| change.note.clone());
            let completed_on = match change.to {
                Status::Completed if current.status == Status::Completed => current.completed_on,
                Status::Completed => Some(today),
                _ => None,
            };
            let updated = sqlx::query(
                "UPDATE initiatives SET status = $1, blocked_reason = $2, completed_on = $3, last_activity_on = $4, \
                    updated_at = $5, version = version + 1 \
                 WHERE id = $6 AND version = $7",
            )
            .bind(change.to.as_str())
            .bind(&blocked_reason)
            .bind(completed_on)
            .bind(today)
            .bind(at)
            .bind(id)
            .bind(expected_version)
            .execute(&mut *tx)
            .await?;
            if updated.rows_affected() == 0 {
                drop(tx);
                return Err(StoreError::Conflict(Box::new(self.initiative(id).await?)));
            }
            let from = (change.to != current.status).then_some(current.status);
            insert_update!(tx, id, actor, at, from, change.to, &change.note, &change.evidence_url);
            if change.to != current.status {
                bump_tally!(tx, current.partner_id, current.status, -1);
                bump_tally!(tx, current.partner_id, change.to, 1);
            }
            let changed = fetch_initiative!(tx, id).ok_or(StoreError::NotFound("Initiative"))?;
            apply_summary!(tx, Some(&current), Some(&changed));
            let mut audit = changes(Some(&current), &changed);
            if !change.note.is_empty() {
                audit.insert("note".to_owned(), json!([Value::Null, change.note]));
            }
            if let Some(evidence) = &change.evidence_url {
                audit.insert("evidence_url".to_owned(), json!([Value::Null, evidence]));
            }
            let action = if from.is_some() { "status" } else { "note" };
            insert_audit!(tx, actor, at, "initiative", id, action, audit);
            tx.commit().await?;
            Ok(changed)
        })
    }

    /// The id of the initiative of this partner with exactly this title, if any (what makes
    /// the demo seed idempotent).
    pub async fn find_initiative(
        &self,
        partner_id: i64,
        title: &str,
    ) -> Result<Option<i64>, StoreError> {
        Ok(with_db!(self.db(), pool => {
            sqlx::query_scalar("SELECT id FROM initiatives WHERE partner_id = $1 AND title = $2 ORDER BY id LIMIT 1")
                .bind(partner_id)
                .bind(title)
                .fetch_optional(pool)
                .await?
        }))
    }

    /// An initiative's history timeline: its audit events, newest first (each status change,
    /// note, edit and follow-up meeting, with who and when).
    pub async fn initiative_events(&self, id: i64) -> Result<Vec<AuditEvent>, StoreError> {
        let rows: Vec<AuditRow> = with_db!(self.db(), pool => {
            sqlx::query_as(
                "SELECT a.id, a.occurred_at, a.actor_id, u.display_name AS actor_name, a.entity, a.entity_id, \
                        a.action, a.changes \
                 FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id \
                 WHERE a.entity = 'initiative' AND a.entity_id = $1 ORDER BY a.id DESC",
            )
            .bind(id)
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|row| AuditEvent {
                id: row.id,
                occurred_at: row.occurred_at,
                actor_id: row.actor_id,
                actor_name: row.actor_name,
                entity: row.entity,
                entity_id: row.entity_id,
                action: row.action,
                changes: row.changes,
            })
            .collect())
    }

    /// An initiative's status ledger, newest first: one row per status change or note (from,
    /// to, note, evidence), the record issue 19's slippage and aging rules read.
    pub async fn initiative_updates(&self, id: i64) -> Result<Vec<Update>, StoreError> {
        let rows: Vec<UpdateRow> = with_db!(self.db(), pool => {
            sqlx::query_as(
                "SELECT up.id, up.initiative_id, up.author_id, u.display_name AS author_name, up.created_at, \
                        up.from_status, up.to_status, up.note, up.evidence_url \
                 FROM updates up LEFT JOIN users u ON u.id = up.author_id \
                 WHERE up.initiative_id = $1 ORDER BY up.id DESC",
            )
            .bind(id)
            .fetch_all(pool)
            .await?
        });
        rows.into_iter()
            .map(|row| {
                Ok(Update {
                    from_status: row
                        .from_status
                        .as_deref()
                        .map(|raw| decode("status", raw))
                        .transpose()?,
                    to_status: decode("status", &row.to_status)?,
                    id: row.id,
                    initiative_id: row.initiative_id,
                    author_id: row.author_id,
                    author_name: row.author_name,
                    created_at: row.created_at,
                    note: row.note,
                    evidence_url: row.evidence_url,
                })
            })
            .collect()
    }
}
