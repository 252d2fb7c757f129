//! `/meetings/import`: paste a readout; `/meetings/import/:id`: review what Accord proposes
//! (the meeting, its participants, each commitment beside the words it came from), decide
//! on each proposal and save everything at once.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::meeting_form::{ConfidentialitySelect, ParticipantRow};
use crate::api::import::{ImportReview, ProposalView, get_readout_import};
use crate::api::initiatives::{Choice, FormOptions, load_form_options};
use crate::domain::import::{Decision, ImportInput, ProposalInput, ReadoutTextInput, Segment};
use crate::domain::meeting::ParticipantInput;
use crate::domain::{Obligor, Status, Strength};
use crate::error::AppError;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{
    ErrorSummary, FormError, Select, SubmitButton, TextArea, TextInput, choices, rejection,
};

/// Participant rows the review offers beyond those the readout named.
const SPARE_PARTICIPANT_ROWS: usize = 2;

/// The paste form, also used to paste a shorter text after a refusal.
#[component]
fn PasteForm(input: ReadoutTextInput, error: FormError) -> impl IntoView {
    view! {
        <form method="post" action="/api/start_readout_import" class="form form--wide" novalidate>
            <ErrorSummary error />
            <TextInput id="source_url" name="input[source_url]" field="source_url" label="Source link"
                kind="url" value=input.source_url error hint="Where the readout was published, if anywhere." />
            <TextArea id="text" name="input[text]" field="text" label="Readout text" value=input.text
                error rows=16
                hint="Paste the whole readout. Up to 200 KB; anything that looks like HTML is kept as plain text." />
            <div class="form-actions">
                <SubmitButton label="Find the commitments" busy_label="Reading…" />
                <a href="/meetings/new" class="button button--quiet">"Record a meeting by hand instead"</a>
            </div>
        </form>
    }
}

#[component]
pub fn ImportReadoutPage() -> impl IntoView {
    let (error, typed) = rejection::<ReadoutTextInput>("readout");
    view! {
        <Title text="Import a readout" />
        <p class="breadcrumb"><a href="/meetings">"Meetings"</a></p>
        <h1>"Import a readout"</h1>
        <p class="lede">
            "Paste the published readout of a meeting. Accord proposes the meeting, who took part and "
            "every commitment in it, each beside the words it came from. Nothing is saved until you "
            "have reviewed the proposals."
        </p>
        <PasteForm input=typed.unwrap_or_default() error />
    }
}

