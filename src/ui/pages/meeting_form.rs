//! `/meetings/new`: record a meeting and who took part.
//!
//! The form offers four participant rows (blank rows are ignored); with JavaScript, "Add a
//! participant" reveals more.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::initiatives::load_form_options;
use crate::domain::meeting::ParticipantInput;
use crate::domain::{Confidentiality, MeetingInput, Side};
use crate::error::AppError;
use crate::i18n::Language;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{
    ErrorSummary, FormError, Select, SubmitButton, TextArea, TextInput, rejection,
};

/// Rows shown for participants before any are typed.
const BLANK_PARTICIPANT_ROWS: usize = 4;
/// Rows sent in all, the rest hidden until asked for.
const TOTAL_PARTICIPANT_ROWS: usize = 12;

/// One participant's fields; `prefix` is the form name of the meeting (`input`, or
/// `input[meeting]` when the meeting is part of a larger form).
#[component]
pub(super) fn ParticipantRow(
    index: usize,
    participant: ParticipantInput,
    error: FormError,
    hidden: bool,
    #[prop(default = "input")] prefix: &'static str,
) -> impl IntoView {
    let language = Language::current();
    let message = move |part: &str| {
        let key = format!("participants[{index}].{part}");
        error.with(|e| {
            e.as_ref()
                .and_then(AppError::field_errors)
                .and_then(|f| f.get(&key).map(str::to_owned))
        })
    };
    let messages = move || {
        ["name", "title", "organisation", "side"]
            .into_iter()
            .filter_map(message)
            .collect::<Vec<_>>()
    };
    let name = |part: &str| format!("{prefix}[participants][{index}][{part}]");
    let id = |part: &str| format!("participants-{index}-{part}");
    let side = participant.side.clone();
    view! {
        <fieldset class="participant-row" hidden=hidden>
            <legend>{language.t_with("meeting-form-participant", &[("number", (index as i64 + 1).into())])}</legend>
            {move || {
                let messages = messages();
                (!messages.is_empty()).then(|| view! {
                    <p class="field__error" id=format!("participants-{index}-error")>{messages.join(" ")}</p>
                })
            }}
            <div class="participant-row__fields">
                <div class="field">
                    <label for=id("name")>{language.t("meeting-form-participant-name")}</label>
                    <input id=id("name") name=name("name") type="text" value=participant.name
                        aria-invalid=move || message("name").map(|_| "true") />
                </div>
                <div class="field">
                    <label for=id("title")>{language.t("meeting-form-participant-title")}</label>
                    <input id=id("title") name=name("title") type="text" value=participant.title />
                </div>
                <div class="field">
                    <label for=id("organisation")>{language.t("meeting-form-participant-organisation")}</label>
                    <input id=id("organisation") name=name("organisation") type="text" value=participant.organisation />
                </div>
                <div class="field">
                    <label for=id("side")>{language.t("meeting-form-participant-side")}</label>
                    <select id=id("side") name=name("side")>
                        {Side::ALL.iter().map(|s| {
                            let selected = s.as_str() == side || (side.is_empty() && *s == Side::Theirs);
                            view! { <option value=s.as_str() selected=selected>{language.name_of(*s)}</option> }
                        }).collect_view()}
                    </select>
                </div>
            </div>
        </fieldset>
    }
}

/// Who may read a meeting; `prefix` as for [`ParticipantRow`]. Internal unless chosen.
#[component]
pub(super) fn ConfidentialitySelect(
    value: String,
    error: FormError,
    #[prop(default = "input")] prefix: &'static str,
) -> impl IntoView {
    let value = if value.is_empty() {
        Confidentiality::Internal.as_str().to_owned()
    } else {
        value
    };
    let language = Language::current();
    let options = Confidentiality::ALL
        .iter()
        .map(|value| (value.as_str().to_owned(), language.name_of(*value)))
        .collect::<Vec<_>>();
    view! {
        <Select id="meeting-confidentiality" name=format!("{prefix}[confidentiality]") field="confidentiality"
            label=language.t("field-confidentiality") value options error
            hint=language.t("meeting-form-confidentiality-hint") />
    }
}

