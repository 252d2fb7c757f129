//! Initiatives: what was agreed, who owns it, by when, and how it is going.

mod change;
mod filter;
mod slippage;

pub use change::{AuditEvent, ShownNames, StatusChange, StatusChangeInput, Update};
pub use filter::{Cursor, InitiativeFilter, InitiativeSort, MAX_SEARCH_CHARS, Page};
pub use slippage::{DEADLINE_REASON, DeadlineMove, DeadlineMoveEntry, Slippage};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::health::{Health, health};
use super::status::Status;
use super::text_enum::text_enum;
use super::validation::{
    MAX_LINE, MAX_TEXT, optional_date, optional_text, required_id, required_text,
};
use crate::error::{AppError, FieldErrors};

const NEEDS_DEADLINE: &str = "Set a deadline; only proposed initiatives may go without one.";
const NEEDS_OWNER: &str = "Choose an owner; only proposed initiatives may go without one.";

/// Most sectors one initiative can carry.
pub const MAX_SECTORS: usize = 16;

text_enum! {
    /// Who owes the next step.
    pub enum Obligor {
        Us => ("us", "Us"),
        Them => ("them", "Them"),
        Joint => ("joint", "Joint"),
    }
}

text_enum! {
    /// How binding the commitment is.
    pub enum Strength {
        /// Agreed, signed, resolved, scheduled.
        Firm => ("firm", "Firm"),
        /// Interest, readiness, hope, proposal, invitation.
        Soft => ("soft", "Soft"),
    }
}

text_enum! {
    /// Who may read the record.
    pub enum Confidentiality {
        Public => ("public", "Public"),
        Internal => ("internal", "Internal"),
        /// Invisible to viewers.
        Restricted => ("restricted", "Restricted"),
    }
}

/// A stored initiative with the names its pages show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Initiative {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub partner_id: i64,
    pub partner_name: String,
    pub meeting_id: Option<i64>,
    pub owner_id: Option<i64>,
    pub owner_name: Option<String>,
    pub deadline: Option<NaiveDate>,
    /// The first deadline agreed, kept when the deadline first moved (`None` while it never
    /// did: then the deadline is the first one).
    pub first_deadline: Option<NaiveDate>,
    /// How many times a set deadline was moved or removed.
    pub deadline_moves: i64,
    pub sector_ids: Vec<i64>,
    pub status: Status,
    pub blocked_reason: Option<String>,
    pub obligor: Obligor,
    pub strength: Strength,
    pub confidentiality: Confidentiality,
    pub next_review_on: Option<NaiveDate>,
    pub completed_on: Option<NaiveDate>,
    /// The day of the last status change, note, evidence or follow-up meeting: what "stale"
    /// is measured from. Edits of the fields (a title, a deadline) are not activity.
    pub last_activity_on: NaiveDate,
    /// Bumped by every change; a write names the version it started from.
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Initiative {
    pub fn health(&self, today: NaiveDate) -> Health {
        health(self.status, self.deadline, self.last_activity_on, today)
    }

    /// What decides who may read or change it.
    pub fn facts(&self) -> super::permission::RecordFacts {
        super::permission::RecordFacts {
            owner_id: self.owner_id,
            confidentiality: Some(self.confidentiality),
        }
    }
}

/// One row of an initiative list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InitiativeSummary {
    pub id: i64,
    pub title: String,
    pub partner_id: i64,
    pub partner_name: String,
    pub owner_id: Option<i64>,
    pub owner_name: Option<String>,
    pub deadline: Option<NaiveDate>,
    pub status: Status,
    pub health: Health,
    pub last_activity_on: NaiveDate,
    pub updated_at: DateTime<Utc>,
}

