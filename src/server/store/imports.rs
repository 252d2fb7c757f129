//! Pasted readouts kept for review, and the one transaction that turns a reviewed readout
//! into a meeting, new initiatives and follow-ups on initiatives already tracked.

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Map, Value, json};

use super::decode::decode;
use super::initiatives::{
    LedgerEntry, Recorded, fetch_initiative, insert_initiative, write_change,
};
use super::meetings::insert_meeting;
use super::{BeginWrite, Store, StoreError, with_db};
use crate::domain::import::{
    CheckedImport, ImportAction, ReadoutDraft, ReadoutText, commitment_field,
};
use crate::domain::{Confidentiality, Initiative, NewInitiative, NewMeeting};
use crate::error::{AppError, FieldErrors};

#[derive(sqlx::FromRow)]
struct DraftRow {
    id: i64,
    created_by: i64,
    created_at: DateTime<Utc>,
    source_url: Option<String>,
    body: String,
    meeting_id: Option<i64>,
}

/// An open initiative a reviewed proposal could be added to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenInitiative {
    pub id: i64,
    pub title: String,
    pub owner_id: Option<i64>,
    pub confidentiality: Confidentiality,
}

#[derive(sqlx::FromRow)]
struct OpenRow {
    id: i64,
    title: String,
    owner_id: Option<i64>,
    confidentiality: String,
}

const OPEN_OF_PARTNER: &str = "\
    WITH RECURSIVE partner_tree (id) AS ( \
        SELECT id FROM partners WHERE id = $1 \
        UNION ALL SELECT p.id FROM partners p JOIN partner_tree t ON p.parent_id = t.id) \
    SELECT i.id, i.title, i.owner_id, i.confidentiality FROM initiatives i \
    WHERE i.partner_id IN (SELECT id FROM partner_tree) AND i.status IN ('proposed', 'active', 'blocked') \
    ORDER BY i.due_key, i.id LIMIT $2";

/// Moves the field messages of a store refusal about proposal `index` under its name.
fn about_proposal(error: StoreError, index: usize) -> StoreError {
    match error {
        StoreError::Invalid(AppError::Validation(found)) => {
            let mut errors = FieldErrors::new();
            for (field, message) in found.iter() {
                errors.add(&commitment_field(index, field), message);
            }
            StoreError::Invalid(AppError::Validation(errors))
        }
        other => other,
    }
}

fn refuse(index: usize, field: &str, message: &str) -> StoreError {
    StoreError::Invalid(AppError::field(&commitment_field(index, field), message))
}

