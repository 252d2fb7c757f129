//! Deleting a meeting or an initiative: an admin's correction of a record that should never
//! have existed. The row goes; the audit trail (append-only) keeps its last values and the
//! reason, and the dashboard's tally and summary follow in the same transaction.

use serde::Serialize;
use serde_json::{Map, Value, json};

use super::audit::{AuditEntry, changes, insert_audit};
use super::conn::{Conn, on_conn};
use super::initiatives::steps::{Recorded, bump_tally, existing_initiative, write_change};
use super::meetings::steps::guarded_meeting;
use super::summary::apply_summary;
use super::{BeginWrite, Store, StoreError, with_db};
use crate::domain::deletion::DeletionReason;
use crate::domain::permission::{Action, Writer};

/// The audit event of a deletion: every field's last value (as `[value, null]`) and the
/// reason.
fn removal<T: Serialize>(record: &T, reason: &DeletionReason) -> Map<String, Value> {
    let mut removed: Map<String, Value> = changes(None, record)
        .into_iter()
        .map(|(field, pair)| {
            let last = pair.get(1).cloned().unwrap_or(Value::Null);
            (field, json!([last, Value::Null]))
        })
        .collect();
    removed.insert("reason".to_owned(), json!([Value::Null, reason.as_str()]));
    removed
}

/// Runs `sql` (one id parameter) on the caller's transaction.
async fn delete_where(conn: Conn<'_>, sql: &str, id: i64) -> Result<u64, StoreError> {
    Ok(on_conn!(conn, connection => {
        sqlx::query(sql).bind(id).execute(connection).await?.rows_affected()
    }))
}

impl Store {
    /// Deletes initiative `id` if it is still at `expected_version`, judged on the row inside
    /// the transaction (only admins delete). Its sectors, status ledger and follow-up links
    /// go with it; the tally and the summary lose it; the audit trail keeps it.
    pub async fn delete_initiative(
        &self,
        id: i64,
        expected_version: i64,
        reason: &DeletionReason,
        writer: impl Into<Writer>,
    ) -> Result<(), StoreError> {
        let at = self.now();
        let writer = writer.into();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let current = existing_initiative(&mut *tx, id).await?;
            if !writer.may(Action::ReadInitiative, current.facts()) {
                return Err(StoreError::NotFound("Initiative"));
            }
            if !writer.may(Action::DeleteRecord, current.facts()) {
                return Err(StoreError::Forbidden);
            }
            if current.version != expected_version {
                return Err(StoreError::Conflict(Box::new(current)));
            }
            for sql in [
                "DELETE FROM initiative_sectors WHERE initiative_id = $1",
                "DELETE FROM updates WHERE initiative_id = $1",
                "DELETE FROM deadline_moves WHERE initiative_id = $1",
                "DELETE FROM initiative_meetings WHERE initiative_id = $1",
            ] {
                delete_where((&mut *tx).into(), sql, id).await?;
            }
            let deleted = sqlx::query("DELETE FROM initiatives WHERE id = $1 AND version = $2")
                .bind(id)
                .bind(expected_version)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if deleted == 0 {
                let now = existing_initiative(&mut *tx, id).await?;
                return Err(StoreError::Conflict(Box::new(now)));
            }
            bump_tally((&mut *tx).into(), current.partner_id, current.status, -1).await?;
            apply_summary(&mut *tx, Some(&current), None).await?;
            let entry = AuditEntry {
                actor: writer.user_id(),
                at,
                entity: "initiative",
                entity_id: id,
                action: "delete",
                changes: removal(&current, reason),
            };
            insert_audit(&mut *tx, entry).await?;
            tx.commit().await?;
            Ok(())
        })
    }

    /// Deletes meeting `id` if it is still at `expected_version` (only admins delete). Its
    /// initiatives stay, no longer tied to it (each change audited); its participants,
    /// follow-up links and the readout draft it came from go. Answers how many initiatives
    /// it let go of.
    pub async fn delete_meeting(
        &self,
        id: i64,
        expected_version: i64,
        reason: &DeletionReason,
        writer: impl Into<Writer>,
    ) -> Result<usize, StoreError> {
        let at = self.now();
        let writer = writer.into();
        let actor = writer.user_id();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let current = guarded_meeting(&mut *tx, id, expected_version, writer, Action::DeleteRecord).await?;
            let tied: Vec<i64> = sqlx::query_scalar("SELECT id FROM initiatives WHERE meeting_id = $1 ORDER BY id")
                .bind(id)
                .fetch_all(&mut *tx)
                .await?;
            for &initiative_id in &tied {
                let initiative = existing_initiative(&mut *tx, initiative_id).await?;
                let untied = initiative.without_meeting(at);
                write_change(&mut *tx, &initiative, &untied, Recorded::edit(actor, at, None)).await?;
            }
            for sql in [
                "DELETE FROM initiative_meetings WHERE meeting_id = $1",
                "DELETE FROM readout_imports WHERE meeting_id = $1",
                "DELETE FROM meeting_participants WHERE meeting_id = $1",
            ] {
                delete_where((&mut *tx).into(), sql, id).await?;
            }
            let deleted = sqlx::query("DELETE FROM meetings WHERE id = $1 AND version = $2")
                .bind(id)
                .bind(expected_version)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if deleted == 0 {
                return Err(StoreError::Changed("Meeting"));
            }
            let entry = AuditEntry {
                actor,
                at,
                entity: "meeting",
                entity_id: id,
                action: "delete",
                changes: removal(&current, reason),
            };
            insert_audit(&mut *tx, entry).await?;
            tx.commit().await?;
            Ok(tied.len())
        })
    }
}