#[component]
pub fn ReviewImportPage() -> impl IntoView {
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id").unwrap_or_default());
    let review = Resource::new_blocking(move || id.clone(), get_readout_import);
    let options = Resource::new_blocking(|| (), |()| load_form_options());
    let (error, typed) = rejection::<ImportInput>("import");

    view! {
        <Title text="Review a readout" />
        <p class="breadcrumb">
            <a href="/meetings">"Meetings"</a>" › "<a href="/meetings/import">"Import a readout"</a>
        </p>
        <h1>"Review the proposals"</h1>
        <Suspense fallback=|| view! { <p>"Reading the readout…"</p> }>
            {move || {
                let typed = typed.clone();
                Suspend::new(async move {
                    match (review.await, options.await) {
                        (Ok(review), Ok(options)) => view! { <Review review options typed error /> }.into_any(),
                        (Err(error), _) | (_, Err(error)) => view! {
                            <ErrorMessage error />
                            <p><a href="/meetings/import">"Paste a readout"</a></p>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn Review(
    review: ImportReview,
    options: FormOptions,
    typed: Option<ImportInput>,
    error: FormError,
) -> impl IntoView {
    if let Some(meeting_id) = review.meeting_id {
        let href = format!("/meetings/{meeting_id}");
        return view! {
            <div class="notice" role="status">
                <p>"This readout has been saved. "<a href=href>"Open the meeting"</a></p>
            </div>
        }
        .into_any();
    }
    if let Some(message) = review.too_long {
        let text: String = review.segments.into_iter().map(|s| s.text).collect();
        let refused = Signal::stored(Some(AppError::field("text", message)));
        return view! {
            <p>"Shorten the text below to the readout of this one meeting, then read it again."</p>
            <PasteForm input=ReadoutTextInput { text, source_url: String::new() } error=refused />
        }
        .into_any();
    }
    let input = typed
        .filter(|typed| typed.commitments.len() == review.proposals.len())
        .unwrap_or(review.defaults);
    let count = review.proposals.len();
    let action = "/api/accept_readout_import";
    view! {
        <p class="lede">{match count {
            0 => "Accord found no commitment in this readout. You can still save the meeting.".to_owned(),
            1 => "Accord found one commitment. Check it, then save.".to_owned(),
            n => format!("Accord found {n} commitments. Decide on each, then save them together."),
        }}</p>
        <div class="import-review">
            <section class="import-review__source" aria-labelledby="source-heading">
                <h2 id="source-heading">"The readout"</h2>
                <p class="field__hint">"Each highlighted passage is a numbered proposal."</p>
                <SourceText segments=review.segments />
            </section>
            <form method="post" action=action class="form form--wide import-review__form" novalidate>
                <input type="hidden" name="id" value=review.id.to_string() />
                <ErrorSummary error />
                <MeetingFields input=input.meeting.clone() options=options.clone() error
                    date_note=review.date_note unmatched_partner=review.unmatched_partner />
                <section aria-labelledby="proposals-heading">
                    <h2 id="proposals-heading">{format!("Proposed commitments ({count})")}</h2>
                    {input.commitments.into_iter().zip(review.proposals).enumerate()
                        .map(|(index, (proposal, found))| view! {
                            <ProposalCard index proposal found options=options.clone()
                                open=review.open_initiatives.clone() error />
                        })
                        .collect_view()}
                </section>
                <div class="form-actions">
                    <SubmitButton label="Save the meeting and the accepted commitments" busy_label="Saving…" />
                    <a href="/meetings/import" class="button button--quiet">"Start again"</a>
                </div>
            </form>
        </div>
    }
    .into_any()
}

/// The readout as text (never as HTML), each proposal's words marked and numbered.
#[component]
fn SourceText(segments: Vec<Segment>) -> impl IntoView {
    view! {
        <div class="readout-text">
            {segments.into_iter().map(|segment| match segment.mark {
                None => view! { <span>{segment.text}</span> }.into_any(),
                Some(index) => view! {
                    <mark class="proposal-mark" id=format!("proposal-{index}-source")>
                        <a class="proposal-mark__number" href=format!("#proposal-{index}")
                            aria-label=format!("Proposal {}", index + 1)>{(index + 1).to_string()}</a>
                        {segment.text}
                    </mark>
                }
                .into_any(),
            }).collect_view()}
        </div>
    }
}

#[component]
fn MeetingFields(
    input: crate::domain::MeetingInput,
    options: FormOptions,
    error: FormError,
    date_note: Option<String>,
    unmatched_partner: Option<String>,
) -> impl IntoView {
    let partners = options.partner_choices("");
    let partner_hint = unmatched_partner.map(|name| {
        format!(
            "The readout names {name}, which is not among the partners: choose the nearest one."
        )
    });
    let shown = input.participants.len() + SPARE_PARTICIPANT_ROWS;
    let mut participants = input.participants.clone();
    participants.resize(shown, ParticipantInput::default());
    view! {
        <section aria-labelledby="meeting-heading">
            <h2 id="meeting-heading">"The meeting"</h2>
            <TextInput id="title" name="input[meeting][title]" field="title" label="Title"
                value=input.title error required=true />
            <div class="form-grid">
                <TextInput id="held_on" name="input[meeting][held_on]" field="held_on" label="Date" kind="date"
                    value=input.held_on error required=true hint=date_note.unwrap_or_default() />
                <Select id="partner_id" name="input[meeting][partner_id]" field="partner_id" label="Partner"
                    value=input.partner_id options=partners error blank="Choose a partner"
                    hint=partner_hint.unwrap_or_default() />
                <TextInput id="location" name="input[meeting][location]" field="location" label="Location"
                    value=input.location error />
                <TextInput id="source_url" name="input[meeting][source_url]" field="source_url" label="Source link"
                    kind="url" value=input.source_url error />
                <ConfidentialitySelect value=input.confidentiality error prefix="input[meeting]" />
            </div>
            <TextArea id="summary" name="input[meeting][summary]" field="summary" label="Summary"
                value=input.summary error rows=2 hint="The readout itself is saved with the meeting." />
            <fieldset class="participants-form">
                <legend>"Participants"</legend>
                {participants.into_iter().enumerate().map(|(index, participant)| view! {
                    <ParticipantRow index participant error hidden=false prefix="input[meeting]" />
                }).collect_view()}
            </fieldset>
        </section>
    }
}

// Long because: one view template, read top to bottom as the card.
#[component]
fn ProposalCard(
    index: usize,
    proposal: ProposalInput,
    found: ProposalView,
    options: FormOptions,
    open: Vec<Choice>,
    error: FormError,
) -> impl IntoView {
    let name = move |field: &str| format!("input[commitments][{index}][{field}]");
    let field = move |field: &str| format!("commitments[{index}].{field}");
    let id = move |field: &str| format!("commitments-{index}-{field}");
    let missing = proposal.missing_for_firm();
    let flagged = missing.is_some();
    let owners: Vec<(String, String)> = options
        .owners
        .iter()
        .filter(|c| {
            options.can_reassign || c.id == options.user_id || c.id.to_string() == proposal.owner_id
        })
        .map(|c| (c.id.to_string(), c.label.clone()))
        .collect();
    let decision_message = Signal::derive(move || {
        error.with(|e| {
            e.as_ref().and_then(AppError::field_errors).and_then(|f| {
                f.get(&format!("commitments[{index}].decision"))
                    .map(str::to_owned)
            })
        })
    });
    let chosen_sectors = proposal.sector_ids.clone();
    let sector_names: Vec<String> = options
        .sectors
        .iter()
        .filter(|s| chosen_sectors.contains(&s.id.to_string()))
        .map(|s| s.label.clone())
        .collect();
    let sector_summary = if sector_names.is_empty() {
        "Sectors: none chosen".to_owned()
    } else {
        format!("Sectors: {}", sector_names.join(", "))
    };
    let strength_label = if found.strength == "firm" {
        "Firm"
    } else {
        "Soft"
    };
    let similar_hint = found.similar.as_ref().map(|similar| {
        format!(
            "Looks like “{}”, already tracked: add to it rather than create a duplicate.",
            similar.label
        )
    });
    let links: Vec<(String, String)> = open
        .iter()
        .map(|c| (c.id.to_string(), c.label.clone()))
        .collect();
    let heading_id = format!("proposal-{index}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <article class="proposal" id=format!("proposal-{index}") aria-labelledby=labelled_by
            class:proposal--flagged=flagged>
            <h3 id=heading_id>
                {format!("Proposal {}", index + 1)}
                <span class="badge">{found.kind.clone()}</span>
                <span class=format!("badge badge--{}", found.strength)>{strength_label}</span>
            </h3>
            <blockquote class="proposal__quote">
                <p>{found.quote.clone()}</p>
                <footer>
                    <a href=format!("#proposal-{index}-source")>"Show in the readout"</a>
                    {(!found.trigger.is_empty()).then(|| format!(" · Found by “{}”", found.trigger))}
                    {found.due_text.clone().map(|due| format!(" · When: “{due}”"))}
                </footer>
            </blockquote>
            {missing.map(|missing| view! {
                <p class="proposal__flag" id=format!("proposal-{index}-flag")>
                    <strong>{format!("Needs {missing}. ")}</strong>
                    "A firm commitment without an owner and a deadline is the kind that gets forgotten."
                </p>
            })}
            <fieldset class="field radios" id=id("decision") tabindex="-1">
                <legend>"Decision"</legend>
                {move || decision_message.get().map(|text| view! {
                    <p class="field__error" id=format!("commitments-{index}-decision-error")>{text}</p>
                })}
                {Decision::ALL.into_iter().map(|decision| {
                    let radio_id = format!("commitments-{index}-decision-{}", decision.as_str());
                    let label_for = radio_id.clone();
                    let checked = proposal.decision == decision.as_str();
                    let disabled = decision == Decision::Link && links.is_empty();
                    view! {
                        <label class="radio" for=label_for>
                            <input type="radio" id=radio_id name=name("decision") value=decision.as_str()
                                checked=checked disabled=disabled />
                            {decision.label()}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <div class="proposal__fields">
                <TextInput id=id("title") name=name("title") field=field("title") label="Title"
                    value=proposal.title.clone() error required=true />
                <TextArea id=id("description") name=name("description") field=field("description")
                    label="Description" value=proposal.description.clone() error rows=3 />
                <div class="form-grid">
                    <Select id=id("owner_id") name=name("owner_id") field=field("owner_id") label="Owner"
                        value=proposal.owner_id.clone() options=owners error blank="Unassigned" />
                    <TextInput id=id("deadline") name=name("deadline") field=field("deadline") label="Deadline"
                        kind="date" value=proposal.deadline.clone() error />
                    <Select id=id("status") name=name("status") field=field("status") label="Status"
                        value=proposal.status.clone()
                        options=choices([Status::Proposed, Status::Active])
                        error hint="Active needs an owner and a deadline." />
                    <Select id=id("obligor") name=name("obligor") field=field("obligor") label="Next step owed by"
                        value=proposal.obligor.clone()
                        options=choices(Obligor::ALL.iter().copied()) error />
                    <Select id=id("strength") name=name("strength") field=field("strength") label="Strength"
                        value=proposal.strength.clone()
                        options=choices(Strength::ALL.iter().copied()) error />
                </div>
                <details class="proposal__sectors" id=id("sector_ids")>
                    <summary>{sector_summary}</summary>
                    <fieldset class="field checkboxes">
                        <legend class="visually-hidden">{format!("Sectors of proposal {}", index + 1)}</legend>
                        {options.sectors_for(&proposal.sector_ids).iter().map(|sector| {
                            let value = sector.id.to_string();
                            let checked = proposal.sector_ids.contains(&value);
                            let box_id = format!("commitments-{index}-sector-{}", sector.id);
                            let label_for = box_id.clone();
                            view! {
                                <label class="checkbox" for=label_for>
                                    <input type="checkbox" id=box_id name=format!("input[commitments][{index}][sector_ids][]")
                                        value=value checked=checked />
                                    {sector.label.clone()}
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                </details>
                {(!links.is_empty()).then(|| view! {
                    <Select id=id("link_id") name=name("link_id") field=field("link_id")
                        label="Initiative to add to"
                        value=proposal.link_id.clone() options=links.clone() error blank="Choose an initiative"
                        hint=similar_hint.clone().unwrap_or_default() />
                })}
            </div>
        </article>
    }
}
