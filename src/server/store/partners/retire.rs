//! Retiring a partner, bringing it back, and merging a duplicate into another partner.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};

use super::{PARTNER_COLUMNS, PartnerRow, fetch_partner, is_below, move_parts_to_region};
use crate::domain::Partner;
use crate::error::AppError;
use crate::server::store::audit::{AuditEntry, changes, insert_audit};
use crate::server::store::conn::{Conn, on_conn};
use crate::server::store::initiatives::steps::{Recorded, existing_initiative, write_change};
use crate::server::store::{BeginWrite, Store, StoreError, with_db};

/// What a merge moved into the partner that stays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeReport {
    pub meetings: usize,
    pub initiatives: usize,
    /// Partners that were parts of the duplicate and are now parts of the one that stays.
    pub parts: usize,
}

/// Inside a write that names `partner_id` for a meeting or an initiative: the partner must
/// exist and, unless the record already names it (`already`), must not be retired. Answers
/// its name, or the message for the partner field. PostgreSQL: the shared row lock makes a
/// merge or a retirement of this partner wait until the write ends (and the write wait for
/// one in progress), so nothing lands on a partner as it is merged away.
pub(crate) async fn usable_partner<'c>(
    conn: impl Into<Conn<'c>>,
    partner_id: i64,
    already: Option<i64>,
) -> Result<Result<String, &'static str>, StoreError> {
    let conn = conn.into();
    let lock = match conn {
        Conn::Sqlite(_) => "",
        Conn::Postgres(_) => " FOR SHARE",
    };
    let sql = format!("SELECT name, retired_at IS NOT NULL FROM partners WHERE id = $1{lock}");
    let found: Option<(String, bool)> = on_conn!(conn, connection => {
        sqlx::query_as(&sql).bind(partner_id).fetch_optional(connection).await?
    });
    Ok(match found {
        None => Err("Choose a partner that exists."),
        Some((_, true)) if already != Some(partner_id) => {
            Err("This partner is retired: choose the partner that took its place.")
        }
        Some((name, _)) => Ok(name),
    })
}

/// Reads a partner that must exist, locked against other writers until the transaction ends.
async fn locked_partner(conn: Conn<'_>, id: i64) -> Result<Partner, StoreError> {
    let lock = match conn {
        Conn::Sqlite(_) => "",
        Conn::Postgres(_) => " FOR UPDATE",
    };
    let sql = format!("SELECT {PARTNER_COLUMNS} FROM partners WHERE id = $1{lock}");
    let row: Option<PartnerRow> = on_conn!(conn, connection => {
        sqlx::query_as(&sql).bind(id).fetch_optional(connection).await?
    });
    row.ok_or(StoreError::NotFound("Partner"))?.try_into()
}

/// Who changes a partner's place or state, when.
#[derive(Clone, Copy)]
struct Stamp {
    actor: Option<i64>,
    at: DateTime<Utc>,
}

/// Writes `changed` over `current` (same id; parent, retirement, merge and version) and its
/// audit event with `action` and the `also` pairs.
async fn write_partner_state(
    mut conn: Conn<'_>,
    (current, changed): (&Partner, &Partner),
    action: &str,
    also: Map<String, Value>,
    Stamp { actor, at }: Stamp,
) -> Result<(), StoreError> {
    let written = on_conn!(conn.again(), connection => {
        sqlx::query(
            "UPDATE partners SET parent_id = $1, retired_at = $2, merged_into = $3, version = $4 \
             WHERE id = $5 AND version = $6",
        )
        .bind(changed.parent_id)
        .bind(changed.retired_at)
        .bind(changed.merged_into)
        .bind(changed.version)
        .bind(current.id)
        .bind(current.version)
        .execute(connection)
        .await?
        .rows_affected()
    });
    if written == 0 {
        return Err(StoreError::Changed("Partner"));
    }
    let mut audit = changes(Some(current), changed);
    audit.extend(also);
    let entry = AuditEntry {
        actor,
        at,
        entity: "partner",
        entity_id: current.id,
        action,
        changes: audit,
    };
    insert_audit(conn, entry).await
}

/// The names of the partners directly under `id` that are still tracked.
async fn tracked_parts(conn: Conn<'_>, id: i64) -> Result<Vec<String>, StoreError> {
    Ok(on_conn!(conn, connection => {
        sqlx::query_scalar(
            "SELECT name FROM partners WHERE parent_id = $1 AND retired_at IS NULL ORDER BY name",
        )
        .bind(id)
        .fetch_all(connection)
        .await?
    }))
}

