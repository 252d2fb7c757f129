//! Reviewing a pasted readout: the proposals the extractor made, as a form the officer
//! edits, and the rules that turn the reviewed form into a meeting and its initiatives.
//!
//! Field errors use the meeting form's names for the meeting ("title", "participants[0].name")
//! and `commitments[i].<field>` for each proposal, so every message sits next to its field.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::initiative::check_deadline_after_meeting;
use super::meeting::ParticipantInput;
use super::validation::optional_url;
use super::{
    Confidentiality, InitiativeInput, MeetingInput, NewInitiative, NewMeeting, Obligor, Side,
    Strength,
};
use crate::error::{AppError, FieldErrors};
use crate::readout::{self, Proposal, ReadoutError};

mod matching;
pub use matching::*;

mod highlight;
pub use highlight::*;

/// The paste form: the readout text and where it was published.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReadoutTextInput {
    pub text: String,
    pub source_url: String,
}

/// A pasted readout, checked enough to keep as a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadoutText {
    pub text: String,
    pub source_url: Option<String>,
}

/// A pasted readout kept for review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadoutDraft {
    pub id: i64,
    pub created_by: i64,
    pub created_at: DateTime<Utc>,
    pub source_url: Option<String>,
    pub body: String,
    /// The meeting it became, once the review was saved.
    pub meeting_id: Option<i64>,
}

/// Drafts longer than this are refused outright; up to it they are kept so the officer can
/// shorten them (the extractor itself stops at [`readout::MAX_INPUT_BYTES`]).
pub const MAX_DRAFT_BYTES: usize = 4 * readout::MAX_INPUT_BYTES;

impl ReadoutText {
    /// The text must not be blank. A text over the extractor's limit is still accepted as a
    /// draft, so what was pasted is not lost: the review page says it is too long.
    pub fn parse(input: &ReadoutTextInput) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let cleaned = super::validation::storable_text(&input.text);
        let text = cleaned.trim_end();
        if text.trim().is_empty() {
            errors.add("text", "Paste the text of the readout.");
        } else if text.len() > MAX_DRAFT_BYTES {
            errors.add("text", too_long(text.len()));
        }
        let source_url = optional_url(&mut errors, "source_url", "Source link", &input.source_url);
        if errors.is_empty() {
            Ok(ReadoutText {
                text: text.to_owned(),
                source_url,
            })
        } else {
            Err(AppError::Validation(errors))
        }
    }
}

/// Said beside the meeting's date when the readout gives only its publication date.
pub const DATE_FROM_PUBLICATION: &str =
    "The readout does not say when the meeting was held: this is its publication date.";
/// Said beside the meeting's date when the readout gives none.
pub const DATE_UNKNOWN: &str = "The readout does not say when the meeting was held.";

/// The message for a readout over the extractor's limit.
pub fn too_long(bytes: usize) -> String {
    let error = ReadoutError::TooLarge {
        bytes,
        max: readout::MAX_INPUT_BYTES,
    };
    format!("{error} Paste only the readout of this meeting.")
}

/// What to do with one proposed commitment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Track it as a new initiative of the meeting.
    Create,
    /// It is already tracked: record the meeting on that initiative instead.
    Link,
    /// Not a commitment worth tracking.
    Reject,
}

impl Decision {
    pub const ALL: [Decision; 3] = [Decision::Create, Decision::Link, Decision::Reject];

    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Create => "create",
            Decision::Link => "link",
            Decision::Reject => "reject",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == raw.trim())
    }

    pub fn label(self) -> &'static str {
        match self {
            Decision::Create => "Create an initiative",
            Decision::Link => "Add to an existing initiative",
            Decision::Reject => "Reject",
        }
    }
}

/// One proposal as the officer left it: every field a raw string, so nothing typed is lost.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProposalInput {
    pub decision: String,
    pub title: String,
    pub description: String,
    pub owner_id: String,
    pub deadline: String,
    pub status: String,
    pub obligor: String,
    pub strength: String,
    pub sector_ids: Vec<String>,
    /// The initiative to add the meeting to, when the decision is [`Decision::Link`].
    pub link_id: String,
}

/// The review form: the meeting and one entry per proposed commitment, in the order the
/// extractor found them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImportInput {
    pub meeting: MeetingInput,
    pub commitments: Vec<ProposalInput>,
}

