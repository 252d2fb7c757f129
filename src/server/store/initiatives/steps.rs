//! The steps of an initiative write, each an `async fn` on the caller's transaction ([`Conn`]):
//! read the row, check what only the database knows, write the row and what follows from
//! it (sectors, dashboard tally, status ledger, summary, audit). Creation, edits, status
//! changes and readout follow-ups all go through these.

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Map, Value, json};

use super::{InitiativeRow, SECTOR_IDS, SELECT_INITIATIVE};
use crate::domain::initiative::check_deadline_after_meeting;
use crate::domain::{
    DeadlineMove, Initiative, InitiativeFields, NewInitiative, ShownNames, Status, StatusChange,
};
use crate::error::{AppError, FieldErrors};
use crate::server::store::StoreError;
use crate::server::store::audit::{AuditEntry, changes, insert_audit};
use crate::server::store::conn::{Conn, on_conn};
use crate::server::store::partners::usable_partner;
use crate::server::store::summary::apply_summary;

/// Binds the ten editable columns of `$record` (an [`InitiativeFields`] or an [`Initiative`]:
/// both name them alike), in the order INSERT and UPDATE list them: title, description,
/// partner_id, meeting_id, owner_id, deadline, obligor, strength, confidentiality,
/// next_review_on. (A macro because the query's type differs by engine; it only binds.)
macro_rules! bind_editable {
    ($query:expr, $record:expr) => {{
        let record = $record;
        $query
            .bind(&record.title)
            .bind(&record.description)
            .bind(record.partner_id)
            .bind(record.meeting_id)
            .bind(record.owner_id)
            .bind(record.deadline)
            .bind(record.obligor.as_str())
            .bind(record.strength.as_str())
            .bind(record.confidentiality.as_str())
            .bind(record.next_review_on)
    }};
}

/// Reads one initiative with its sectors.
pub(crate) async fn fetch_initiative<'c>(
    conn: impl Into<Conn<'c>>,
    id: i64,
) -> Result<Option<Initiative>, StoreError> {
    let mut conn = conn.into();
    let row: Option<InitiativeRow> = on_conn!(conn.again(), connection => {
        sqlx::query_as(SELECT_INITIATIVE).bind(id).fetch_optional(connection).await?
    });
    let Some(row) = row else {
        return Ok(None);
    };
    let sector_ids: Vec<i64> = on_conn!(conn, connection => {
        sqlx::query_scalar(SECTOR_IDS).bind(id).fetch_all(connection).await?
    });
    row.into_initiative(sector_ids).map(Some)
}

/// Reads one initiative that must exist.
pub(crate) async fn existing_initiative<'c>(
    conn: impl Into<Conn<'c>>,
    id: i64,
) -> Result<Initiative, StoreError> {
    fetch_initiative(conn, id)
        .await?
        .ok_or(StoreError::NotFound("Initiative"))
}

