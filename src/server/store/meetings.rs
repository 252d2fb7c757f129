//! Meetings and their participants in the store.

pub(super) mod steps;

pub(super) use steps::{existing_meeting, insert_meeting};

use chrono::NaiveDate;

use super::audit::{AuditEntry, changes, insert_audit};
use super::decode::decode;
use super::{BeginWrite, Store, StoreError, like_pattern, with_db};
use crate::domain::permission::{Action, Writer};
use crate::domain::{Meeting, MeetingSummary, NewMeeting, Participant};
use steps::{bind_meeting, check_meeting_partner, guarded_meeting, write_participants};

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    held_on: NaiveDate,
    title: String,
    location: Option<String>,
    partner_id: i64,
    partner_name: String,
    participant_count: i64,
    confidentiality: String,
}

impl TryFrom<SummaryRow> for MeetingSummary {
    type Error = StoreError;

    fn try_from(row: SummaryRow) -> Result<Self, StoreError> {
        Ok(MeetingSummary {
            confidentiality: decode("confidentiality", &row.confidentiality)?,
            id: row.id,
            held_on: row.held_on,
            title: row.title,
            location: row.location,
            partner_id: row.partner_id,
            partner_name: row.partner_name,
            participant_count: row.participant_count,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct MeetingRow {
    id: i64,
    held_on: NaiveDate,
    title: String,
    location: Option<String>,
    partner_id: i64,
    partner_name: String,
    summary: Option<String>,
    readout: Option<String>,
    source_url: Option<String>,
    confidentiality: String,
    version: i64,
}

#[derive(sqlx::FromRow)]
pub(super) struct ParticipantRow {
    name: String,
    title: Option<String>,
    organisation: Option<String>,
    side: String,
}

impl TryFrom<ParticipantRow> for Participant {
    type Error = StoreError;

    fn try_from(row: ParticipantRow) -> Result<Self, StoreError> {
        Ok(Participant {
            side: decode("participant side", &row.side)?,
            name: row.name,
            title: row.title,
            organisation: row.organisation,
        })
    }
}

/// The most meetings one list request returns.
pub const MAX_MEETINGS_PER_PAGE: i64 = 200;

/// `$4` true leaves restricted meetings out (for those who may not read them).
const LIST_MEETINGS: &str = "\
    SELECT m.id, m.held_on, m.title, m.location, m.partner_id, p.name AS partner_name, \
           (SELECT COUNT(*) FROM meeting_participants mp WHERE mp.meeting_id = m.id) AS participant_count, \
           m.confidentiality \
    FROM meetings m JOIN partners p ON p.id = m.partner_id \
    WHERE ($1 = '' \
       OR lower(m.title) LIKE $2 ESCAPE '\\' \
       OR lower(p.name) LIKE $2 ESCAPE '\\' \
       OR lower(COALESCE(m.location, '')) LIKE $2 ESCAPE '\\') \
      AND NOT ($4 AND m.confidentiality = 'restricted') \
    ORDER BY m.held_on DESC, m.id DESC \
    LIMIT $3";

const PARTNER_MEETINGS: &str = "\
    WITH RECURSIVE partner_tree (id) AS ( \
        SELECT id FROM partners WHERE id = $1 \
        UNION ALL SELECT p.id FROM partners p JOIN partner_tree t ON p.parent_id = t.id) \
    SELECT m.id, m.held_on, m.title, m.location, m.partner_id, p.name AS partner_name, \
           (SELECT COUNT(*) FROM meeting_participants mp WHERE mp.meeting_id = m.id) AS participant_count, \
           m.confidentiality \
    FROM meetings m JOIN partners p ON p.id = m.partner_id \
    WHERE m.partner_id IN (SELECT id FROM partner_tree) \
      AND NOT ($3 AND m.confidentiality = 'restricted') \
    ORDER BY m.held_on DESC, m.id DESC \
    LIMIT $2";

impl MeetingRow {
    pub(super) fn into_meeting(
        self,
        participants: Vec<ParticipantRow>,
    ) -> Result<Meeting, StoreError> {
        Ok(Meeting {
            id: self.id,
            held_on: self.held_on,
            title: self.title,
            location: self.location,
            partner_id: self.partner_id,
            partner_name: self.partner_name,
            summary: self.summary,
            readout: self.readout,
            source_url: self.source_url,
            confidentiality: decode("confidentiality", &self.confidentiality)?,
            version: self.version,
            participants: participants
                .into_iter()
                .map(Participant::try_from)
                .collect::<Result<_, _>>()?,
        })
    }
}

impl Store {
    /// Creates a meeting with its participants in one transaction.
    pub async fn create_meeting(
        &self,
        meeting: &NewMeeting,
        actor: Option<i64>,
    ) -> Result<i64, StoreError> {
        let at = self.now();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let id = insert_meeting(&mut *tx, meeting, actor, at).await?;
            tx.commit().await?;
            Ok(id)
        })
    }

    /// Changes a meeting and replaces its participants, in one transaction, if it is still at
    /// `expected_version`: otherwise [`StoreError::Changed`] and nothing is written (two people
    /// editing one meeting never silently overwrite each other). The writer is judged on the
    /// row inside the transaction: a meeting they may not read is not found.
    pub async fn update_meeting(
        &self,
        id: i64,
        expected_version: i64,
        meeting: &NewMeeting,
        writer: impl Into<Writer>,
    ) -> Result<Meeting, StoreError> {
        let at = self.now();
        let writer = writer.into();
        let actor = writer.user_id();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let current = guarded_meeting(&mut *tx, id, expected_version, writer, Action::EditMeeting).await?;
            check_meeting_partner(&mut *tx, meeting, Some(current.partner_id)).await?;
            let updated = sqlx::query(
                "UPDATE meetings SET held_on = $1, title = $2, location = $3, partner_id = $4, summary = $5, \
                    readout = $6, source_url = $7, confidentiality = $8, version = version + 1 \
                 WHERE id = $9 AND version = $10",
            );
            let updated = bind_meeting!(updated, meeting)
                .bind(id)
                .bind(expected_version)
                .execute(&mut *tx)
                .await?;
            if updated.rows_affected() == 0 {
                return Err(StoreError::Changed("Meeting"));
            }
            write_participants(&mut *tx, id, &meeting.participants).await?;
            let changed = existing_meeting(&mut *tx, id).await?;
            let audit = AuditEntry {
                actor,
                at,
                entity: "meeting",
                entity_id: id,
                action: "update",
                changes: changes(Some(&current), &changed),
            };
            insert_audit(&mut *tx, audit).await?;
            tx.commit().await?;
            Ok(changed)
        })
    }