/// What one accepted proposal becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportAction {
    /// A new initiative; its meeting is the one being created.
    Create(NewInitiative),
    /// Record the new meeting on this existing initiative, quoting the readout.
    Link { initiative_id: i64 },
}

/// A reviewed proposal that is not rejected, with its position in the review form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportItem {
    pub index: usize,
    pub action: ImportAction,
}

/// A reviewed readout, checked: the meeting and what to do with each kept proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedImport {
    pub meeting: NewMeeting,
    pub items: Vec<ImportItem>,
}

/// The error key of a field of proposal `index`.
pub fn commitment_field(index: usize, field: &str) -> String {
    format!("commitments[{index}].{field}")
}

impl CheckedImport {
    /// Checks the meeting and every kept proposal, collecting one message per bad field.
    pub fn parse(input: &ImportInput, today: NaiveDate) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let meeting = match NewMeeting::parse(&input.meeting) {
            Ok(meeting) => Some(meeting),
            Err(error) => {
                merge(&mut errors, &error, |field| field.to_owned());
                None
            }
        };
        let held_on = meeting.as_ref().map(|m| m.held_on);
        let mut items = Vec::new();
        for (index, proposal) in input.commitments.iter().enumerate() {
            let key = |field: &str| commitment_field(index, field);
            match Decision::parse(&proposal.decision) {
                None => errors.add(&key("decision"), "Choose what to do with this proposal."),
                Some(Decision::Reject) => {}
                Some(Decision::Link) => match proposal.link_id.trim().parse::<i64>() {
                    Ok(initiative_id) if initiative_id > 0 => items.push(ImportItem {
                        index,
                        action: ImportAction::Link { initiative_id },
                    }),
                    _ => errors.add(
                        &key("link_id"),
                        "Choose the initiative to add this meeting to.",
                    ),
                },
                Some(Decision::Create) => {
                    let initiative = proposal.to_initiative_input(&input.meeting.partner_id);
                    match NewInitiative::parse(&initiative, today) {
                        Ok(new) => {
                            let too_early = held_on.and_then(|held_on| {
                                check_deadline_after_meeting(new.fields.deadline, held_on).err()
                            });
                            if let Some(error) = too_early {
                                merge(&mut errors, &error, |field| key(field));
                            }
                            items.push(ImportItem {
                                index,
                                action: ImportAction::Create(new),
                            });
                        }
                        // The partner is the meeting's: its message is already at the meeting.
                        Err(error) => merge(&mut errors, &error, |field| {
                            if field == "partner_id" {
                                String::new()
                            } else {
                                key(field)
                            }
                        }),
                    }
                }
            }
        }
        match meeting {
            Some(meeting) if errors.is_empty() => Ok(CheckedImport { meeting, items }),
            _ => Err(AppError::Validation(errors)),
        }
    }
}

/// Copies the field messages of `error` into `errors` under `rename(field)` (skipped when
/// the new name is empty).
fn merge(errors: &mut FieldErrors, error: &AppError, rename: impl Fn(&str) -> String) {
    if let Some(fields) = error.field_errors() {
        for (field, message) in fields.iter() {
            let renamed = rename(field);
            if !renamed.is_empty() {
                errors.add(&renamed, message);
            }
        }
    }
}

impl ProposalInput {
    /// The new-initiative form this proposal fills in, with the meeting's partner.
    pub fn to_initiative_input(&self, partner_id: &str) -> InitiativeInput {
        InitiativeInput {
            title: self.title.clone(),
            description: self.description.clone(),
            partner_id: partner_id.to_owned(),
            meeting_id: String::new(),
            owner_id: self.owner_id.clone(),
            deadline: self.deadline.clone(),
            sector_ids: self.sector_ids.clone(),
            status: self.status.clone(),
            obligor: self.obligor.clone(),
            strength: self.strength.clone(),
            confidentiality: "internal".into(),
            next_review_on: String::new(),
            deadline_reason: String::new(),
        }
    }

    /// A firm commitment nobody owns or without a date is the kind that gets forgotten.
    pub fn needs_owner_or_deadline(&self) -> bool {
        self.missing_for_firm().is_some()
    }

    /// What a firm commitment about to be created lacks, in words ("a deadline").
    pub fn missing_for_firm(&self) -> Option<&'static str> {
        if self.decision != Decision::Create.as_str() || self.strength != "firm" {
            return None;
        }
        match (
            self.owner_id.trim().is_empty(),
            self.deadline.trim().is_empty(),
        ) {
            (true, true) => Some("an owner and a deadline"),
            (true, false) => Some("an owner"),
            (false, true) => Some("a deadline"),
            (false, false) => None,
        }
    }
}

