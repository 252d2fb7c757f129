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
use crate::domain::{Confidentiality, Meeting, MeetingInput};
use crate::error::AppError;
use crate::i18n::Language;
use crate::ui::components::conflict::ConflictNotice;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{ErrorSummary, FormError, SubmitButton, rejection};
use crate::ui::components::layout::{CurrentUser, user_can};
use crate::ui::history::field_label;

#[component]
pub fn EditMeetingPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let (error, mine) = rejection::<MeetingInput>("meeting-edit");
    // After a conflict the page reads the current version, so the form saves on top of it.
    let conflict = error.with_untracked(|e| matches!(e, Some(AppError::Conflict)));
    let meeting = Resource::new_blocking(move || id.get(), get_meeting);
    let options = Resource::new_blocking(|| (), |()| load_form_options());
    let language = Language::current();

    view! {
        <Suspense fallback=move || view! { <p>{language.t("common-loading-form")}</p> }>
            {move || {
                let mine = mine.clone();
                Suspend::new(async move {
                    let may_edit = user_can(&CurrentUser::get().await, Action::EditMeeting);
                    match (meeting.await, options.await) {
                        (Ok(meeting), Ok(options)) if may_edit => {
                            view! { <EditMeetingForm meeting options mine conflict error /> }.into_any()
                        }
                        (Ok(meeting), Ok(_)) => view! {
                            <Title text=language.t("meeting-edit-title") />
                            <h1>{language.t("meeting-edit-title")}</h1>
                            <ErrorMessage error=AppError::Forbidden />
                            <p><a href=format!("/meetings/{}", meeting.id)>{language.t("meeting-edit-back")}</a></p>
                        }
                        .into_any(),
                        (Err(error), _) | (_, Err(error)) => view! {
                            <Title text=language.t("meeting-edit-title") />
                            <h1>{language.t("meeting-edit-title")}</h1>
                            <ErrorMessage error />
                            <p><a href="/meetings">{language.t("meeting-back-to-all")}</a></p>
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
    let language = Language::current();
    let current = MeetingInput::from_meeting(&meeting);
    let id = meeting.id;
    let title = language.t_with(
        "meeting-edit-heading",
        &[("title", meeting.title.clone().into())],
    );
    let input = mine.clone().unwrap_or_else(|| current.clone());
    let comparison = conflict.then(|| {
        let rows = differences(
            language,
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
                    label=if conflict { language.t("conflict-save-mine") } else { language.t("meeting-edit-save") }
                    busy_label=language.t("busy-saving") />
                <a href=format!("/meetings/{id}") class="button button--quiet">
                    {if conflict { language.t("conflict-discard") } else { language.t("common-cancel") }}
                </a>
            </div>
        </form>
    }
}

/// `(field, current, mine)` for each field where the two versions differ, in `language`.
fn differences(
    language: Language,
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
    // Stored text that names no confidentiality is shown as it is.
    let confidentiality = |raw: &str| {
        Confidentiality::parse(raw).map_or_else(|| raw.to_owned(), |value| language.name_of(value))
    };
    let shown = |text: String| {
        if text.trim().is_empty() {
            language.t("common-none")
        } else {
            text
        }
    };
    [
        ("title", current.title.clone(), mine.title.clone()),
        ("held_on", current.held_on.clone(), mine.held_on.clone()),
        (
            "partner_id",
            partner(&current.partner_id),
            partner(&mine.partner_id),
        ),
        ("location", current.location.clone(), mine.location.clone()),
        (
            "source_url",
            current.source_url.clone(),
            mine.source_url.clone(),
        ),
        (
            "confidentiality",
            confidentiality(&current.confidentiality),
            confidentiality(&mine.confidentiality),
        ),
        ("summary", current.summary.clone(), mine.summary.clone()),
        ("readout", current.readout.clone(), mine.readout.clone()),
        (
            "participants",
            people(&current.participants),
            people(&mine.participants),
        ),
    ]
    .into_iter()
    .filter(|(_, now, theirs)| now.trim() != theirs.trim())
    .map(|(field, now, theirs)| (field_label(language, field), shown(now), shown(theirs)))
    .collect()
}