/// An initiative as typed into a form: raw strings, so nothing typed is lost.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InitiativeInput {
    pub title: String,
    pub description: String,
    pub partner_id: String,
    pub meeting_id: String,
    pub owner_id: String,
    pub deadline: String,
    pub sector_ids: Vec<String>,
    pub status: String,
    pub obligor: String,
    pub strength: String,
    pub confidentiality: String,
    pub next_review_on: String,
    /// Why a set deadline moves (the edit form only; required when it does).
    pub deadline_reason: String,
}

impl InitiativeInput {
    /// The form values that show `initiative` as it is.
    pub fn from_initiative(initiative: &Initiative) -> Self {
        let id = |id: Option<i64>| id.map(|id| id.to_string()).unwrap_or_default();
        let date = |date: Option<NaiveDate>| date.map(|d| d.to_string()).unwrap_or_default();
        Self {
            title: initiative.title.clone(),
            description: initiative.description.clone(),
            partner_id: initiative.partner_id.to_string(),
            meeting_id: id(initiative.meeting_id),
            owner_id: id(initiative.owner_id),
            deadline: date(initiative.deadline),
            sector_ids: initiative.sector_ids.iter().map(i64::to_string).collect(),
            status: initiative.status.as_str().to_owned(),
            obligor: initiative.obligor.as_str().to_owned(),
            strength: initiative.strength.as_str().to_owned(),
            confidentiality: initiative.confidentiality.as_str().to_owned(),
            next_review_on: date(initiative.next_review_on),
            deadline_reason: String::new(),
        }
    }

    /// The names of the fields whose values differ between two inputs (status aside, which
    /// the edit form does not change), trimmed and order-insensitive for sectors.
    pub fn differing_fields(&self, other: &Self) -> Vec<&'static str> {
        let mut mine = self.sector_ids.clone();
        let mut theirs = other.sector_ids.clone();
        mine.retain(|s| !s.trim().is_empty());
        theirs.retain(|s| !s.trim().is_empty());
        mine.sort();
        theirs.sort();
        let pairs: [(&'static str, &str, &str); 10] = [
            ("title", &self.title, &other.title),
            ("description", &self.description, &other.description),
            ("partner_id", &self.partner_id, &other.partner_id),
            ("meeting_id", &self.meeting_id, &other.meeting_id),
            ("owner_id", &self.owner_id, &other.owner_id),
            ("deadline", &self.deadline, &other.deadline),
            ("obligor", &self.obligor, &other.obligor),
            ("strength", &self.strength, &other.strength),
            (
                "confidentiality",
                &self.confidentiality,
                &other.confidentiality,
            ),
            (
                "next_review_on",
                &self.next_review_on,
                &other.next_review_on,
            ),
        ];
        let mut fields: Vec<&'static str> = pairs
            .into_iter()
            .filter(|(_, a, b)| a.trim() != b.trim())
            .map(|(field, _, _)| field)
            .collect();
        if mine != theirs {
            fields.push("sector_ids");
        }
        fields
    }
}

/// The checked fields of an initiative, for creating one or editing one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitiativeFields {
    pub title: String,
    pub description: String,
    pub partner_id: i64,
    pub meeting_id: Option<i64>,
    pub owner_id: Option<i64>,
    pub deadline: Option<NaiveDate>,
    pub sector_ids: Vec<i64>,
    pub obligor: Obligor,
    pub strength: Strength,
    pub confidentiality: Confidentiality,
    pub next_review_on: Option<NaiveDate>,
}

/// A new initiative: its fields and the status it starts in (proposed or active).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInitiative {
    pub fields: InitiativeFields,
    pub status: Status,
}

fn optional_id(errors: &mut FieldErrors, field: &str, label: &str, raw: &str) -> Option<i64> {
    if raw.trim().is_empty() {
        None
    } else {
        required_id(errors, field, label, raw)
    }
}

fn choice<T>(errors: &mut FieldErrors, field: &str, message: &str, parsed: Option<T>) -> Option<T> {
    if parsed.is_none() {
        errors.add(field, message);
    }
    parsed
}

