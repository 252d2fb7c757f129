//! Server functions for importing a readout: paste it, review what Accord proposes, save.
//!
//! The pasted text is kept as a draft (so a review survives a reload and works without
//! JavaScript); the extractor runs on the server each time the review is shown or saved.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api::initiatives::Choice;
use crate::domain::import::{ImportInput, ReadoutTextInput, Segment};
use crate::error::AppError;

/// What the review shows about one proposed commitment, beside its form fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalView {
    /// The exact words it came from.
    pub quote: String,
    /// "Continue dialogue", "Memorandum", …
    pub kind: String,
    /// "firm" or "soft".
    pub strength: String,
    /// The words that made it a commitment ("agreed to").
    pub trigger: String,
    /// The date phrase as written, when one was stated.
    pub due_text: Option<String>,
    /// An open initiative it probably repeats.
    pub similar: Option<Choice>,
}

/// A pasted readout under review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReview {
    pub id: i64,
    /// The readout, cut into plain and highlighted pieces (mark `i` is proposal `i`).
    pub segments: Vec<Segment>,
    /// Set when the text is over the extractor's limit: nothing is proposed.
    pub too_long: Option<String>,
    /// Set once the review was saved: the meeting it became.
    pub meeting_id: Option<i64>,
    pub proposals: Vec<ProposalView>,
    /// The review form as proposed.
    pub defaults: ImportInput,
    /// Where the meeting date came from, when it was not stated.
    pub date_note: Option<String>,
    /// The partner region named in the text, when no partner matched it.
    pub unmatched_partner: Option<String>,
    /// Open initiatives of the partner a proposal may be added to.
    pub open_initiatives: Vec<Choice>,
}

/// How many open initiatives the review offers to add a proposal to.
pub const LINK_CHOICES: i64 = 200;

#[cfg(feature = "ssr")]
mod server {
    use crate::domain::import::ReadoutDraft;
    use crate::domain::permission::{Action, RecordFacts};
    use crate::domain::{Sector, User};
    use crate::error::AppError;
    use crate::server::store::Store;

    /// The signed-in user who may import, and the store.
    pub async fn importer() -> Result<(User, Store), AppError> {
        let user = crate::server::auth::require_user().await?;
        crate::server::auth::authorize(&user, Action::CreateMeeting, RecordFacts::default())?;
        Ok((user, crate::server::state::store()?))
    }

    /// A draft is its author's (and visible to admins); to anyone else it does not exist.
    /// Open initiatives of `partner_id` (and the partners under it) that `user` may change:
    /// only those can have a proposal added to them.
    pub async fn linkable(
        store: &Store,
        user: &User,
        partner_id: i64,
    ) -> Result<Vec<crate::server::store::OpenInitiative>, AppError> {
        use crate::domain::permission::{Action, RecordFacts, can};
        let open = store
            .open_initiatives_of(partner_id, super::LINK_CHOICES)
            .await?;
        Ok(open
            .into_iter()
            .filter(|o| {
                let facts = RecordFacts {
                    owner_id: o.owner_id,
                    confidentiality: Some(o.confidentiality),
                };
                can(user.actor(), Action::EditInitiative, facts)
            })
            .collect())
    }

    pub async fn own_draft(
        store: &Store,
        user: &User,
        raw_id: &str,
    ) -> Result<ReadoutDraft, AppError> {
        let id = crate::api::path_id(raw_id, "Readout")?;
        let draft = store.readout_draft(id).await?;
        if draft.created_by != user.id && user.role != crate::domain::Role::Admin {
            return Err(AppError::not_found("Readout"));
        }
        Ok(draft)
    }

    /// What the extractor looks for: the store's sectors that are not retired, each with the
    /// synonyms admins keep for it, the built-in ones of a built-in sector, and (for an
    /// admin-added sector) its name.
    pub fn sector_synonyms(sectors: &[Sector]) -> Vec<crate::readout::SectorSynonyms> {
        let builtin = crate::domain::sector::default_sector_synonyms();
        sectors
            .iter()
            .filter(|sector| !sector.is_retired())
            .map(|sector| {
                let mut synonyms = builtin
                    .iter()
                    .find(|b| b.slug == sector.slug)
                    .map(|b| b.synonyms.clone())
                    .unwrap_or_else(|| vec![sector.name.to_lowercase()]);
                for synonym in &sector.synonyms {
                    if !synonyms.contains(synonym) {
                        synonyms.push(synonym.clone());
                    }
                }
                crate::readout::SectorSynonyms {
                    slug: sector.slug.clone(),
                    name: sector.name.clone(),
                    synonyms,
                }
            })
            .collect()
    }
}