impl Store {
    /// Retires partner `id` (hidden from the pickers, every record kept and still counted)
    /// or brings it back, if it is still at `expected_version`. A partner with parts still
    /// tracked cannot retire (they would be left under a partner nobody can choose), and a
    /// merged partner cannot come back (its records live on in the other one).
    pub async fn retire_partner(
        &self,
        id: i64,
        expected_version: i64,
        retire: bool,
        actor: Option<i64>,
    ) -> Result<Partner, StoreError> {
        let at = self.now();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let current = locked_partner((&mut *tx).into(), id).await?;
            if current.version != expected_version {
                return Err(StoreError::Changed("Partner"));
            }
            if current.merged_into.is_some() {
                return Err(StoreError::Invalid(AppError::field(
                    "retired",
                    "A merged partner stays retired: its records are with the partner it was merged into.",
                )));
            }
            if retire {
                let parts = tracked_parts((&mut *tx).into(), id).await?;
                if !parts.is_empty() {
                    return Err(StoreError::Invalid(AppError::field(
                        "retired",
                        format!("Retire or move its parts first: {}.", parts.join(", ")),
                    )));
                }
            }
            let changed = Partner {
                retired_at: if retire { current.retired_at.or(Some(at)) } else { None },
                version: current.version + 1,
                ..current.clone()
            };
            let action = if retire { "retire" } else { "restore" };
            let mut at_field = Map::new();
            if !retire {
                at_field.insert("restored_at".to_owned(), json!([Value::Null, at]));
            }
            let stamp = Stamp { actor, at };
            write_partner_state((&mut *tx).into(), (&current, &changed), action, at_field, stamp).await?;
            tx.commit().await?;
            Ok(changed)
        })
    }

    /// Merges partner `id` (a duplicate, at `expected_version`) into partner `into`, in one
    /// transaction: its meetings, initiatives and parts move to `into` (each move audited,
    /// the dashboard's tally and summary following every initiative), and it is retired,
    /// naming `into`. `into` may not be the duplicate, one of its parts, or retired.
    pub async fn merge_partner(
        &self,
        id: i64,
        expected_version: i64,
        into: i64,
        actor: Option<i64>,
    ) -> Result<MergeReport, StoreError> {
        let at = self.now();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let duplicate = locked_partner((&mut *tx).into(), id).await?;
            if duplicate.version != expected_version {
                return Err(StoreError::Changed("Partner"));
            }
            let target = fetch_partner(&mut *tx, into).await?;
            let refusal = match &target {
                _ if duplicate.merged_into.is_some() => Some("This partner was merged already."),
                None => Some("Choose a partner that exists."),
                Some(target) if target.id == id => Some("Choose another partner than this one."),
                Some(target) if target.is_retired() => Some("Choose a partner that is not retired."),
                Some(target) if is_below((&mut *tx).into(), target.id, id).await? => {
                    Some("Choose a partner that is not one of this partner's own parts.")
                }
                Some(_) => None,
            };
            if let Some(message) = refusal {
                return Err(StoreError::Invalid(AppError::field("into", message)));
            }
            let target = target.ok_or(StoreError::NotFound("Partner"))?;
            let merged = Partner {
                retired_at: duplicate.retired_at.or(Some(at)),
                merged_into: Some(target.id),
                version: duplicate.version + 1,
                ..duplicate.clone()
            };
            let stamp = Stamp { actor, at };
            write_partner_state((&mut *tx).into(), (&duplicate, &merged), "merge", Map::new(), stamp).await?;
            let report = MergeReport {
                parts: move_parts((&mut *tx).into(), &duplicate, &target, stamp).await?,
                meetings: move_meetings((&mut *tx).into(), id, target.id, stamp).await?,
                initiatives: move_initiatives((&mut *tx).into(), id, &target, stamp).await?,
            };
            tx.commit().await?;
            Ok(report)
        })
    }
}

/// Puts the duplicate's parts under the target (which passes its world region on).
async fn move_parts(
    mut conn: Conn<'_>,
    duplicate: &Partner,
    target: &Partner,
    stamp: Stamp,
) -> Result<usize, StoreError> {
    let sql = format!("SELECT {PARTNER_COLUMNS} FROM partners WHERE parent_id = $1 ORDER BY id");
    let rows: Vec<PartnerRow> = on_conn!(conn.again(), connection => {
        sqlx::query_as(&sql).bind(duplicate.id).fetch_all(connection).await?
    });
    let count = rows.len();
    for row in rows {
        let part = Partner::try_from(row)?;
        let moved = Partner {
            parent_id: Some(target.id),
            version: part.version + 1,
            ..part.clone()
        };
        let mut also = Map::new();
        also.insert("merged_from".to_owned(), json!([Value::Null, duplicate.id]));
        write_partner_state(conn.again(), (&part, &moved), "update", also, stamp).await?;
    }
    if count > 0 {
        let Stamp { actor, at } = stamp;
        move_parts_to_region(conn, target.id, target.world_region, actor, at).await?;
    }
    Ok(count)
}

/// Moves every meeting of partner `from` to partner `to`, one audit event each.
async fn move_meetings(
    mut conn: Conn<'_>,
    from: i64,
    to: i64,
    Stamp { actor, at }: Stamp,
) -> Result<usize, StoreError> {
    let moved: Vec<i64> = on_conn!(conn.again(), connection => {
        sqlx::query_scalar(
            "UPDATE meetings SET partner_id = $1, version = version + 1 WHERE partner_id = $2 RETURNING id",
        )
        .bind(to)
        .bind(from)
        .fetch_all(connection)
        .await?
    });
    for &meeting_id in &moved {
        let mut audit = Map::new();
        audit.insert("partner_id".to_owned(), json!([from, to]));
        let entry = AuditEntry {
            actor,
            at,
            entity: "meeting",
            entity_id: meeting_id,
            action: "update",
            changes: audit,
        };
        insert_audit(conn.again(), entry).await?;
    }
    Ok(moved.len())
}

/// Moves every initiative of partner `from` to `target` through the one write path, so the
/// tally, the summary and the audit trail follow each of them.
async fn move_initiatives(
    mut conn: Conn<'_>,
    from: i64,
    target: &Partner,
    Stamp { actor, at }: Stamp,
) -> Result<usize, StoreError> {
    let ids: Vec<i64> = on_conn!(conn.again(), connection => {
        sqlx::query_scalar("SELECT id FROM initiatives WHERE partner_id = $1 ORDER BY id")
            .bind(from)
            .fetch_all(connection)
            .await?
    });
    for &id in &ids {
        let current = existing_initiative(conn.again(), id).await?;
        let moved = current.moved_to_partner(target.id, &target.name, at);
        write_change(
            conn.again(),
            &current,
            &moved,
            Recorded::edit(actor, at, None),
        )
        .await?;
    }
    Ok(ids.len())
}