    /// Meetings, newest first, whose title, partner or location contains `search`
    /// (case-insensitive; empty matches all). At most `limit` rows, capped at
    /// [`MAX_MEETINGS_PER_PAGE`].
    pub async fn list_meetings(
        &self,
        search: &str,
        limit: i64,
        hide_restricted: bool,
    ) -> Result<Vec<MeetingSummary>, StoreError> {
        // A control character matches nothing stored (and PostgreSQL refuses a NUL outright).
        let search = crate::domain::validation::storable_text(search);
        let search = search.trim();
        let pattern = like_pattern(search);
        let limit = limit.clamp(1, MAX_MEETINGS_PER_PAGE);
        let rows: Vec<SummaryRow> = with_db!(self.db(), pool => {
            sqlx::query_as(LIST_MEETINGS)
                .bind(search)
                .bind(&pattern)
                .bind(limit)
                .bind(hide_restricted)
                .fetch_all(pool)
                .await?
        });
        rows.into_iter().map(MeetingSummary::try_from).collect()
    }

    /// Meetings with `partner_id` or any partner under it, newest first.
    pub async fn partner_meetings(
        &self,
        partner_id: i64,
        limit: i64,
        hide_restricted: bool,
    ) -> Result<Vec<MeetingSummary>, StoreError> {
        let limit = limit.clamp(1, MAX_MEETINGS_PER_PAGE);
        let rows: Vec<SummaryRow> = with_db!(self.db(), pool => {
            sqlx::query_as(PARTNER_MEETINGS)
                .bind(partner_id)
                .bind(limit)
                .bind(hide_restricted)
                .fetch_all(pool)
                .await?
        });
        rows.into_iter().map(MeetingSummary::try_from).collect()
    }

    /// One meeting with its participants, in the order they were entered.
    pub async fn meeting(&self, id: i64) -> Result<Meeting, StoreError> {
        with_db!(self.db(), pool => {
            let mut conn = pool.acquire().await?;
            existing_meeting(&mut *conn, id).await
        })
    }

    /// The id of the meeting with this partner, date and title, if one exists
    /// (what makes the demo seed idempotent).
    pub async fn find_meeting(
        &self,
        partner_id: i64,
        held_on: NaiveDate,
        title: &str,
    ) -> Result<Option<i64>, StoreError> {
        Ok(with_db!(self.db(), pool => {
            sqlx::query_scalar("SELECT id FROM meetings WHERE partner_id = $1 AND held_on = $2 AND title = $3")
                .bind(partner_id)
                .bind(held_on)
                .bind(title)
                .fetch_optional(pool)
                .await?
        }))
    }
}
