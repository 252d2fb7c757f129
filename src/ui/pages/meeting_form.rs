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
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{
    ErrorSummary, FormError, Select, SubmitButton, TextArea, TextInput, choices, rejection,
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
            <legend>{format!("Participant {}", index + 1)}</legend>
            {move || {
                let messages = messages();
                (!messages.is_empty()).then(|| view! {
                    <p class="field__error" id=format!("participants-{index}-error")>{messages.join(" ")}</p>
                })
            }}
            <div class="participant-row__fields">
                <div class="field">
                    <label for=id("name")>"Name"</label>
                    <input id=id("name") name=name("name") type="text" value=participant.name
                        aria-invalid=move || message("name").map(|_| "true") />
                </div>
                <div class="field">
                    <label for=id("title")>"Title"</label>
                    <input id=id("title") name=name("title") type="text" value=participant.title />
                </div>
                <div class="field">
                    <label for=id("organisation")>"Organisation"</label>
                    <input id=id("organisation") name=name("organisation") type="text" value=participant.organisation />
                </div>
                <div class="field">
                    <label for=id("side")>"Side"</label>
                    <select id=id("side") name=name("side")>
                        {Side::ALL.iter().map(|s| {
                            let selected = s.as_str() == side || (side.is_empty() && *s == Side::Theirs);
                            view! { <option value=s.as_str() selected=selected>{s.label()}</option> }
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
    let options = choices(Confidentiality::ALL.iter().copied());
    view! {
        <Select id="meeting-confidentiality" name=format!("{prefix}[confidentiality]") field="confidentiality"
            label="Confidentiality" value options error
            hint="Restricted meetings are hidden from viewers, with their summary and readout." />
    }
}

/// A meeting's fields and participant rows, for recording one or correcting it.
#[component]
pub(super) fn MeetingFields(
    input: MeetingInput,
    partners: Vec<(String, String)>,
    error: FormError,
) -> impl IntoView {
    let shown = input.participants.len().max(BLANK_PARTICIPANT_ROWS);
    let mut participants = input.participants.clone();
    participants.resize(
        TOTAL_PARTICIPANT_ROWS.max(shown),
        ParticipantInput::default(),
    );
    view! {
        <TextInput id="title" name="input[title]" field="title" label="Title" value=input.title.clone()
            error required=true hint="For example: Ambassador met the Minister-President of Flanders" />
        <div class="form-grid">
            <TextInput id="held_on" name="input[held_on]" field="held_on" label="Date" kind="date"
                value=input.held_on.clone() error required=true />
            <Select id="partner_id" name="input[partner_id]" field="partner_id" label="Partner"
                value=input.partner_id.clone() options=partners error blank="Choose a partner" />
            <TextInput id="location" name="input[location]" field="location" label="Location"
                value=input.location.clone() error />
            <TextInput id="source_url" name="input[source_url]" field="source_url" label="Source link"
                kind="url" value=input.source_url.clone() error hint="The published readout, if any." />
            <ConfidentialitySelect value=input.confidentiality.clone() error />
        </div>
        <TextArea id="summary" name="input[summary]" field="summary" label="Summary"
            value=input.summary.clone() error rows=3 />
        <TextArea id="readout" name="input[readout]" field="readout" label="Readout"
            value=input.readout.clone() error rows=6 hint="The full text of the readout, if published." />
        <section class="participants-form" aria-labelledby="participants-heading">
            <h2 id="participants-heading">"Participants"</h2>
            <p class="field__hint">"Leave rows you do not need empty."</p>
            {participants
                .into_iter()
                .enumerate()
                .map(|(index, participant)| view! {
                    <ParticipantRow index participant error hidden={index >= shown} />
                })
                .collect_view()}
            // Spare rows are sent hidden; with JavaScript this reveals them one by one.
            <button type="button" class="button button--quiet js-only"
                data-reveal=".participant-row[hidden]">"Add a participant"</button>
        </section>
    }
}

#[component]
pub fn NewMeetingPage() -> impl IntoView {
    let (error, typed) = rejection::<MeetingInput>("meeting");
    let options = Resource::new_blocking(|| (), |()| load_form_options());
    let input = typed.unwrap_or_default();

    view! {
        <Title text="New meeting" />
        <p class="breadcrumb"><a href="/meetings">"Meetings"</a></p>
        <h1>"Record a meeting"</h1>
        <Suspense fallback=|| view! { <p>"Loading the form…"</p> }>
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
                                <SubmitButton label="Save meeting" busy_label="Saving…" />
                                <a href="/meetings" class="button button--quiet">"Cancel"</a>
                            </div>
                        </form>
                    }
                    .into_any()
                })
            }}
        </Suspense>
    }
}
