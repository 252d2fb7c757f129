//! Initiatives in the store: every change in one transaction with its version check, its
//! history row, its audit row and the dashboard tally.

mod conditions;
mod count;
mod list;
mod search;
pub(super) mod steps;

pub(super) use conditions::{Conditions, OPEN, filter_conditions};
pub use list::MAX_PAGE_SIZE;
pub(super) use steps::{
    LedgerEntry, Recorded, existing_initiative, fetch_initiative, insert_initiative,
    insert_noted_initiative, write_change,
};

use chrono::{DateTime, NaiveDate, Utc};

use super::decode::decode;
use super::{BeginWrite, Store, StoreError, with_db};
use crate::domain::audit::{AuditFilter, AuditKind};
use crate::domain::permission::{Action, Writer};
use crate::domain::{
    AuditEvent, DeadlineMove, DeadlineMoveEntry, Initiative, InitiativeFields, NewInitiative,
    StatusChange, StatusChangeInput, Update,
};
use crate::error::AppError;
use steps::check_references;

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
    first_deadline: Option<NaiveDate>,
    deadline_moves: i64,
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
            first_deadline: self.first_deadline,
            deadline_moves: self.deadline_moves,
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
           u.display_name AS owner_name, i.deadline, i.first_deadline, i.deadline_moves, i.status, i.blocked_reason, i.obligor, i.strength, \
           i.confidentiality, i.next_review_on, i.completed_on, i.last_activity_on, i.version, \
           i.created_at, i.updated_at \
    FROM initiatives i JOIN partners p ON p.id = i.partner_id LEFT JOIN users u ON u.id = i.owner_id \
    WHERE i.id = $1";

pub(super) const SECTOR_IDS: &str =
    "SELECT sector_id FROM initiative_sectors WHERE initiative_id = $1 ORDER BY sector_id";

#[derive(sqlx::FromRow)]
struct DeadlineMoveRow {
    id: i64,
    moved_at: DateTime<Utc>,
    actor_name: Option<String>,
    from_deadline: Option<NaiveDate>,
    to_deadline: Option<NaiveDate>,
    reason: String,
}

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

/// What a guarded write names: the record, the version the writer saw, who writes, and the
/// day it is judged on.
struct GuardedWrite {
    id: i64,
    expected_version: i64,
    writer: Writer,
    today: NaiveDate,
}

impl GuardedWrite {
    fn new(id: i64, expected_version: i64, writer: Writer, today: NaiveDate) -> Self {
        Self {
            id,
            expected_version,
            writer,
            today,
        }
    }
}

/// The change a guarded write makes, as the API layer parsed it.
enum Request<'a> {
    /// The fields, and the reason typed for moving the deadline.
    Edit(&'a InitiativeFields, &'a str),
    Status(&'a StatusChangeInput),
}

/// What an edit must pass beyond the fields' own checks, judged on the current row: only a
/// manager gives an initiative to someone else, and the fields suit its status.
fn check_edit(
    writer: &Writer,
    current: &Initiative,
    fields: &InitiativeFields,
) -> Result<(), StoreError> {
    if fields.owner_id != current.owner_id
        && !writer.may(Action::ReassignInitiative, current.facts())
    {
        return Err(StoreError::Invalid(AppError::field(
            "owner_id",
            "Only a manager can give this initiative to someone else.",
        )));
    }
    InitiativeFields::check_for_status(fields, current.status).map_err(StoreError::Invalid)
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
            let created = insert_initiative(&mut *tx, new, actor, at, today).await?;
            tx.commit().await?;
            Ok(created)
        })
    }

    /// One initiative with its sectors.
    pub async fn initiative(&self, id: i64) -> Result<Initiative, StoreError> {
        with_db!(self.db(), pool => {
            let mut conn = pool.acquire().await?;
            existing_initiative(&mut *conn, id).await
        })
    }

    /// Changes an initiative's fields, if it is still at `expected_version`; otherwise a
    /// [`StoreError::Conflict`] carries the current record and nothing is written. Moving a
    /// set deadline needs `deadline_reason`, kept with the move.
    pub async fn update_initiative(
        &self,
        id: i64,
        expected_version: i64,
        fields: &InitiativeFields,
        deadline_reason: &str,
        writer: impl Into<Writer>,
        today: NaiveDate,
    ) -> Result<Initiative, StoreError> {
        let write = GuardedWrite::new(id, expected_version, writer.into(), today);
        self.guarded_write(write, Request::Edit(fields, deadline_reason))
            .await
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
        let write = GuardedWrite::new(id, expected_version, writer.into(), today);
        self.guarded_write(write, Request::Status(input)).await
    }

    /// The one path of an edit or a status change: inside one transaction, read the row,
    /// judge the writer's permission and the version on it, check the change against it,
    /// build the changed record from the current one plus the change, and write that
    /// ([`write_change`]).
    async fn guarded_write(
        &self,
        write: GuardedWrite,
        request: Request<'_>,
    ) -> Result<Initiative, StoreError> {
        let at = self.now();
        let GuardedWrite {
            id,
            expected_version,
            writer,
            today,
        } = write;
        let actor = writer.user_id();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let current = existing_initiative(&mut *tx, id).await?;
            // Judged on the row as it is now, not as the page showed it. A record this writer
            // may not read does not exist for them.
            if !writer.may(Action::ReadInitiative, current.facts()) {
                return Err(StoreError::NotFound("Initiative"));
            }
            if !writer.may(Action::EditInitiative, current.facts()) {
                return Err(StoreError::Forbidden);
            }
            if current.version != expected_version {
                return Err(StoreError::Conflict(Box::new(current)));
            }
            let (changed, recorded) = match request {
                Request::Edit(fields, deadline_reason) => {
                    check_edit(&writer, &current, fields)?;
                    let moved = DeadlineMove::of_edit(&current, fields.deadline, deadline_reason)
                        .map_err(StoreError::Invalid)?;
                    let names = check_references(&mut *tx, fields, Some(current.partner_id), &current.sector_ids).await?;
                    (current.edited(fields, names, today, at), Recorded::edit(actor, at, moved))
                }
                Request::Status(input) => {
                    let change = StatusChange::parse(input, &current).map_err(StoreError::Invalid)?;
                    let changed = current.with_status(&change, today, at);
                    (changed, Recorded::status_change(&current, change, actor, at))
                }
            };
            write_change(&mut *tx, &current, &changed, recorded).await?;
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
        let whole_history = AuditFilter {
            kind: Some(AuditKind::Initiative),
            entity_id: Some(id),
            ..AuditFilter::default()
        };
        self.audit_events(&whole_history, i64::MAX).await
    }

    /// An initiative's deadline ledger, newest first: every move with who, when and why.
    pub async fn deadline_moves(&self, id: i64) -> Result<Vec<DeadlineMoveEntry>, StoreError> {
        let rows: Vec<DeadlineMoveRow> = with_db!(self.db(), pool => {
            sqlx::query_as(
                "SELECT m.id, m.moved_at, u.display_name AS actor_name, m.from_deadline, m.to_deadline, m.reason \
                 FROM deadline_moves m LEFT JOIN users u ON u.id = m.actor_id \
                 WHERE m.initiative_id = $1 ORDER BY m.id DESC",
            )
            .bind(id)
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(|row| DeadlineMoveEntry {
                id: row.id,
                moved_at: row.moved_at,
                actor_name: row.actor_name,
                from: row.from_deadline,
                to: row.to_deadline,
                reason: row.reason,
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
