//! Meetings: when, where and with whom we met, and what the readout said.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::initiative::Confidentiality;
use super::text_enum::text_enum;
use super::validation::{
    MAX_LINE, MAX_TEXT, optional_text, optional_url, required_date, required_id, required_text,
};
use crate::error::{AppError, FieldErrors};

/// The longest readout we keep with a meeting (the importer refuses longer text too).
pub const MAX_READOUT: usize = crate::readout::MAX_INPUT_BYTES;
/// More participants than this is a data-entry mistake, not a meeting.
pub const MAX_PARTICIPANTS: usize = 100;

text_enum! {
    /// Which side of the table a participant sat on.
    pub enum Side {
        Ours => ("ours", "Our side"),
        Theirs => ("theirs", "Their side"),
    }
}

/// Someone who took part in a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub name: String,
    pub title: Option<String>,
    pub organisation: Option<String>,
    pub side: Side,
}

/// A stored meeting with everything its page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: i64,
    pub held_on: NaiveDate,
    pub title: String,
    pub location: Option<String>,
    pub partner_id: i64,
    pub partner_name: String,
    pub summary: Option<String>,
    pub readout: Option<String>,
    pub source_url: Option<String>,
    pub participants: Vec<Participant>,
    /// Who may read it: a restricted meeting is invisible to viewers.
    pub confidentiality: Confidentiality,
    /// Counts the meeting's changes; an edit names the version it started from.
    pub version: i64,
}

/// One row of the meetings list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingSummary {
    pub id: i64,
    pub held_on: NaiveDate,
    pub title: String,
    pub location: Option<String>,
    pub partner_id: i64,
    pub partner_name: String,
    pub participant_count: i64,
    pub confidentiality: Confidentiality,
}

/// A participant as typed into a form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ParticipantInput {
    pub name: String,
    pub title: String,
    pub organisation: String,
    pub side: String,
}

/// A meeting as typed into a form: every field a raw string, so nothing typed is lost.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MeetingInput {
    pub title: String,
    pub held_on: String,
    pub location: String,
    pub partner_id: String,
    pub summary: String,
    pub readout: String,
    pub source_url: String,
    pub participants: Vec<ParticipantInput>,
    /// Empty means internal, what every form preselects.
    pub confidentiality: String,
}

impl MeetingInput {
    /// The form values that show `meeting` as it is.
    pub fn from_meeting(meeting: &Meeting) -> Self {
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        Self {
            title: meeting.title.clone(),
            held_on: meeting.held_on.to_string(),
            location: text(&meeting.location),
            partner_id: meeting.partner_id.to_string(),
            summary: text(&meeting.summary),
            readout: text(&meeting.readout),
            source_url: text(&meeting.source_url),
            participants: meeting
                .participants
                .iter()
                .map(|p| ParticipantInput {
                    name: p.name.clone(),
                    title: text(&p.title),
                    organisation: text(&p.organisation),
                    side: p.side.as_str().to_owned(),
                })
                .collect(),
            confidentiality: meeting.confidentiality.as_str().to_owned(),
        }
    }
}

/// A meeting about to be created, already checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMeeting {
    pub held_on: NaiveDate,
    pub title: String,
    pub location: Option<String>,
    pub partner_id: i64,
    pub summary: Option<String>,
    pub readout: Option<String>,
    pub source_url: Option<String>,
    pub participants: Vec<Participant>,
    pub confidentiality: Confidentiality,
}

impl NewMeeting {
    /// Checks every field, collecting one message per bad field.
    ///
    /// Participant rows left wholly blank are dropped (forms offer spare rows).
    // Long because: one form, checked field by field in the order it shows them.
    pub fn parse(input: &MeetingInput) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let title = required_text(&mut errors, "title", "Title", &input.title, MAX_LINE);
        let held_on = required_date(&mut errors, "held_on", "Meeting date", &input.held_on);
        let location = optional_text(
            &mut errors,
            "location",
            "Location",
            &input.location,
            MAX_LINE,
        );
        let partner_id = required_id(&mut errors, "partner_id", "Partner", &input.partner_id);
        let summary = optional_text(&mut errors, "summary", "Summary", &input.summary, MAX_TEXT);
        let readout = optional_text(
            &mut errors,
            "readout",
            "Readout",
            &input.readout,
            MAX_READOUT,
        );
        let source_url = optional_url(&mut errors, "source_url", "Source link", &input.source_url);
        let confidentiality = match input.confidentiality.trim() {
            "" => Some(Confidentiality::Internal),
            raw => Confidentiality::parse(raw),
        };
        if confidentiality.is_none() {
            errors.add("confidentiality", "Choose who may read this meeting.");
        }