impl InitiativeFields {
    /// Checks the fields. `status` is the status the initiative will be in: only proposed
    /// (or closed) initiatives may lack a deadline or an owner.
    // Long because: one form, checked field by field in the order it shows them.
    pub(crate) fn parse(
        input: &InitiativeInput,
        status: Option<Status>,
        errors: &mut FieldErrors,
    ) -> Option<Self> {
        let title = required_text(errors, "title", "Title", &input.title, MAX_LINE);
        let description = optional_text(
            errors,
            "description",
            "Description",
            &input.description,
            MAX_TEXT,
        )
        .unwrap_or_default();
        let partner_id = required_id(errors, "partner_id", "Partner", &input.partner_id);
        let meeting_id = optional_id(errors, "meeting_id", "Meeting", &input.meeting_id);
        let owner_id = optional_id(errors, "owner_id", "Owner", &input.owner_id);
        let deadline = optional_date(errors, "deadline", "Deadline", &input.deadline);
        let next_review_on = optional_date(
            errors,
            "next_review_on",
            "Next review",
            &input.next_review_on,
        );
        let obligor = choice(
            errors,
            "obligor",
            "Choose who owes the next step.",
            Obligor::parse(&input.obligor),
        );
        let strength = choice(
            errors,
            "strength",
            "Choose firm or soft.",
            Strength::parse(&input.strength),
        );
        let confidentiality = choice(
            errors,
            "confidentiality",
            "Choose who may read this initiative.",
            Confidentiality::parse(&input.confidentiality),
        );

        let mut sector_ids = Vec::new();
        for raw in input.sector_ids.iter().filter(|raw| !raw.trim().is_empty()) {
            match raw.trim().parse::<i64>() {
                Ok(id) if id > 0 => {
                    if !sector_ids.contains(&id) {
                        sector_ids.push(id);
                    }
                }
                _ => errors.add("sector_ids", "Choose sectors from the list."),
            }
        }
        if sector_ids.len() > MAX_SECTORS {
            errors.add(
                "sector_ids",
                format!("Choose at most {MAX_SECTORS} sectors."),
            );
        }
        sector_ids.sort_unstable();

        let needs_schedule = matches!(status, Some(Status::Active | Status::Blocked));
        if needs_schedule && deadline.is_none() && input.deadline.trim().is_empty() {
            errors.add("deadline", NEEDS_DEADLINE);
        }
        if needs_schedule && owner_id.is_none() && input.owner_id.trim().is_empty() {
            errors.add("owner_id", NEEDS_OWNER);
        }

        Some(InitiativeFields {
            title,
            description,
            partner_id: partner_id?,
            meeting_id,
            owner_id,
            deadline,
            sector_ids,
            obligor: obligor?,
            strength: strength?,
            confidentiality: confidentiality?,
            next_review_on,
        })
    }

    /// Active and blocked initiatives must keep a deadline and an owner.
    pub fn check_for_status(&self, status: Status) -> Result<(), AppError> {
        let mut errors = FieldErrors::new();
        if matches!(status, Status::Active | Status::Blocked) {
            if self.deadline.is_none() {
                errors.add("deadline", NEEDS_DEADLINE);
            }
            if self.owner_id.is_none() {
                errors.add("owner_id", NEEDS_OWNER);
            }
        }
        errors.into_result(())
    }

    /// Checks an edit. The form carries the status its page showed, so that every message
    /// shows at once; the store checks [`Self::check_for_status`] again on the row.
    pub fn parse_edit(input: &InitiativeInput) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let fields = Self::parse(input, Status::parse(&input.status), &mut errors);
        match fields {
            Some(fields) if errors.is_empty() => Ok(fields),
            _ => Err(AppError::Validation(errors)),
        }
    }
}