/// Keeps a pasted readout and goes to its review.
#[server(endpoint = "start_readout_import")]
pub async fn start_readout_import(input: ReadoutTextInput) -> Result<i64, AppError> {
    use crate::api::forms::saved_or_rejected;
    use crate::domain::import::{MAX_DRAFT_BYTES, ReadoutText};
    let result = async {
        let (user, store) = server::importer().await?;
        let text = ReadoutText::parse(&input)?;
        Ok(store.save_readout_draft(&text, user.id).await?)
    }
    .await;
    // A paste too big to keep is too big to send back in a link as well.
    let mut kept = input.clone();
    if kept.text.len() > MAX_DRAFT_BYTES {
        kept.text.clear();
    }
    saved_or_rejected(result, "readout", &kept, "/meetings/import").await
}

/// A pasted readout with what Accord proposes for it. 404 for anyone but its author.
#[server(endpoint = "get_readout_import")]
pub async fn get_readout_import(id: String) -> Result<ImportReview, AppError> {
    use crate::domain::import::{ImportChoices, highlight};
    use crate::readout::{self, MAX_INPUT_BYTES};
    let result = async {
        let (user, store) = server::importer().await?;
        let draft = server::own_draft(&store, &user, &id).await?;
        let today = crate::server::auth::today();
        if draft.body.len() > MAX_INPUT_BYTES {
            return Ok(too_long_review(&draft));
        }
        let sectors = store.list_sectors().await?;
        let proposal = readout::extract(&draft.body, today, &server::sector_synonyms(&sectors))
            .map_err(|error| AppError::field("text", error.to_string()))?;
        let partners = store.list_partners().await?;
        // A readout names the partners still tracked: a retired one is never proposed.
        let partner_names: Vec<(i64, &str)> = partners
            .iter()
            .filter(|p| !p.is_retired())
            .map(|p| (p.id, p.name.as_str()))
            .collect();
        let sector_names: Vec<(i64, &str)> =
            sectors.iter().map(|s| (s.id, s.name.as_str())).collect();
        let partner_id = crate::domain::import::match_partner(&proposal, &partner_names);
        let open = match partner_id {
            Some(partner_id) => server::linkable(&store, &user, partner_id).await?,
            None => Vec::new(),
        };
        let open_titles: Vec<(i64, &str)> = open.iter().map(|o| (o.id, o.title.as_str())).collect();
        let defaults = ImportInput::from_proposal(
            &proposal,
            draft.source_url.as_deref(),
            &ImportChoices {
                partners: &partner_names,
                sectors: &sector_names,
                owner_id: Some(user.id),
                open_initiatives: &open_titles,
            },
            today,
        );
        let proposals = proposal_views(&proposal, &defaults, &open);
        let spans: Vec<(usize, usize)> = proposal
            .commitments
            .iter()
            .map(|c| (c.span.start, c.span.end))
            .collect();
        Ok(ImportReview {
            id: draft.id,
            segments: highlight(&draft.body, &spans),
            too_long: None,
            meeting_id: draft.meeting_id,
            proposals,
            unmatched_partner: partner_id
                .is_none()
                .then(|| {
                    proposal
                        .partner_region
                        .clone()
                        .or(proposal.partner_country.clone())
                })
                .flatten(),
            date_note: date_note(&proposal),
            defaults,
            open_initiatives: open
                .into_iter()
                .map(|o| Choice {
                    id: o.id,
                    label: o.title,
                })
                .collect(),
        })
    }
    .await;
    if let Err(error) = &result {
        crate::server::response::set_error_status(error);
    }
    result
}

/// The review of a readout too long to read: its text, and the reason nothing is proposed.
#[cfg(feature = "ssr")]
fn too_long_review(draft: &crate::domain::import::ReadoutDraft) -> ImportReview {
    ImportReview {
        id: draft.id,
        segments: vec![Segment {
            text: draft.body.clone(),
            mark: None,
        }],
        too_long: Some(crate::domain::import::too_long(draft.body.len())),
        meeting_id: draft.meeting_id,
        proposals: Vec::new(),
        defaults: ImportInput::default(),
        date_note: None,
        unmatched_partner: None,
        open_initiatives: Vec::new(),
    }
}

