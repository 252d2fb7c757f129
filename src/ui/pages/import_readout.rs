//! `/meetings/import`: paste a readout; `/meetings/import/:id`: review what Accord proposes
//! (the meeting, its participants, each commitment beside the words it came from), decide
//! on each proposal and save everything at once.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::meeting_form::{ConfidentialitySelect, ParticipantRow};
use crate::api::import::{ImportReview, ProposalView, get_readout_import, kind_label};
use crate::api::initiatives::{Choice, FormOptions, load_form_options};
use crate::domain::import::{Decision, ImportInput, ProposalInput, ReadoutTextInput, Segment};
use crate::domain::meeting::ParticipantInput;
use crate::domain::{Obligor, Status, Strength};
use crate::error::AppError;
use crate::i18n::Language;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{
    ErrorSummary, FormError, Select, SubmitButton, TextArea, TextInput, rejection, with_blank,
};

/// Participant rows the review offers beyond those the readout named.
const SPARE_PARTICIPANT_ROWS: usize = 2;

/// The paste form, also used to paste a shorter text after a refusal.
#[component]
fn PasteForm(input: ReadoutTextInput, error: FormError) -> impl IntoView {
    let language = Language::current();
    view! {
        <form method="post" action="/api/start_readout_import" class="form form--wide" novalidate>
            <ErrorSummary error />
            <TextInput id="source_url" name="input[source_url]" field="source_url" label=language.t("field-source_url")
                kind="url" value=input.source_url error hint=language.t("import-readout-source-url-hint") />
            <TextArea id="text" name="input[text]" field="text" label=language.t("import-readout-text-label") value=input.text
                error rows=16
                hint=language.t("import-readout-text-hint") />
            <div class="form-actions">
                <SubmitButton label=language.t("import-readout-submit") busy_label=language.t("import-readout-busy-reading") />
                <a href="/meetings/new" class="button button--quiet">{language.t("import-readout-by-hand")}</a>
            </div>
        </form>
    }
}

#[component]
pub fn ImportReadoutPage() -> impl IntoView {
    let language = Language::current();
    let (error, typed) = rejection::<ReadoutTextInput>("readout");
    view! {
        <Title text=language.t("import-readout-page-title") />
        <p class="breadcrumb"><a href="/meetings">{language.t("import-readout-breadcrumb")}</a></p>
        <h1>{language.t("import-readout-heading")}</h1>
        <p class="lede">{language.t("import-readout-lede")}</p>
        <PasteForm input=typed.unwrap_or_default() error />
    }
}

