//! `/meetings/:id/edit`: correct a meeting (its fields and participants). The form names the
//! version it started from; when someone else saved first, both versions are compared.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::meeting_form::MeetingFields;
use crate::api::initiatives::{Choice, FormOptions, load_form_options};
use crate::api::meetings::get_meeting;
use crate::domain::meeting::ParticipantInput;
use crate::domain::permission::Action;
use crate::domain::{Meeting, MeetingInput};
use crate::error::AppError;
use crate::ui::components::conflict::ConflictNotice;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{ErrorSummary, FormError, SubmitButton, rejection};
use crate::ui::components::layout::{CurrentUser, user_can};

#[component]
pub fn EditMeetingPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let (error, mine) = rejection::<MeetingInput>("meeting-edit");
    // After a conflict the page reads the current version, so the form saves on top of it.
    let conflict = error.with_untracked(|e| matches!(e, Some(AppError::Conflict)));
    let meeting = Resource::new_blocking(move || id.get(), get_meeting);
    let options = Resource::new_blocking(|| (), |()| load_form_options());

    view! {
        <Suspense fallback=|| view! { <p>"Loading the form…"</p> }>
            {move || {
                let mine = mine.clone();
                Suspend::new(async move {
                    let may_edit = user_can(&CurrentUser::get().await, Action::EditMeeting);
                    match (meeting.await, options.await) {
                        (Ok(meeting), Ok(options)) if may_edit => {
                            view! { <EditMeetingForm meeting options mine conflict error /> }.into_any()
                        }
                        (Ok(meeting), Ok(_)) => view! {
                            <Title text="Correct a meeting" />
                            <h1>"Correct a meeting"</h1>
                            <ErrorMessage error=AppError::Forbidden />
                            <p><a href=format!("/meetings/{}", meeting.id)>"Back to the meeting"</a></p>
                        }
                        .into_any(),
                        (Err(error), _) | (_, Err(error)) => view! {
                            <Title text="Correct a meeting" />
                            <h1>"Correct a meeting"</h1>
                            <ErrorMessage error />
                            <p><a href="/meetings">"Back to all meetings"</a></p>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn EditMeetingForm(
    meeting: Meeting,
    options: FormOptions,
    mine: Option<MeetingInput>,
    conflict: bool,
    error: FormError,
) -> impl IntoView {
    let current = MeetingInput::from_meeting(&meeting);
    let id = meeting.id;
    let title = format!("Correct: {}", meeting.title);
    let input = mine.clone().unwrap_or_else(|| current.clone());
    let comparison = conflict.then(|| {
        let rows = differences(
            &current,
            mine.as_ref().unwrap_or(&current),
            &options.partners,
        );
        view! { <ConflictNotice what="meeting" rows /> }
    });
    let partners = options.partner_choices(&current.partner_id);
    view! {
        <Title text=title.clone() />
        <p class="breadcrumb"><a href=format!("/meetings/{id}")>{meeting.title.clone()}</a></p>
        <h1>{title}</h1>
        {comparison}
        <form method="post" action="/api/update_meeting" class="form form--wide" novalidate>
            {(!conflict).then(|| view! { <ErrorSummary error /> })}
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="version" value=meeting.version />
            <MeetingFields input partners error />
            <div class="form-actions">
                <SubmitButton
                    label=if conflict { "Save my version over the current one" } else { "Save corrections" }
                    busy_label="Saving…" />
                <a href=format!("/meetings/{id}") class="button button--quiet">
                    {if conflict { "Discard my changes" } else { "Cancel" }}
                </a>
            </div>
        </form>
    }
}

/// `(field, current, mine)` for each field where the two versions differ.
fn differences(
    current: &MeetingInput,
    mine: &MeetingInput,
    partners: &[Choice],
) -> Vec<(String, String, String)> {
    let partner = |raw: &str| {
        partners
            .iter()
            .find(|c| c.id.to_string() == raw)
            .map(|c| c.label.trim().to_owned())
            .unwrap_or_else(|| raw.to_owned())
    };
    let people = |participants: &[ParticipantInput]| {
        participants
            .iter()
            .filter(|p| !p.name.trim().is_empty())
            .map(|p| p.name.trim().to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let shown = |text: String| {
        if text.trim().is_empty() {
            "—".to_owned()
        } else {
            text
        }
    };
    [
        ("Title", current.title.clone(), mine.title.clone()),
        ("Date", current.held_on.clone(), mine.held_on.clone()),
        (
            "Partner",
            partner(&current.partner_id),
            partner(&mine.partner_id),
        ),
        ("Location", current.location.clone(), mine.location.clone()),
        (
            "Source link",
            current.source_url.clone(),
            mine.source_url.clone(),
        ),
        (
            "Confidentiality",
            current.confidentiality.clone(),
            mine.confidentiality.clone(),
        ),
        ("Summary", current.summary.clone(), mine.summary.clone()),
        ("Readout", current.readout.clone(), mine.readout.clone()),
        (
            "Participants",
            people(&current.participants),
            people(&mine.participants),
        ),
    ]
    .into_iter()
    .filter(|(_, now, theirs)| now.trim() != theirs.trim())
    .map(|(field, now, theirs)| (field.to_owned(), shown(now), shown(theirs)))
    .collect()
}