/// Each commitment as the review card shows it, with the open initiative it resembles.
#[cfg(feature = "ssr")]
fn proposal_views(
    proposal: &crate::readout::Proposal,
    defaults: &ImportInput,
    open: &[crate::server::store::OpenInitiative],
) -> Vec<ProposalView> {
    let title_of = |id: &str| {
        open.iter()
            .find(|o| o.id.to_string() == id)
            .map(|o| Choice {
                id: o.id,
                label: o.title.clone(),
            })
    };
    proposal
        .commitments
        .iter()
        .zip(&defaults.commitments)
        .map(|(commitment, input)| ProposalView {
            quote: commitment.text.clone(),
            kind: kind_label(commitment.kind).to_owned(),
            strength: input.strength.clone(),
            trigger: commitment.trigger.clone(),
            due_text: commitment.due_text.clone(),
            similar: title_of(&input.link_id),
        })
        .collect()
}

/// Why the meeting's date may be wrong, when the readout does not give it.
#[cfg(feature = "ssr")]
fn date_note(proposal: &crate::readout::Proposal) -> Option<String> {
    match (proposal.meeting_day, proposal.metadata.dateline) {
        (Some(_), _) => None,
        (None, Some(_)) => Some(crate::domain::import::DATE_FROM_PUBLICATION.to_owned()),
        (None, None) => Some(crate::domain::import::DATE_UNKNOWN.to_owned()),
    }
}

/// The words the review uses for a kind of commitment.
pub fn kind_label(kind: crate::readout::CommitmentKind) -> &'static str {
    use crate::readout::CommitmentKind as K;
    match kind {
        K::ContinueDialogue => "Continue dialogue",
        K::Mou => "Memorandum or agreement",
        K::Event => "Event",
        K::WorkingGroup => "Working group",
        K::Visit => "Visit",
        K::Project => "Project",
        K::Other => "Other",
    }
}

/// Saves a reviewed readout: the meeting, an initiative for each accepted proposal and a
/// follow-up on each initiative a proposal was added to, in one transaction. Goes to the
/// new meeting.
#[server(endpoint = "accept_readout_import")]
pub async fn accept_readout_import(id: String, input: ImportInput) -> Result<i64, AppError> {
    use crate::api::forms::saved_or_rejected;
    use crate::domain::import::{CheckedImport, ImportAction, commitment_field};
    use crate::domain::permission::{Action, RecordFacts};
    let result = async {
        let (user, store) = server::importer().await?;
        let draft = server::own_draft(&store, &user, &id).await?;
        if let Some(meeting_id) = draft.meeting_id {
            return Ok(meeting_id);
        }
        let today = crate::server::auth::today();
        let sectors = store.list_sectors().await?;
        let proposal =
            crate::readout::extract(&draft.body, today, &server::sector_synonyms(&sectors))
                .map_err(|error| AppError::field("text", error.to_string()))?;
        if proposal.commitments.len() != input.commitments.len() {
            return Err(AppError::field(
                "commitments",
                "The proposals changed since this page was opened: review them again.",
            ));
        }
        let checked = CheckedImport::parse(&input, today)?;
        for item in &checked.items {
            match &item.action {
                ImportAction::Create(new) => {
                    // Giving a new initiative to someone else is reassigning it.
                    if new.fields.owner_id.is_some_and(|owner| owner != user.id) {
                        crate::server::auth::authorize(
                            &user,
                            Action::ReassignInitiative,
                            RecordFacts::default(),
                        )
                        .map_err(|_| {
                            AppError::field(
                                &commitment_field(item.index, "owner_id"),
                                "You can only create initiatives you own.",
                            )
                        })?;
                    }
                }
                ImportAction::Link { initiative_id } => {
                    let allowed = match store.initiative(*initiative_id).await {
                        Ok(initiative) => {
                            !initiative.status.is_closed()
                                && crate::api::initiatives::server::may(
                                    &user,
                                    Action::EditInitiative,
                                    &initiative,
                                )
                        }
                        Err(_) => false,
                    };
                    if !allowed {
                        return Err(AppError::field(
                            &commitment_field(item.index, "link_id"),
                            "Choose an open initiative you may change.",
                        ));
                    }
                }
            }
        }
        let quotes: Vec<String> = proposal.commitments.into_iter().map(|c| c.text).collect();
        Ok(store
            .import_readout(draft.id, &checked, &quotes, Some(user.id), today)
            .await?)
    }
    .await;
    saved_or_rejected(result, "import", &input, "/meetings").await
}