#[component]
pub fn ReviewImportPage() -> impl IntoView {
    let language = Language::current();
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id").unwrap_or_default());
    let review = Resource::new_blocking(move || id.clone(), get_readout_import);
    let options = Resource::new_blocking(|| (), |()| load_form_options());
    let (error, typed) = rejection::<ImportInput>("import");

    view! {
        <Title text=language.t("import-readout-review-title") />
        <p class="breadcrumb">
            <a href="/meetings">{language.t("import-readout-breadcrumb")}</a>" › "<a href="/meetings/import">{language.t("import-readout-page-title")}</a>
        </p>
        <h1>{language.t("import-readout-review-heading")}</h1>
        <Suspense fallback=move || view! { <p>{language.t("import-readout-review-loading")}</p> }>
            {move || {
                let typed = typed.clone();
                Suspend::new(async move {
                    match (review.await, options.await) {
                        (Ok(review), Ok(options)) => view! { <Review review options typed error /> }.into_any(),
                        (Err(error), _) | (_, Err(error)) => view! {
                            <ErrorMessage error />
                            <p><a href="/meetings/import">{language.t("import-readout-paste-link")}</a></p>
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
    let language = Language::current();
    if let Some(meeting_id) = review.meeting_id {
        let href = format!("/meetings/{meeting_id}");
        return view! {
            <div class="notice" role="status">
                <p>{language.t("import-readout-saved")}" "<a href=href>{language.t("import-readout-open-meeting")}</a></p>
            </div>
        }
        .into_any();
    }
    if let Some(message) = review.too_long {
        let text: String = review.segments.into_iter().map(|s| s.text).collect();
        let refused = Signal::stored(Some(AppError::field("text", message)));
        return view! {
            <p>{language.t("import-readout-too-long")}</p>
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
        <p class="lede">{if count == 0 {
            language.t("import-readout-found-none")
        } else {
            language.t_with("import-readout-found", &[("count", (count as i64).into())])
        }}</p>
        <div class="import-review">
            <section class="import-review__source" aria-labelledby="source-heading">
                <h2 id="source-heading">{language.t("import-readout-source-heading")}</h2>
                <p class="field__hint">{language.t("import-readout-marks-hint")}</p>
                <SourceText segments=review.segments />
            </section>
            <form method="post" action=action class="form form--wide import-review__form" novalidate>
                <input type="hidden" name="id" value=review.id.to_string() />
                <ErrorSummary error />
                <MeetingFields input=input.meeting.clone() options=options.clone() error
                    date_note=review.date_note unmatched_partner=review.unmatched_partner />
                <section aria-labelledby="proposals-heading">
                    <h2 id="proposals-heading">{language.t_with("import-readout-proposals-heading", &[("count", (count as i64).into())])}</h2>
                    {input.commitments.into_iter().zip(review.proposals).enumerate()
                        .map(|(index, (proposal, found))| view! {
                            <ProposalCard index proposal found options=options.clone()
                                open=review.open_initiatives.clone() error />
                        })
                        .collect_view()}
                </section>
                <div class="form-actions">
                    <SubmitButton label=language.t("import-readout-save") busy_label=language.t("busy-saving") />
                    <a href="/meetings/import" class="button button--quiet">{language.t("import-readout-start-again")}</a>
                </div>
            </form>
        </div>
    }
    .into_any()
}

/// The readout as text (never as HTML), each proposal's words marked and numbered.
#[component]
fn SourceText(segments: Vec<Segment>) -> impl IntoView {
    let language = Language::current();
    view! {
        <div class="readout-text">
            {segments.into_iter().map(|segment| match segment.mark {
                None => view! { <span>{segment.text}</span> }.into_any(),
                Some(index) => view! {
                    <mark class="proposal-mark" id=format!("proposal-{index}-source")>
                        <a class="proposal-mark__number" href=format!("#proposal-{index}")
                            aria-label=proposal_name(language, index)>{(index + 1).to_string()}</a>
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
    let language = Language::current();
    let partners = with_blank(
        language.t("import-readout-partner-blank"),
        options.partner_choices(""),
    );
    let partner_hint = unmatched_partner
        .map(|name| language.t_with("import-readout-unmatched-partner", &[("name", name.into())]));
    let shown = input.participants.len() + SPARE_PARTICIPANT_ROWS;
    let mut participants = input.participants.clone();
    participants.resize(shown, ParticipantInput::default());
    view! {
        <section aria-labelledby="meeting-heading">
            <h2 id="meeting-heading">{language.t("import-readout-meeting-heading")}</h2>
            <TextInput id="title" name="input[meeting][title]" field="title" label=language.t("field-title")
                value=input.title error required=true />
            <div class="form-grid">
                <TextInput id="held_on" name="input[meeting][held_on]" field="held_on" label=language.t("field-held_on") kind="date"
                    value=input.held_on error required=true
                    hint=date_note.map(|note| language.translate_english(&note)).unwrap_or_default() />
                <Select id="partner_id" name="input[meeting][partner_id]" field="partner_id" label=language.t("field-partner_id")
                    value=input.partner_id options=partners error
                    hint=partner_hint.unwrap_or_default() />
                <TextInput id="location" name="input[meeting][location]" field="location" label=language.t("field-location")
                    value=input.location error />
                <TextInput id="source_url" name="input[meeting][source_url]" field="source_url" label=language.t("field-source_url")
                    kind="url" value=input.source_url error />
                <ConfidentialitySelect value=input.confidentiality error prefix="input[meeting]" />
            </div>
            <TextArea id="summary" name="input[meeting][summary]" field="summary" label=language.t("field-summary")
                value=input.summary error rows=2 hint=language.t("import-readout-summary-hint") />
            <fieldset class="participants-form">
                <legend>{language.t("field-participants")}</legend>
                {participants.into_iter().enumerate().map(|(index, participant)| view! {
                    <ParticipantRow index participant error hidden=false prefix="input[meeting]" />
                }).collect_view()}
            </fieldset>
        </section>
    }
}

/// "Proposal 3": proposals are numbered from 1 on the page.
fn proposal_name(language: Language, index: usize) -> String {
    language.t_with(
        "import-readout-proposal",
        &[("number", (index as i64 + 1).into())],
    )
}

/// A kind of commitment in the page's language; the review names it in English
/// ([`kind_label`]), and anything unknown is shown as it came.
fn kind_name(language: Language, kind: &str) -> String {
    use crate::readout::CommitmentKind as K;
    let known = [
        K::ContinueDialogue,
        K::Mou,
        K::Event,
        K::WorkingGroup,
        K::Visit,
        K::Project,
        K::Other,
    ]
    .into_iter()
    .find(|known| kind_label(*known) == kind);
    match known {
        Some(K::ContinueDialogue) => language.t("import-readout-kind-continue-dialogue"),
        Some(K::Mou) => language.t("import-readout-kind-mou"),
        Some(K::Event) => language.t("import-readout-kind-event"),
        Some(K::WorkingGroup) => language.t("import-readout-kind-working-group"),
        Some(K::Visit) => language.t("import-readout-kind-visit"),
        Some(K::Project) => language.t("import-readout-kind-project"),
        Some(K::Other) => language.t("import-readout-kind-other"),
        None => kind.to_owned(),
    }
}

/// What a decision on a proposal is called.
fn decision_name(language: Language, decision: Decision) -> String {
    match decision {
        Decision::Create => language.t("import-readout-decision-create"),
        Decision::Link => language.t("import-readout-decision-link"),
        Decision::Reject => language.t("import-readout-decision-reject"),
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
    let language = Language::current();
    let name = move |field: &str| format!("input[commitments][{index}][{field}]");
    let field = move |field: &str| format!("commitments[{index}].{field}");
    let id = move |field: &str| format!("commitments-{index}-{field}");
    // What a firm commitment about to be created lacks (the domain decides whether it lacks
    // anything; the page says what).
    let needs = proposal.missing_for_firm().map(|_| {
        match (
            proposal.owner_id.trim().is_empty(),
            proposal.deadline.trim().is_empty(),
        ) {
            (true, false) => language.t("import-readout-needs-owner"),
            (false, true) => language.t("import-readout-needs-deadline"),
            _ => language.t("import-readout-needs-owner-deadline"),
        }
    });
    let flagged = needs.is_some();
    let owners: Vec<(String, String)> = with_blank(
        language.t("import-readout-owner-blank"),
        options
            .owners
            .iter()
            .filter(|c| {
                options.can_reassign
                    || c.id == options.user_id
                    || c.id.to_string() == proposal.owner_id
            })
            .map(|c| (c.id.to_string(), c.label.clone()))
            .collect(),
    );
    let statuses: Vec<(String, String)> = [Status::Proposed, Status::Active]
        .into_iter()
        .map(|status| (status.as_str().to_owned(), language.name_of(status)))
        .collect();
    let obligors: Vec<(String, String)> = Obligor::ALL
        .iter()
        .map(|obligor| (obligor.as_str().to_owned(), language.name_of(*obligor)))
        .collect();
    let strengths: Vec<(String, String)> = Strength::ALL
        .iter()
        .map(|strength| (strength.as_str().to_owned(), language.name_of(*strength)))
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
        language.t("import-readout-sectors-none")
    } else {
        language.t_with(
            "import-readout-sectors",
            &[("sectors", sector_names.join(", ").into())],
        )
    };
    let strength_label = language.name_of(if found.strength == "firm" {
        Strength::Firm
    } else {
        Strength::Soft
    });
    let similar_hint = found.similar.as_ref().map(|similar| {
        language.t_with(
            "import-readout-similar",
            &[("title", similar.label.clone().into())],
        )
    });
    let found_by = (!found.trigger.is_empty()).then(|| {
        format!(
            " · {}",
            language.t_with(
                "import-readout-found-by",
                &[("trigger", found.trigger.clone().into())]
            )
        )
    });
    let when = found.due_text.clone().map(|due| {
        format!(
            " · {}",
            language.t_with("import-readout-when", &[("due", due.into())])
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
                {proposal_name(language, index)}
                <span class="badge">{kind_name(language, &found.kind)}</span>
                <span class=format!("badge badge--{}", found.strength)>{strength_label}</span>
            </h3>
            <blockquote class="proposal__quote">
                <p>{found.quote.clone()}</p>
                <footer>
                    <a href=format!("#proposal-{index}-source")>{language.t("import-readout-show-source")}</a>
                    {found_by}
                    {when}
                </footer>
            </blockquote>
            {needs.map(|needs| view! {
                <p class="proposal__flag" id=format!("proposal-{index}-flag")>
                    <strong>{needs}</strong>" "
                    {language.t("import-readout-flag-reason")}
                </p>
            })}
            <fieldset class="field radios" id=id("decision") tabindex="-1">
                <legend>{language.t("import-readout-decision")}</legend>
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
                            {decision_name(language, decision)}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <div class="proposal__fields">
                <TextInput id=id("title") name=name("title") field=field("title") label=language.t("field-title")
                    value=proposal.title.clone() error required=true />
                <TextArea id=id("description") name=name("description") field=field("description")
                    label=language.t("field-description") value=proposal.description.clone() error rows=3 />
                <div class="form-grid">
                    <Select id=id("owner_id") name=name("owner_id") field=field("owner_id") label=language.t("field-owner_id")
                        value=proposal.owner_id.clone() options=owners error />
                    <TextInput id=id("deadline") name=name("deadline") field=field("deadline") label=language.t("field-deadline")
                        kind="date" value=proposal.deadline.clone() error />
                    <Select id=id("status") name=name("status") field=field("status") label=language.t("field-status")
                        value=proposal.status.clone()
                        options=statuses
                        error hint=language.t("import-readout-status-hint") />
                    <Select id=id("obligor") name=name("obligor") field=field("obligor") label=language.t("field-obligor")
                        value=proposal.obligor.clone()
                        options=obligors error />
                    <Select id=id("strength") name=name("strength") field=field("strength") label=language.t("field-strength")
                        value=proposal.strength.clone()
                        options=strengths error />
                </div>
                <details class="proposal__sectors" id=id("sector_ids")>
                    <summary>{sector_summary}</summary>
                    <fieldset class="field checkboxes">
                        <legend class="visually-hidden">{language.t_with("import-readout-proposal-sectors", &[("number", (index as i64 + 1).into())])}</legend>
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
                        label=language.t("import-readout-link-label")
                        value=proposal.link_id.clone()
                        options=with_blank(language.t("import-readout-link-blank"), links.clone()) error
                        hint=similar_hint.clone().unwrap_or_default() />
                })}
            </div>
        </article>
    }
}