/// What the review form offers to choose from, as (id, name) pairs.
pub struct ImportChoices<'a> {
    pub partners: &'a [(i64, &'a str)],
    pub sectors: &'a [(i64, &'a str)],
    /// Who owns what is created unless the officer picks someone else.
    pub owner_id: Option<i64>,
    /// Open initiatives a proposal could be added to, as (id, title).
    pub open_initiatives: &'a [(i64, &'a str)],
}

impl ImportInput {
    /// The review form as the extractor proposes it: the meeting (title, date, partner,
    /// participants) and every commitment to be created, with the named sectors.
    // Long because: one review form, filled field by field from the proposal; each step stands alone.
    pub fn from_proposal(
        proposal: &Proposal,
        source_url: Option<&str>,
        choices: &ImportChoices,
        today: NaiveDate,
    ) -> Self {
        let partner_id = match_partner(proposal, choices.partners);
        let held_on = proposal.meeting_day.or(proposal.metadata.dateline);
        let title = proposal
            .metadata
            .title
            .clone()
            .or_else(|| {
                proposal
                    .partner_region
                    .as_ref()
                    .map(|region| format!("Meeting with {region}"))
            })
            .unwrap_or_default();
        let participants = proposal
            .parties
            .iter()
            .take(super::meeting::MAX_PARTICIPANTS)
            .map(|party| ParticipantInput {
                name: party.name.clone(),
                title: party.title.clone().unwrap_or_default(),
                organisation: party.organisation.clone().unwrap_or_default(),
                // Unknown sides are theirs: our delegation is usually named.
                side: party.side.map_or(Side::Theirs, Side::from).as_str().into(),
            })
            .collect();
        let sector_ids: Vec<String> = proposal
            .sectors
            .iter()
            .filter_map(|found| {
                choices
                    .sectors
                    .iter()
                    .find(|(_, name)| name.eq_ignore_ascii_case(&found.name))
                    .map(|(id, _)| id.to_string())
            })
            .collect();
        let meeting = MeetingInput {
            title,
            held_on: held_on.map(|d| d.to_string()).unwrap_or_default(),
            location: String::new(),
            partner_id: partner_id.map(|id| id.to_string()).unwrap_or_default(),
            summary: String::new(),
            readout: String::new(),
            source_url: source_url
                .map(str::to_owned)
                .or_else(|| {
                    proposal
                        .metadata
                        .source
                        .clone()
                        .filter(|s| s.starts_with("https://") || s.starts_with("http://"))
                })
                .unwrap_or_default(),
            participants,
            confidentiality: Confidentiality::Internal.as_str().into(),
        };
        let commitments = proposal
            .commitments
            .iter()
            .map(|commitment| {
                let link = likely_duplicate(&commitment.item, choices.open_initiatives);
                ProposalInput {
                    decision: Decision::Create.as_str().into(),
                    title: title_from(&commitment.item),
                    description: commitment.text.clone(),
                    owner_id: choices
                        .owner_id
                        .map(|id| id.to_string())
                        .unwrap_or_default(),
                    deadline: commitment
                        .due
                        .as_deref()
                        .and_then(|due| deadline_from_due(due, today))
                        .filter(|deadline| held_on.is_none_or(|held_on| *deadline >= held_on))
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    status: "proposed".into(),
                    obligor: Obligor::from(commitment.obligor).as_str().into(),
                    strength: Strength::from(commitment.strength).as_str().into(),
                    sector_ids: sector_ids.clone(),
                    link_id: link.map(|id| id.to_string()).unwrap_or_default(),
                }
            })
            .collect();
        ImportInput {
            meeting,
            commitments,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    const SEED: &str = "source: seed document (gov.kz)\n\
        title: Ambassador of Kazakhstan to Belgium met the Minister-President of Flanders\n\
        date: published 2026-03-11\n\n\
        Ambassador of Kazakhstan to Belgium Roman Vassilenko held a meeting with the \
        Minister-President of the Government of Flanders Matthias Diependaele. The parties \
        discussed cooperation in trade and logistics. At the conclusion of the meeting, the \
        parties agreed to continue dialogue aimed at implementing joint initiatives and projects.";

    fn proposal() -> Proposal {
        readout::extract(
            SEED,
            date(2026, 3, 12),
            &crate::domain::sector::default_sector_synonyms(),
        )
        .expect("extracts")
    }

    fn choices<'a>(
        partners: &'a [(i64, &'a str)],
        sectors: &'a [(i64, &'a str)],
        open: &'a [(i64, &'a str)],
    ) -> ImportChoices<'a> {
        ImportChoices {
            partners,
            sectors,
            owner_id: Some(7),
            open_initiatives: open,
        }
    }

    #[test]
    fn the_seed_readout_fills_in_the_meeting_and_its_commitment() {
        let partners = [(1, "Belgium"), (2, "\u{2003}Flanders")];
        let sectors = [
            (10, "Trade"),
            (11, "Transport and logistics"),
            (12, "Health"),
        ];
        let input = ImportInput::from_proposal(
            &proposal(),
            None,
            &choices(&partners, &sectors, &[]),
            date(2026, 3, 12),
        );
        assert_eq!(input.meeting.partner_id, "2", "the region, not the country");
        assert_eq!(input.meeting.held_on, "2026-03-11", "the publication date");
        assert!(
            input
                .meeting
                .title
                .contains("Minister-President of Flanders")
        );
        assert!(
            input
                .meeting
                .participants
                .iter()
                .any(|p| p.name == "Roman Vassilenko")
        );
        let firm = input
            .commitments
            .iter()
            .find(|c| c.strength == "firm")
            .expect("a firm commitment");
        assert!(
            firm.title.starts_with("Continue dialogue"),
            "{}",
            firm.title
        );
        assert_eq!(firm.owner_id, "7");
        assert_eq!(firm.status, "proposed");
        assert_eq!(firm.decision, "create");
        assert!(firm.sector_ids.contains(&"10".to_owned()));
        assert!(!firm.sector_ids.contains(&"12".to_owned()));
        assert_eq!(
            firm.missing_for_firm(),
            Some("a deadline"),
            "no deadline was stated"
        );
        let mut unowned = firm.clone();
        unowned.owner_id.clear();
        assert_eq!(unowned.missing_for_firm(), Some("an owner and a deadline"));
        unowned.decision = "reject".into();
        assert!(
            !unowned.needs_owner_or_deadline(),
            "rejected: nothing to flag"
        );
        let checked = CheckedImport::parse(&input, date(2026, 3, 12)).expect("valid as proposed");
        assert_eq!(checked.items.len(), input.commitments.len());
    }

    #[test]
    fn a_tracked_initiative_is_suggested_instead_of_a_duplicate() {
        let open = [
            (5, "Agro-food export mission to Flanders"),
            (
                6,
                "Keep up the dialogue with Flanders on joint initiatives and projects",
            ),
        ];
        let input = ImportInput::from_proposal(
            &proposal(),
            None,
            &choices(&[], &[], &open),
            date(2026, 3, 12),
        );
        let firm = input
            .commitments
            .iter()
            .find(|c| c.strength == "firm")
            .expect("firm");
        assert_eq!(firm.link_id, "6");
        assert_eq!(firm.decision, "create", "a suggestion, not a decision");
        assert_eq!(
            likely_duplicate("Sign a memorandum on pharmaceuticals", &open),
            None
        );
    }

    #[test]
    fn errors_name_the_proposal_and_its_field() {
        let mut input = ImportInput::from_proposal(
            &proposal(),
            None,
            &choices(&[(2, "Flanders")], &[], &[]),
            date(2026, 3, 12),
        );
        input.commitments.push(ProposalInput {
            decision: "create".into(),
            title: String::new(),
            deadline: "2026-03-01".into(),
            status: "proposed".into(),
            obligor: "joint".into(),
            strength: "firm".into(),
            ..Default::default()
        });
        input.commitments.push(ProposalInput {
            decision: "link".into(),
            ..Default::default()
        });
        input.commitments.push(ProposalInput {
            decision: "maybe".into(),
            ..Default::default()
        });
        input.meeting.title = String::new();
        input.meeting.partner_id = String::new();
        let n = input.commitments.len();
        let error = CheckedImport::parse(&input, date(2026, 3, 12)).expect_err("invalid");
        let fields = error.field_errors().expect("validation");
        assert!(fields.get("title").is_some(), "the meeting's title");
        assert!(fields.get(&commitment_field(n - 3, "title")).is_some());
        assert!(fields.get(&commitment_field(n - 3, "deadline")).is_some());
        assert!(fields.get(&commitment_field(n - 2, "link_id")).is_some());
        assert!(fields.get(&commitment_field(n - 1, "decision")).is_some());
        assert!(fields.get("partner_id").is_some());
        assert!(
            fields
                .iter()
                .all(|(field, _)| field != "commitments[0].partner_id")
        );
    }

    #[test]
    fn rejected_proposals_are_not_checked_and_a_deadline_cannot_precede_the_meeting() {
        let mut input = ImportInput::from_proposal(
            &proposal(),
            None,
            &choices(&[(2, "Flanders")], &[], &[]),
            date(2026, 3, 1),
        );
        for c in &mut input.commitments {
            c.decision = "reject".into();
            c.title = String::new();
        }
        let checked = CheckedImport::parse(&input, date(2026, 3, 1)).expect("all rejected");
        assert!(checked.items.is_empty());
        input.commitments[0].decision = "create".into();
        input.commitments[0].title = "Early".into();
        input.commitments[0].deadline = "2026-03-05".into();
        let error = CheckedImport::parse(&input, date(2026, 3, 1)).expect_err("before meeting");
        assert!(
            error
                .field_errors()
                .and_then(|f| f.get("commitments[0].deadline"))
                .is_some()
        );
    }

    #[test]
    fn a_paste_must_have_text_and_may_be_long_but_not_huge() {
        let blank = ReadoutText::parse(&ReadoutTextInput {
            text: " \n ".into(),
            ..Default::default()
        });
        assert!(
            blank
                .expect_err("blank")
                .field_errors()
                .and_then(|f| f.get("text"))
                .is_some()
        );
        let long = "word ".repeat(readout::MAX_INPUT_BYTES / 4);
        assert!(
            ReadoutText::parse(&ReadoutTextInput {
                text: long,
                ..Default::default()
            })
            .is_ok()
        );
        let huge = "x".repeat(MAX_DRAFT_BYTES + 1);
        assert!(
            ReadoutText::parse(&ReadoutTextInput {
                text: huge,
                ..Default::default()
            })
            .is_err()
        );
        let bad_link = ReadoutText::parse(&ReadoutTextInput {
            text: "Text".into(),
            source_url: "javascript:alert(1)".into(),
        });
        assert!(bad_link.is_err());
    }

    #[test]
    fn deadlines_come_from_stated_dates_and_periods() {
        let today = date(2026, 3, 12);
        assert_eq!(
            deadline_from_due("2026-06-30", today),
            Some(date(2026, 6, 30))
        );
        assert_eq!(deadline_from_due("2026-06", today), Some(date(2026, 6, 30)));
        assert_eq!(
            deadline_from_due("2026-12", today),
            Some(date(2026, 12, 31))
        );
        assert_eq!(deadline_from_due("2026", today), Some(date(2026, 12, 31)));
        assert_eq!(
            deadline_from_due("2026-04/2026-05", today),
            Some(date(2026, 5, 31))
        );
        assert_eq!(deadline_from_due("--05-09", today), None);
        assert_eq!(deadline_from_due("2025", today), None, "past");
        assert_eq!(deadline_from_due("soon", today), None);
    }

    #[test]
    fn highlights_mark_each_span_once() {
        let text = "We agreed to meet. They hope to sign.";
        let segments = highlight(text, &[(3, 17), (19, 36), (10, 20), (50, 60)]);
        let marked: Vec<_> = segments
            .iter()
            .filter_map(|s| s.mark.map(|m| (m, s.text.as_str())))
            .collect();
        assert_eq!(
            marked,
            vec![(0, "agreed to meet"), (2, ". T"), (1, "hey hope to sign")]
        );
    }

    proptest! {
        #[test]
        fn highlighted_pieces_join_back_into_the_text(
            text in "\\PC{0,80}",
            spans in proptest::collection::vec((0usize..100, 0usize..100), 0..6)
        ) {
            let segments = highlight(&text, &spans);
            let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
            prop_assert_eq!(joined, text);
        }

        #[test]
        fn similarity_is_between_zero_and_one(a in "\\PC{0,60}", b in "\\PC{0,60}") {
            let score = similarity(&a, &b);
            prop_assert!((0.0..=1.0).contains(&score));
        }
    }
}