        let rows: Vec<&ParticipantInput> = input
            .participants
            .iter()
            .filter(|p| {
                !(p.name.trim().is_empty()
                    && p.title.trim().is_empty()
                    && p.organisation.trim().is_empty())
            })
            .collect();
        if rows.len() > MAX_PARTICIPANTS {
            errors.add(
                "participants",
                format!("A meeting can list at most {MAX_PARTICIPANTS} participants."),
            );
        }
        let mut participants = Vec::with_capacity(rows.len());
        for (index, row) in rows.iter().enumerate() {
            let field = |name: &str| format!("participants[{index}].{name}");
            let name = required_text(&mut errors, &field("name"), "Name", &row.name, MAX_LINE);
            let title = optional_text(&mut errors, &field("title"), "Title", &row.title, MAX_LINE);
            let organisation = optional_text(
                &mut errors,
                &field("organisation"),
                "Organisation",
                &row.organisation,
                MAX_LINE,
            );
            let side = Side::parse(&row.side);
            if side.is_none() {
                errors.add(&field("side"), "Choose our side or their side.");
            }
            if let Some(side) = side {
                participants.push(Participant {
                    name,
                    title,
                    organisation,
                    side,
                });
            }
        }

        match (held_on, partner_id, confidentiality) {
            (Some(held_on), Some(partner_id), Some(confidentiality)) if errors.is_empty() => {
                Ok(NewMeeting {
                    held_on,
                    title,
                    location,
                    partner_id,
                    summary,
                    readout,
                    source_url,
                    participants,
                    confidentiality,
                })
            }
            _ => Err(AppError::Validation(errors)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn valid_input() -> MeetingInput {
        MeetingInput {
            title: "Ambassador meets the Minister-President of Flanders".into(),
            held_on: "2026-03-10".into(),
            location: "Brussels".into(),
            partner_id: "3".into(),
            summary: "Trade and logistics.".into(),
            readout: String::new(),
            source_url: "https://www.gov.kz/".into(),
            participants: vec![
                ParticipantInput {
                    name: "A. Diplomat".into(),
                    title: "Ambassador".into(),
                    organisation: String::new(),
                    side: "ours".into(),
                },
                ParticipantInput::default(),
            ],
            confidentiality: String::new(),
        }
    }

    #[test]
    fn a_valid_meeting_parses_and_drops_blank_participant_rows() {
        let meeting = NewMeeting::parse(&valid_input()).expect("valid");
        assert_eq!(meeting.partner_id, 3);
        assert_eq!(meeting.participants.len(), 1);
        assert_eq!(meeting.participants[0].side, Side::Ours);
        assert_eq!(meeting.participants[0].organisation, None);
        assert_eq!(meeting.readout, None);
        assert_eq!(meeting.confidentiality, Confidentiality::Internal);
    }

    #[test]
    fn confidentiality_is_one_of_the_three_levels() {
        let mut input = valid_input();
        input.confidentiality = "restricted".into();
        let meeting = NewMeeting::parse(&input).expect("valid");
        assert_eq!(meeting.confidentiality, Confidentiality::Restricted);
        input.confidentiality = "secret".into();
        let error = NewMeeting::parse(&input).expect_err("invalid");
        assert!(
            error
                .field_errors()
                .and_then(|f| f.get("confidentiality"))
                .is_some()
        );
    }

    #[test]
    fn bad_fields_are_named() {
        let mut input = valid_input();
        input.title = String::new();
        input.held_on = "next week".into();
        input.partner_id = String::new();
        input.source_url = "javascript:alert(1)".into();
        input.participants[0].side = "neutral".into();
        let error = NewMeeting::parse(&input).expect_err("invalid");
        let fields = error.field_errors().expect("validation");
        for field in [
            "title",
            "held_on",
            "partner_id",
            "source_url",
            "participants[0].side",
        ] {
            assert!(fields.get(field).is_some(), "no message for {field}");
        }
    }

    #[test]
    fn a_participant_needs_a_name() {
        let mut input = valid_input();
        input.participants[0].name = " ".into();
        let error = NewMeeting::parse(&input).expect_err("invalid");
        assert_eq!(
            error
                .field_errors()
                .and_then(|f| f.get("participants[0].name")),
            Some("Name is required.")
        );
    }

    proptest! {
        #[test]
        fn parsing_arbitrary_input_never_panics(
            title in ".{0,250}", held_on in ".{0,12}", partner in ".{0,5}", url in ".{0,40}"
        ) {
            let input = MeetingInput { title, held_on, partner_id: partner, source_url: url, ..Default::default() };
            if let Ok(meeting) = NewMeeting::parse(&input) {
                prop_assert!(!meeting.title.is_empty());
                prop_assert!(meeting.partner_id > 0);
            }
        }
    }
}