/// Checks what only the database knows: that the partner, meeting, owner and sectors exist
/// (the owner active, the partner and sectors not retired unless the initiative already has
/// them: `current_partner`, `current_sectors`), and that the deadline does not precede the meeting. Answers the
/// names the initiative will show for its partner and owner.
pub(crate) async fn check_references<'c>(
    conn: impl Into<Conn<'c>>,
    fields: &InitiativeFields,
    current_partner: Option<i64>,
    current_sectors: &[i64],
) -> Result<ShownNames, StoreError> {
    let mut conn = conn.into();
    let mut errors = FieldErrors::new();
    let partner_name =
        match usable_partner(conn.again(), fields.partner_id, current_partner).await? {
            Ok(name) => Some(name),
            Err(message) => {
                errors.add("partner_id", message);
                None
            }
        };
    if let Some(meeting_id) = fields.meeting_id {
        let held_on: Option<NaiveDate> = on_conn!(conn.again(), connection => {
            sqlx::query_scalar("SELECT held_on FROM meetings WHERE id = $1")
                .bind(meeting_id)
                .fetch_optional(connection)
                .await?
        });
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
    let mut owner_name = None;
    if let Some(owner_id) = fields.owner_id {
        let owner: Option<(String, bool)> = on_conn!(conn.again(), connection => {
            sqlx::query_as("SELECT display_name, active FROM users WHERE id = $1")
                .bind(owner_id)
                .fetch_optional(connection)
                .await?
        });
        match owner {
            Some((name, true)) => owner_name = Some(name),
            _ => errors.add("owner_id", "Choose an active user as the owner."),
        }
    }
    if let Err(message) = usable_sectors(conn, &fields.sector_ids, current_sectors).await? {
        errors.add("sector_ids", message);
    }
    match partner_name {
        Some(partner_name) if errors.is_empty() => Ok(ShownNames {
            partner_name,
            owner_name,
        }),
        _ => Err(StoreError::Invalid(AppError::Validation(errors))),
    }
}

/// How many of `sector_ids` name a sector.
/// Whether `sector_ids` may be an initiative's sectors: each exists and, unless the
/// initiative already has it (`already`), is not retired. The message for the field if not.
async fn usable_sectors(
    conn: Conn<'_>,
    sector_ids: &[i64],
    already: &[i64],
) -> Result<Result<(), &'static str>, StoreError> {
    if sector_ids.is_empty() {
        return Ok(Ok(()));
    }
    let placeholders: Vec<String> = (1..=sector_ids.len()).map(|n| format!("${n}")).collect();
    let sql = format!(
        "SELECT id, retired_at IS NOT NULL FROM sectors WHERE id IN ({})",
        placeholders.join(", ")
    );
    let found: Vec<(i64, bool)> = on_conn!(conn, connection => {
        let mut query = sqlx::query_as(&sql);
        for id in sector_ids {
            query = query.bind(*id);
        }
        query.fetch_all(connection).await?
    });
    Ok(if found.len() != sector_ids.len() {
        Err("Choose sectors from the list.")
    } else if found
        .iter()
        .any(|(id, retired)| *retired && !already.contains(id))
    {
        Err("A retired sector cannot be added: choose one from the list.")
    } else {
        Ok(())
    })
}

/// Replaces an initiative's sectors.
async fn write_sectors(mut conn: Conn<'_>, id: i64, sector_ids: &[i64]) -> Result<(), StoreError> {
    on_conn!(conn.again(), connection => {
        sqlx::query("DELETE FROM initiative_sectors WHERE initiative_id = $1")
            .bind(id)
            .execute(connection)
            .await?;
    });
    for sector_id in sector_ids {
        on_conn!(conn.again(), connection => {
            sqlx::query("INSERT INTO initiative_sectors (initiative_id, sector_id) VALUES ($1, $2)")
                .bind(id)
                .bind(*sector_id)
                .execute(connection)
                .await?;
        });
    }
    Ok(())
}

/// Adds `delta` to the dashboard tally of (`partner_id`, `status`).
pub(crate) async fn bump_tally(
    conn: Conn<'_>,
    partner_id: i64,
    status: Status,
    delta: i64,
) -> Result<(), StoreError> {
    on_conn!(conn, connection => {
        sqlx::query(
            "INSERT INTO partner_status_counts (partner_id, status, n) VALUES ($1, $2, $3) \
             ON CONFLICT (partner_id, status) DO UPDATE SET n = partner_status_counts.n + excluded.n",
        )
        .bind(partner_id)
        .bind(status.as_str())
        .bind(delta)
        .execute(connection)
        .await?;
    });
    Ok(())
}

/// One entry of the status ledger (the `updates` table): a status change, or a note when
/// `from` is `None`.
pub(crate) struct LedgerEntry {
    pub from: Option<Status>,
    pub to: Status,
    pub note: String,
    pub evidence_url: Option<String>,
}

