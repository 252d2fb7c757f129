//! Changes to a stored initiative: a status update as typed and as checked, and the record
//! each kind of write leaves behind, built from the current record plus the change (so the
//! store writes it without reading the row back).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{Initiative, InitiativeFields};
use crate::domain::status::{Schedule, Status, check_transition};
use crate::domain::validation::{MAX_TEXT, optional_text, optional_url};
use crate::error::{AppError, FieldErrors};

/// A status update (or a progress note when the status stays the same), as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StatusChangeInput {
    pub to_status: String,
    pub note: String,
    pub evidence_url: String,
}

/// A checked status update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    pub to: Status,
    pub note: String,
    pub evidence_url: Option<String>,
}

impl StatusChange {
    /// Checks the input against the initiative's current state and the transition rules.
    pub fn parse(input: &StatusChangeInput, current: &Initiative) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let to = Status::parse(&input.to_status);
        if to.is_none() {
            errors.add("to_status", "Choose a status.");
        }
        let note =
            optional_text(&mut errors, "note", "Note", &input.note, MAX_TEXT).unwrap_or_default();
        let evidence_url = optional_url(
            &mut errors,
            "evidence_url",
            "Evidence link",
            &input.evidence_url,
        );
        let Some(to) = to else {
            return Err(AppError::Validation(errors));
        };
        if errors.is_empty() {
            let schedule = Schedule {
                has_deadline: current.deadline.is_some(),
                has_owner: current.owner_id.is_some(),
            };
            if let Err(rule) =
                check_transition(current.status, to, &note, evidence_url.as_deref(), schedule)
            {
                errors.add(rule.field(), rule.to_string());
            }
        }
        errors.into_result(StatusChange {
            to,
            note,
            evidence_url,
        })
    }
}

/// One entry of an initiative's history: a status change or a progress note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Update {
    pub id: i64,
    pub initiative_id: i64,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub created_at: DateTime<Utc>,
    pub from_status: Option<Status>,
    pub to_status: Status,
    pub note: String,
    pub evidence_url: Option<String>,
}

/// An append-only record of a change to any record: who, when, what, old → new.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub id: i64,
    pub occurred_at: DateTime<Utc>,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    pub entity: String,
    pub entity_id: i64,
    pub action: String,
    /// JSON object `{ field: [old, new] }`.
    pub changes: String,
}

/// The names an initiative shows for its partner and owner, looked up by the store when an
/// edit names other ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownNames {
    pub partner_name: String,
    pub owner_name: Option<String>,
}

impl Initiative {
    /// The record after one more write at `at` on `today`: a new version, and activity today.
    pub fn touched(&self, today: NaiveDate, at: DateTime<Utc>) -> Initiative {
        Initiative {
            version: self.version + 1,
            last_activity_on: today,
            updated_at: at,
            ..self.clone()
        }
    }

    /// The record under another partner after an admin merged its partner into that one.
    /// Not activity: the initiative is as fresh or as stale as it was.
    pub fn moved_to_partner(
        &self,
        partner_id: i64,
        partner_name: &str,
        at: DateTime<Utc>,
    ) -> Initiative {
        Initiative {
            partner_id,
            partner_name: partner_name.to_owned(),
            version: self.version + 1,
            updated_at: at,
            ..self.clone()
        }
    }

    /// The record no longer tied to a meeting an admin deleted. Not activity either.
    pub fn without_meeting(&self, at: DateTime<Utc>) -> Initiative {
        Initiative {
            meeting_id: None,
            version: self.version + 1,
            updated_at: at,
            ..self.clone()
        }
    }

    /// The record after its editable fields become `fields` (whose partner and owner are
    /// called `names`). Sectors are kept in id order, as the store reads them; a moved
    /// deadline is counted and the first one kept.
    pub fn edited(
        &self,
        fields: &InitiativeFields,
        names: ShownNames,
        today: NaiveDate,
        at: DateTime<Utc>,
    ) -> Initiative {
        let mut sector_ids = fields.sector_ids.clone();
        sector_ids.sort_unstable();
        sector_ids.dedup();
        let (first_deadline, deadline_moves) = self.deadline_history_after(fields.deadline);
        Initiative {
            title: fields.title.clone(),
            description: fields.description.clone(),
            partner_id: fields.partner_id,
            partner_name: names.partner_name,
            meeting_id: fields.meeting_id,
            owner_id: fields.owner_id,
            owner_name: names.owner_name,
            deadline: fields.deadline,
            first_deadline,
            deadline_moves,
            sector_ids,
            obligor: fields.obligor,
            strength: fields.strength,
            confidentiality: fields.confidentiality,
            next_review_on: fields.next_review_on,
            // Aging goes by evidence: an edit (a new title, a moved deadline) does not make
            // an initiative fresh.
            last_activity_on: self.last_activity_on,
            ..self.touched(today, at)
        }
    }

    /// The record after a checked status change (or a note, when the status stays): a
    /// blocked initiative carries the note as its reason; completion is dated the first day
    /// it is reached.
    pub fn with_status(
        &self,
        change: &StatusChange,
        today: NaiveDate,
        at: DateTime<Utc>,
    ) -> Initiative {
        let completed_on = match change.to {
            Status::Completed if self.status == Status::Completed => self.completed_on,
            Status::Completed => Some(today),
            _ => None,
        };
        Initiative {
            status: change.to,
            blocked_reason: (change.to == Status::Blocked).then(|| change.note.clone()),
            completed_on,
            ..self.touched(today, at)
        }
    }
}