impl Store {
    /// Keeps a pasted readout for review; returns its id.
    pub async fn save_readout_draft(
        &self,
        text: &ReadoutText,
        created_by: i64,
    ) -> Result<i64, StoreError> {
        let at = self.now();
        Ok(with_db!(self.db(), pool => {
            sqlx::query_scalar(
                "INSERT INTO readout_imports (created_by, created_at, source_url, body) \
                 VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(created_by)
            .bind(at)
            .bind(&text.source_url)
            .bind(&text.text)
            .fetch_one(pool)
            .await?
        }))
    }

    /// One pasted readout.
    pub async fn readout_draft(&self, id: i64) -> Result<ReadoutDraft, StoreError> {
        let row: Option<DraftRow> = with_db!(self.db(), pool => {
            sqlx::query_as(
                "SELECT id, created_by, created_at, source_url, body, meeting_id \
                 FROM readout_imports WHERE id = $1",
            )
            .bind(id)
            .fetch_optional(pool)
            .await?
        });
        let row = row.ok_or(StoreError::NotFound("Readout"))?;
        Ok(ReadoutDraft {
            id: row.id,
            created_by: row.created_by,
            created_at: row.created_at,
            source_url: row.source_url,
            body: row.body,
            meeting_id: row.meeting_id,
        })
    }

    /// Open initiatives of `partner_id` and the partners under it, earliest deadline first.
    pub async fn open_initiatives_of(
        &self,
        partner_id: i64,
        limit: i64,
    ) -> Result<Vec<OpenInitiative>, StoreError> {
        let rows: Vec<OpenRow> = with_db!(self.db(), pool => {
            sqlx::query_as(OPEN_OF_PARTNER)
                .bind(partner_id)
                .bind(limit.clamp(1, 500))
                .fetch_all(pool)
                .await?
        });
        rows.into_iter()
            .map(|row| {
                Ok(OpenInitiative {
                    confidentiality: decode("confidentiality", &row.confidentiality)?,
                    id: row.id,
                    title: row.title,
                    owner_id: row.owner_id,
                })
            })
            .collect()
    }

    /// Turns reviewed draft `draft_id` into a meeting (with the readout as its text), a new
    /// initiative for each accepted proposal and a follow-up entry, quoting `quotes[index]`,
    /// on each initiative a proposal was added to. All or nothing. A draft already turned
    /// into a meeting is not imported twice: the answer is that meeting.
    pub async fn import_readout(
        &self,
        draft_id: i64,
        import: &CheckedImport,
        quotes: &[String],
        actor: Option<i64>,
        today: NaiveDate,
    ) -> Result<i64, StoreError> {
        let at = self.now();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let draft: Option<(Option<i64>, String)> =
                sqlx::query_as("SELECT meeting_id, body FROM readout_imports WHERE id = $1")
                    .bind(draft_id)
                    .fetch_optional(&mut *tx)
                    .await?;
            let body = match draft {
                None => return Err(StoreError::NotFound("Readout")),
                Some((Some(meeting_id), _)) => return Ok(meeting_id),
                Some((None, body)) => body,
            };
            let mut meeting: NewMeeting = import.meeting.clone();
            meeting.readout = Some(body);
            let meeting_id = insert_meeting(&mut *tx, &meeting, actor, at).await?;
            for item in &import.items {
                match &item.action {
                    ImportAction::Create(new) => {
                        let mut new: NewInitiative = new.clone();
                        new.fields.partner_id = meeting.partner_id;
                        new.fields.meeting_id = Some(meeting_id);
                        insert_initiative(&mut *tx, &new, actor, at, today)
                            .await
                            .map_err(|error| about_proposal(error, item.index))?;
                    }
                    ImportAction::Link { initiative_id } => {
                        let current = fetch_initiative(&mut *tx, *initiative_id).await?.ok_or_else(|| {
                            refuse(item.index, "link_id", "That initiative no longer exists.")
                        })?;
                        if current.status.is_closed() {
                            return Err(refuse(
                                item.index,
                                "link_id",
                                "That initiative is closed: create a new one instead.",
                            ));
                        }
                        sqlx::query(
                            "INSERT INTO initiative_meetings (initiative_id, meeting_id) VALUES ($1, $2)",
                        )
                        .bind(current.id)
                        .bind(meeting_id)
                        .execute(&mut *tx)
                        .await?;
                        let quote = quotes.get(item.index).map(String::as_str).unwrap_or_default();
                        let recorded = follow_up(&current, &meeting, meeting_id, quote, actor, at);
                        let changed = current.touched(today, at);
                        write_change(&mut *tx, &current, &changed, recorded).await?;
                    }
                }
            }
            let claimed = sqlx::query(
                "UPDATE readout_imports SET meeting_id = $1 WHERE id = $2 AND meeting_id IS NULL",
            )
            .bind(meeting_id)
            .bind(draft_id)
            .execute(&mut *tx)
            .await?;
            if claimed.rows_affected() == 0 {
                // Saved twice at once: the other save won; show its meeting.
                drop(tx);
                return self
                    .readout_draft(draft_id)
                    .await?
                    .meeting_id
                    .ok_or(StoreError::NotFound("Meeting"));
            }
            tx.commit().await?;
            Ok(meeting_id)
        })
    }
}

/// What a follow-up records: the quote, on the status ledger and so on the history timeline
/// (the audit trail), and the meeting it was discussed at.
fn follow_up(
    current: &Initiative,
    meeting: &NewMeeting,
    meeting_id: i64,
    quote: &str,
    actor: Option<i64>,
    at: DateTime<Utc>,
) -> Recorded {
    let note = format!(
        "Discussed again at “{}” on {}: “{}”",
        meeting.title, meeting.held_on, quote
    );
    let mut also = Map::new();
    also.insert("meeting_id".to_owned(), json!([Value::Null, meeting_id]));
    Recorded {
        actor,
        at,
        action: "follow_up",
        ledger: Some(LedgerEntry {
            from: None,
            to: current.status,
            note,
            evidence_url: None,
        }),
        also,
        deadline_move: None,
    }
}