/// A meeting's fields and participant rows, for recording one or correcting it.
#[component]
pub(super) fn MeetingFields(
    input: MeetingInput,
    partners: Vec<(String, String)>,
    error: FormError,
) -> impl IntoView {
    let language = Language::current();
    let shown = input.participants.len().max(BLANK_PARTICIPANT_ROWS);
    let mut participants = input.participants.clone();
    participants.resize(
        TOTAL_PARTICIPANT_ROWS.max(shown),
        ParticipantInput::default(),
    );
    view! {
        <TextInput id="title" name="input[title]" field="title" label=language.t("field-title") value=input.title.clone()
            error required=true hint=language.t("meeting-form-title-hint") />
        <div class="form-grid">
            <TextInput id="held_on" name="input[held_on]" field="held_on" label=language.t("field-held_on") kind="date"
                value=input.held_on.clone() error required=true />
            <Select id="partner_id" name="input[partner_id]" field="partner_id" label=language.t("field-partner_id")
                value=input.partner_id.clone() options=partners error blank=language.t("meeting-form-partner-blank") />
            <TextInput id="location" name="input[location]" field="location" label=language.t("field-location")
                value=input.location.clone() error />
            <TextInput id="source_url" name="input[source_url]" field="source_url" label=language.t("field-source_url")
                kind="url" value=input.source_url.clone() error hint=language.t("meeting-form-source-hint") />
            <ConfidentialitySelect value=input.confidentiality.clone() error />
        </div>
        <TextArea id="summary" name="input[summary]" field="summary" label=language.t("field-summary")
            value=input.summary.clone() error rows=3 />
        <TextArea id="readout" name="input[readout]" field="readout" label=language.t("field-readout")
            value=input.readout.clone() error rows=6 hint=language.t("meeting-form-readout-hint") />
        <section class="participants-form" aria-labelledby="participants-heading">
            <h2 id="participants-heading">{language.t("meeting-form-participants-heading")}</h2>
            <p class="field__hint">{language.t("meeting-form-participants-hint")}</p>
            {participants
                .into_iter()
                .enumerate()
                .map(|(index, participant)| view! {
                    <ParticipantRow index participant error hidden={index >= shown} />
                })
                .collect_view()}
            // Spare rows are sent hidden; with JavaScript this reveals them one by one.
            <button type="button" class="button button--quiet js-only"
                data-reveal=".participant-row[hidden]">{language.t("meeting-form-add-participant")}</button>
        </section>
    }
}

#[component]
pub fn NewMeetingPage() -> impl IntoView {
    let (error, typed) = rejection::<MeetingInput>("meeting");
    let options = Resource::new_blocking(|| (), |()| load_form_options());
    let input = typed.unwrap_or_default();
    let language = Language::current();

    view! {
        <Title text=language.t("meeting-form-new-title") />
        <p class="breadcrumb"><a href="/meetings">{language.t("nav-meetings")}</a></p>
        <h1>{language.t("meeting-form-new-heading")}</h1>
        <Suspense fallback=move || view! { <p>{language.t("common-loading-form")}</p> }>
            {move || {
                let input = input.clone();
                Suspend::new(async move {
                    let options = match options.await {
                        Ok(options) => options,
                        Err(error) => return view! { <ErrorMessage error /> }.into_any(),
                    };
                    let partners = options.partner_choices(&input.partner_id);
                    view! {
                        <form method="post" action="/api/create_meeting" class="form form--wide" novalidate>
                            <ErrorSummary error />
                            <MeetingFields input=input.clone() partners error />
                            <div class="form-actions">
                                <SubmitButton label=language.t("meeting-form-save") busy_label=language.t("busy-saving") />
                                <a href="/meetings" class="button button--quiet">{language.t("common-cancel")}</a>
                            </div>
                        </form>
                    }
                    .into_any()
                })
            }}
        </Suspense>
    }
}