async fn insert_ledger_entry(
    conn: Conn<'_>,
    initiative_id: i64,
    entry: &LedgerEntry,
    actor: Option<i64>,
    at: DateTime<Utc>,
) -> Result<(), StoreError> {
    on_conn!(conn, connection => {
        sqlx::query(
            "INSERT INTO updates (initiative_id, author_id, created_at, from_status, to_status, note, evidence_url) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(initiative_id)
        .bind(actor)
        .bind(at)
        .bind(entry.from.map(Status::as_str))
        .bind(entry.to.as_str())
        .bind(&entry.note)
        .bind(&entry.evidence_url)
        .execute(connection)
        .await?;
    });
    Ok(())
}

/// Inserts `new` with its sectors, first ledger entry, tally, summary and audit event, and
/// answers the created initiative.
pub(crate) async fn insert_initiative<'c>(
    conn: impl Into<Conn<'c>>,
    new: &NewInitiative,
    actor: Option<i64>,
    at: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Initiative, StoreError> {
    insert_noted_initiative(conn, new, "", actor, at, today).await
}

/// [`insert_initiative`] with `note` on its first history entry (where it came from).
pub(crate) async fn insert_noted_initiative<'c>(
    conn: impl Into<Conn<'c>>,
    new: &NewInitiative,
    note: &str,
    actor: Option<i64>,
    at: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Initiative, StoreError> {
    let mut conn = conn.into();
    let fields = &new.fields;
    check_references(conn.again(), fields, None, &[]).await?;
    let sql = format!(
        "INSERT INTO initiatives (id, title, description, partner_id, meeting_id, owner_id, deadline, obligor, \
            strength, confidentiality, next_review_on, status, last_activity_on, version, created_at, updated_at) \
         VALUES ({}, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13, $13) RETURNING id",
        conn.fresh_id("initiatives", "initiative")
    );
    let id: i64 = on_conn!(conn.again(), connection => {
        let insert = sqlx::query_scalar(&sql);
        bind_editable!(insert, fields)
        .bind(new.status.as_str())
        .bind(today)
        .bind(at)
        .fetch_one(connection)
        .await?
    });
    write_sectors(conn.again(), id, &fields.sector_ids).await?;
    let first = LedgerEntry {
        from: None,
        to: new.status,
        note: note.to_owned(),
        evidence_url: None,
    };
    insert_ledger_entry(conn.again(), id, &first, actor, at).await?;
    bump_tally(conn.again(), fields.partner_id, new.status, 1).await?;
    let created = existing_initiative(conn.again(), id).await?;
    apply_summary(conn.again(), None, Some(&created)).await?;
    let mut created_changes = changes(None, &created);
    if !note.is_empty() {
        // The timeline reads the audit trail: where the initiative came from shows there.
        created_changes.insert("note".to_owned(), json!([null, note]));
    }
    let audit = AuditEntry {
        actor,
        at,
        entity: "initiative",
        entity_id: id,
        action: "create",
        changes: created_changes,
    };
    insert_audit(conn, audit).await?;
    Ok(created)
}

/// Who wrote a change, when, and what the history keeps of it beyond the changed fields.
pub(crate) struct Recorded {
    pub actor: Option<i64>,
    pub at: DateTime<Utc>,
    /// The audit action: `update`, `status`, `note`, `follow_up`.
    pub action: &'static str,
    /// The status ledger's entry, for a status change, a note or a follow-up.
    pub ledger: Option<LedgerEntry>,
    /// More `{ field: [old, new] }` pairs for the audit event (a follow-up's meeting).
    pub also: Map<String, Value>,
    /// A moved deadline, kept in the deadline ledger with its reason.
    pub deadline_move: Option<DeadlineMove>,
}

impl Recorded {
    /// An edit of the fields: the audit event lists what changed; the status ledger has
    /// nothing, the deadline ledger the move if the deadline moved.
    pub(crate) fn edit(
        actor: Option<i64>,
        at: DateTime<Utc>,
        deadline_move: Option<DeadlineMove>,
    ) -> Self {
        Self {
            actor,
            at,
            action: "update",
            ledger: None,
            also: Map::new(),
            deadline_move,
        }
    }

    /// A checked status change of `current`, or a note when the status stays.
    pub(crate) fn status_change(
        current: &Initiative,
        change: StatusChange,
        actor: Option<i64>,
        at: DateTime<Utc>,
    ) -> Self {
        let from = (change.to != current.status).then_some(current.status);
        Self {
            actor,
            at,
            action: if from.is_some() { "status" } else { "note" },
            ledger: Some(LedgerEntry {
                from,
                to: change.to,
                note: change.note,
                evidence_url: change.evidence_url,
            }),
            also: Map::new(),
            deadline_move: None,
        }
    }
}

/// The one way an existing initiative changes: writes `changed` (built by the domain from
/// `current` plus the change) if the row is still at `current.version`, then what follows
/// from the difference: sectors, tallies, the ledger entry, the summary and the audit event.
/// A row changed meanwhile (possible on PostgreSQL between the read and this write) answers
/// [`StoreError::Conflict`] with the row as it is now.
pub(crate) async fn write_change<'c>(
    conn: impl Into<Conn<'c>>,
    current: &Initiative,
    changed: &Initiative,
    recorded: Recorded,
) -> Result<(), StoreError> {
    let mut conn = conn.into();
    let id = current.id;
    let written = on_conn!(conn.again(), connection => {
        let update = sqlx::query(
            "UPDATE initiatives SET title = $1, description = $2, partner_id = $3, meeting_id = $4, owner_id = $5, \
                deadline = $6, obligor = $7, strength = $8, confidentiality = $9, next_review_on = $10, \
                status = $11, blocked_reason = $12, completed_on = $13, last_activity_on = $14, \
                updated_at = $15, version = $16, first_deadline = $19, deadline_moves = $20 \
             WHERE id = $17 AND version = $18",
        );
        bind_editable!(update, changed)
        .bind(changed.status.as_str())
        .bind(&changed.blocked_reason)
        .bind(changed.completed_on)
        .bind(changed.last_activity_on)
        .bind(changed.updated_at)
        .bind(changed.version)
        .bind(id)
        .bind(current.version)
        .bind(changed.first_deadline)
        .bind(changed.deadline_moves)
        .execute(connection)
        .await?
        .rows_affected()
    });
    if written == 0 {
        let now = existing_initiative(conn, id).await?;
        return Err(StoreError::Conflict(Box::new(now)));
    }
    if changed.sector_ids != current.sector_ids {
        write_sectors(conn.again(), id, &changed.sector_ids).await?;
    }
    if (changed.partner_id, changed.status) != (current.partner_id, current.status) {
        // Tally rows are locked in one order by every writer (partner, then status): two
        // writers moving initiatives of one partner in opposite directions (active ->
        // completed and completed -> active) would otherwise each hold the row the other
        // waits for, and PostgreSQL would abort one as a deadlock.
        let mut bumps = [
            (current.partner_id, current.status, -1),
            (changed.partner_id, changed.status, 1),
        ];
        bumps.sort_by_key(|(partner_id, status, _)| (*partner_id, status.as_str()));
        for (partner_id, status, delta) in bumps {
            bump_tally(conn.again(), partner_id, status, delta).await?;
        }
    }
    let mut audit = changes(Some(current), changed);
    if let Some(entry) = &recorded.ledger {
        insert_ledger_entry(conn.again(), id, entry, recorded.actor, recorded.at).await?;
        if !entry.note.is_empty() {
            audit.insert("note".to_owned(), json!([Value::Null, entry.note]));
        }
        if let Some(evidence) = &entry.evidence_url {
            audit.insert("evidence_url".to_owned(), json!([Value::Null, evidence]));
        }
    }
    audit.extend(recorded.also);
    if let Some(moved) = &recorded.deadline_move {
        insert_deadline_move(conn.again(), id, moved, recorded.actor, recorded.at).await?;
        audit.insert(
            "deadline_reason".to_owned(),
            json!([Value::Null, moved.reason]),
        );
    }
    apply_summary(conn.again(), Some(current), Some(changed)).await?;
    let entry = AuditEntry {
        actor: recorded.actor,
        at: recorded.at,
        entity: "initiative",
        entity_id: id,
        action: recorded.action,
        changes: audit,
    };
    insert_audit(conn, entry).await
}

/// Keeps a moved deadline in the deadline ledger.
async fn insert_deadline_move(
    conn: Conn<'_>,
    initiative_id: i64,
    moved: &DeadlineMove,
    actor: Option<i64>,
    at: DateTime<Utc>,
) -> Result<(), StoreError> {
    on_conn!(conn, connection => {
        sqlx::query(
            "INSERT INTO deadline_moves (initiative_id, moved_at, actor_id, from_deadline, to_deadline, reason) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(initiative_id)
        .bind(at)
        .bind(actor)
        .bind(moved.from)
        .bind(moved.to)
        .bind(&moved.reason)
        .execute(connection)
        .await?;
    });
    Ok(())
}