impl NewInitiative {
    /// Checks a new initiative. A new one starts proposed or active, and its deadline may not
    /// lie in the past.
    pub fn parse(input: &InitiativeInput, today: NaiveDate) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let status = match Status::parse(&input.status) {
            Some(status @ (Status::Proposed | Status::Active)) => Some(status),
            _ => {
                errors.add("status", "A new initiative starts as proposed or active.");
                None
            }
        };
        let fields = InitiativeFields::parse(input, status, &mut errors);
        // Judged on the raw field, so the message shows even when other fields are wrong.
        if let Ok(deadline) = NaiveDate::parse_from_str(input.deadline.trim(), "%Y-%m-%d")
            && deadline < today
        {
            errors.add(
                "deadline",
                "The deadline of a new initiative cannot be in the past.",
            );
        }
        match (fields, status) {
            (Some(fields), Some(status)) if errors.is_empty() => {
                Ok(NewInitiative { fields, status })
            }
            _ => Err(AppError::Validation(errors)),
        }
    }
}

/// A deadline must not come before the meeting the initiative came out of.
pub fn check_deadline_after_meeting(
    deadline: Option<NaiveDate>,
    meeting_held_on: NaiveDate,
) -> Result<(), AppError> {
    match deadline {
        Some(deadline) if deadline < meeting_held_on => Err(AppError::field(
            "deadline",
            "The deadline cannot be before the meeting it came from.",
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    fn input() -> InitiativeInput {
        InitiativeInput {
            title: "Joint study of a container shuttle across the Caspian".into(),
            description: "".into(),
            partner_id: "4".into(),
            meeting_id: "2".into(),
            owner_id: "1".into(),
            deadline: "2027-03-31".into(),
            sector_ids: vec!["3".into(), "3".into(), "".into(), "1".into()],
            status: "active".into(),
            obligor: "joint".into(),
            strength: "firm".into(),
            confidentiality: "internal".into(),
            next_review_on: "".into(),
            deadline_reason: "".into(),
        }
    }

    #[test]
    fn a_valid_initiative_parses_with_sectors_deduplicated() {
        let new = NewInitiative::parse(&input(), day("2026-11-28")).expect("valid");
        assert_eq!(new.status, Status::Active);
        assert_eq!(new.fields.sector_ids, [1, 3]);
        assert_eq!(new.fields.meeting_id, Some(2));
        assert_eq!(new.fields.obligor, Obligor::Joint);
    }

    #[test]
    fn a_new_initiative_rejects_a_past_deadline_and_names_every_bad_field() {
        let mut bad = input();
        bad.title = " ".into();
        bad.deadline = "2026-01-01".into();
        bad.obligor = "nobody".into();
        bad.sector_ids = vec!["x".into()];
        let error = NewInitiative::parse(&bad, day("2026-11-28")).expect_err("invalid");
        let fields = error.field_errors().expect("validation");
        for field in ["title", "deadline", "obligor", "sector_ids"] {
            assert!(fields.get(field).is_some(), "no message for {field}");
        }
    }

    #[test]
    fn only_proposed_initiatives_may_lack_deadline_and_owner() {
        let mut unscheduled = input();
        unscheduled.deadline = String::new();
        unscheduled.owner_id = String::new();
        let error =
            NewInitiative::parse(&unscheduled, day("2026-11-28")).expect_err("active needs both");
        let fields = error.field_errors().expect("validation");
        assert!(fields.get("deadline").is_some() && fields.get("owner_id").is_some());
        unscheduled.status = "proposed".into();
        assert!(NewInitiative::parse(&unscheduled, day("2026-11-28")).is_ok());
        unscheduled.status = "completed".into();
        assert!(NewInitiative::parse(&unscheduled, day("2026-11-28")).is_err());
    }

    #[test]
    fn deadlines_cannot_precede_the_meeting() {
        assert!(check_deadline_after_meeting(Some(day("2026-03-09")), day("2026-03-10")).is_err());
        assert!(check_deadline_after_meeting(Some(day("2026-03-10")), day("2026-03-10")).is_ok());
        assert!(check_deadline_after_meeting(None, day("2026-03-10")).is_ok());
    }
}
