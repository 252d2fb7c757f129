//! Meetings and their participants in the store.

use chrono::NaiveDate;

use super::{BeginWrite, Store, StoreError, like_pattern, now, with_db};
use crate::domain::{Meeting, MeetingSummary, NewMeeting, Participant, Side};
use crate::error::AppError;

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    held_on: NaiveDate,
    title: String,
    location: Option<String>,
    partner_id: i64,
    partner_name: String,
    participant_count: i64,
}

impl From<SummaryRow> for MeetingSummary {
    fn from(row: SummaryRow) -> Self {
        MeetingSummary {
            id: row.id,
            held_on: row.held_on,
            title: row.title,
            location: row.location,
            partner_id: row.partner_id,
            partner_name: row.partner_name,
            participant_count: row.participant_count,
        }
    }
}

#[derive(sqlx::FromRow)]
struct MeetingRow {
    id: i64,
    held_on: NaiveDate,
    title: String,
    location: Option<String>,
    partner_id: i64,
    partner_name: String,
    summary: Option<String>,
    readout: Option<String>,
    source_url: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ParticipantRow {
    name: String,
    title: Option<String>,
    organisation: Option<String>,
    side: String,
}

impl TryFrom<ParticipantRow> for Participant {
    type Error = StoreError;

    fn try_from(row: ParticipantRow) -> Result<Self, StoreError> {
        Ok(Participant {
            side: Side::parse(&row.side)
                .ok_or_else(|| StoreError::corrupt("participant side", &row.side))?,
            name: row.name,
            title: row.title,
            organisation: row.organisation,
        })
    }
}

/// The most meetings one list request returns.
pub const MAX_MEETINGS_PER_PAGE: i64 = 200;

const LIST_MEETINGS: &str = "\
    SELECT m.id, m.held_on, m.title, m.location, m.partner_id, p.name AS partner_name, \
           (SELECT COUNT(*) FROM meeting_participants mp WHERE mp.meeting_id = m.id) AS participant_count \
    FROM meetings m JOIN partners p ON p.id = m.partner_id \
    WHERE $1 = '' \
       OR lower(m.title) LIKE $2 ESCAPE '\\' \
       OR lower(p.name) LIKE $2 ESCAPE '\\' \
       OR lower(COALESCE(m.location, '')) LIKE $2 ESCAPE '\\' \
    ORDER BY m.held_on DESC, m.id DESC \
    LIMIT $3";

impl Store {
    /// Creates a meeting with its participants in one transaction.
    pub async fn create_meeting(&self, meeting: &NewMeeting) -> Result<i64, StoreError> {
        let now = now();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let partner: Option<i64> = sqlx::query_scalar("SELECT id FROM partners WHERE id = $1")
                .bind(meeting.partner_id)
                .fetch_optional(&mut *tx)
                .await?;
            if partner.is_none() {
                return Err(StoreError::Invalid(AppError::field("partner_id", "Choose a partner that exists.")));
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO meetings (held_on, title, location, partner_id, summary, readout, source_url, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            )
            .bind(meeting.held_on)
            .bind(&meeting.title)
            .bind(&meeting.location)
            .bind(meeting.partner_id)
            .bind(&meeting.summary)
            .bind(&meeting.readout)
            .bind(&meeting.source_url)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            for (position, participant) in meeting.participants.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO meeting_participants (meeting_id, position, name, title, organisation, side) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(id)
                .bind(i32::try_from(position).unwrap_or(i32::MAX))
                .bind(&participant.name)
                .bind(&participant.title)
                .bind(&participant.organisation)
                .bind(participant.side.as_str())
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            Ok(id)
        })
    }

    /// Meetings, newest first, whose title, partner or location contains `search`
    /// (case-insensitive; empty matches all). At most `limit` rows, capped at
    /// [`MAX_MEETINGS_PER_PAGE`].
    pub async fn list_meetings(
        &self,
        search: &str,
        limit: i64,
    ) -> Result<Vec<MeetingSummary>, StoreError> {
        let search = search.trim();
        let pattern = like_pattern(search);
        let limit = limit.clamp(1, MAX_MEETINGS_PER_PAGE);
        let rows: Vec<SummaryRow> = with_db!(self.db(), pool => {
            sqlx::query_as(LIST_MEETINGS)
                .bind(search)
                .bind(&pattern)
                .bind(limit)
                .fetch_all(pool)
                .await?
        });
        Ok(rows.into_iter().map(MeetingSummary::from).collect())
    }

    /// One meeting with its participants, in the order they were entered.
    pub async fn meeting(&self, id: i64) -> Result<Meeting, StoreError> {
        let (row, participants): (Option<MeetingRow>, Vec<ParticipantRow>) = with_db!(self.db(), pool => {
            let row = sqlx::query_as(
                "SELECT m.id, m.held_on, m.title, m.location, m.partner_id, p.name AS partner_name, \
                        m.summary, m.readout, m.source_url \
                 FROM meetings m JOIN partners p ON p.id = m.partner_id WHERE m.id = $1",
            )
            .bind(id)
            .fetch_optional(pool)
            .await?;
            let participants = sqlx::query_as(
                "SELECT name, title, organisation, side FROM meeting_participants \
                 WHERE meeting_id = $1 ORDER BY position",
            )
            .bind(id)
            .fetch_all(pool)
            .await?;
            (row, participants)
        });
        let row = row.ok_or(StoreError::NotFound("Meeting"))?;
        Ok(Meeting {
            id: row.id,
            held_on: row.held_on,
            title: row.title,
            location: row.location,
            partner_id: row.partner_id,
            partner_name: row.partner_name,
            summary: row.summary,
            readout: row.readout,
            source_url: row.source_url,
            participants: participants
                .into_iter()
                .map(Participant::try_from)
                .collect::<Result<_, _>>()?,
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
