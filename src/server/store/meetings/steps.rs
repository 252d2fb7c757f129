//! The steps of a meeting write, each on the caller's transaction ([`Conn`]).

use chrono::{DateTime, Utc};

use super::{MeetingRow, ParticipantRow};
use crate::domain::permission::{Action, RecordFacts, Writer};
use crate::domain::{Meeting, NewMeeting, Participant};
use crate::error::AppError;
use crate::server::store::StoreError;
use crate::server::store::audit::{AuditEntry, changes, insert_audit};
use crate::server::store::conn::{Conn, on_conn};
use crate::server::store::partners::usable_partner;

/// Binds a meeting's eight columns in the order INSERT and UPDATE list them: held_on, title,
/// location, partner_id, summary, readout, source_url, confidentiality. (A macro because the
/// query's type differs by engine; it only binds.)
macro_rules! bind_meeting {
    ($query:expr, $meeting:expr) => {{
        let meeting: &NewMeeting = $meeting;
        $query
            .bind(meeting.held_on)
            .bind(&meeting.title)
            .bind(&meeting.location)
            .bind(meeting.partner_id)
            .bind(&meeting.summary)
            .bind(&meeting.readout)
            .bind(&meeting.source_url)
            .bind(meeting.confidentiality.as_str())
    }};
}
pub(crate) use bind_meeting;

/// Reads one meeting with its participants.
pub(crate) async fn fetch_meeting<'c>(
    conn: impl Into<Conn<'c>>,
    id: i64,
) -> Result<Option<Meeting>, StoreError> {
    let mut conn = conn.into();
    let row: Option<MeetingRow> = on_conn!(conn.again(), connection => {
        sqlx::query_as(
            "SELECT m.id, m.held_on, m.title, m.location, m.partner_id, p.name AS partner_name, \
                    m.summary, m.readout, m.source_url, m.confidentiality, m.version \
             FROM meetings m JOIN partners p ON p.id = m.partner_id WHERE m.id = $1",
        )
        .bind(id)
        .fetch_optional(connection)
        .await?
    });
    let Some(row) = row else {
        return Ok(None);
    };
    let participants: Vec<ParticipantRow> = on_conn!(conn, connection => {
        sqlx::query_as(
            "SELECT name, title, organisation, side FROM meeting_participants \
             WHERE meeting_id = $1 ORDER BY position",
        )
        .bind(id)
        .fetch_all(connection)
        .await?
    });
    row.into_meeting(participants).map(Some)
}

/// Reads one meeting that must exist.
pub(crate) async fn existing_meeting<'c>(
    conn: impl Into<Conn<'c>>,
    id: i64,
) -> Result<Meeting, StoreError> {
    fetch_meeting(conn, id)
        .await?
        .ok_or(StoreError::NotFound("Meeting"))
}

/// Inside a write: reads meeting `id` and judges `writer` on it as it is now. A meeting they
/// may not read is not found; one they may read but not `action` is forbidden; one changed
/// since `expected_version` is [`StoreError::Changed`].
pub(crate) async fn guarded_meeting<'c>(
    conn: impl Into<Conn<'c>>,
    id: i64,
    expected_version: i64,
    writer: Writer,
    action: Action,
) -> Result<Meeting, StoreError> {
    let current = existing_meeting(conn, id).await?;
    let facts = RecordFacts {
        owner_id: None,
        confidentiality: Some(current.confidentiality),
    };
    if !writer.may(Action::ReadMeeting, facts) {
        return Err(StoreError::NotFound("Meeting"));
    }
    if !writer.may(action, facts) {
        return Err(StoreError::Forbidden);
    }
    if current.version != expected_version {
        return Err(StoreError::Changed("Meeting"));
    }
    Ok(current)
}

/// A meeting's partner must exist, and not be retired unless the meeting is already with it
/// (`current_partner`).
pub(super) async fn check_meeting_partner<'c>(
    conn: impl Into<Conn<'c>>,
    meeting: &NewMeeting,
    current_partner: Option<i64>,
) -> Result<(), StoreError> {
    match usable_partner(conn, meeting.partner_id, current_partner).await? {
        Ok(_) => Ok(()),
        Err(message) => Err(StoreError::Invalid(AppError::field("partner_id", message))),
    }
}

/// Replaces a meeting's participants, in order.
pub(super) async fn write_participants<'c>(
    conn: impl Into<Conn<'c>>,
    meeting_id: i64,
    participants: &[Participant],
) -> Result<(), StoreError> {
    let mut conn = conn.into();
    on_conn!(conn.again(), connection => {
        sqlx::query("DELETE FROM meeting_participants WHERE meeting_id = $1")
            .bind(meeting_id)
            .execute(connection)
            .await?;
    });
    for (position, participant) in participants.iter().enumerate() {
        on_conn!(conn.again(), connection => {
            sqlx::query(
                "INSERT INTO meeting_participants (meeting_id, position, name, title, organisation, side) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(meeting_id)
            .bind(i32::try_from(position).unwrap_or(i32::MAX))
            .bind(&participant.name)
            .bind(&participant.title)
            .bind(&participant.organisation)
            .bind(participant.side.as_str())
            .execute(connection)
            .await?;
        });
    }
    Ok(())
}

/// Inserts `meeting` with its participants and audit event; answers its id.
pub(crate) async fn insert_meeting<'c>(
    conn: impl Into<Conn<'c>>,
    meeting: &NewMeeting,
    actor: Option<i64>,
    at: DateTime<Utc>,
) -> Result<i64, StoreError> {
    let mut conn = conn.into();
    check_meeting_partner(conn.again(), meeting, None).await?;
    let sql = format!(
        "INSERT INTO meetings (id, held_on, title, location, partner_id, summary, readout, source_url, \
            confidentiality, created_at) \
         VALUES ({}, $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        conn.fresh_id("meetings", "meeting")
    );
    let id: i64 = on_conn!(conn.again(), connection => {
        let insert = sqlx::query_scalar(&sql);
        bind_meeting!(insert, meeting).bind(at).fetch_one(connection).await?
    });
    write_participants(conn.again(), id, &meeting.participants).await?;
    let created = existing_meeting(conn.again(), id).await?;
    let audit = AuditEntry {
        actor,
        at,
        entity: "meeting",
        entity_id: id,
        action: "create",
        changes: changes(None, &created),
    };
    insert_audit(conn, audit).await?;
    Ok(id)
}
