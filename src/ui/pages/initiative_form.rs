//! `/initiatives/new` and `/initiatives/:id/edit`: every field of an initiative, with each
//! message next to its field and nothing typed lost.
//!
//! When someone else saved the initiative first, the edit page shows both versions side by
//! side and keeps the user's values in the form, on top of the current version, ready to save.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::initiatives::{
    Choice, FormOptions, InitiativeDetail, get_initiative, load_form_options,
    new_initiative_defaults,
};
use crate::domain::{Confidentiality, InitiativeInput, Obligor, Status, Strength};
use crate::error::AppError;
use crate::i18n::Language;
use crate::ui::components::conflict::ConflictNotice;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{
    ErrorSummary, FormError, Select, SubmitButton, TextArea, TextInput, choices, rejection,
};

/// The fields of an initiative (inside a form the caller provides).
#[component]
fn InitiativeFields(
    input: InitiativeInput,
    options: FormOptions,
    error: FormError,
    /// New initiatives choose their first status; edits change status on the record's page.
    choose_status: bool,
) -> impl IntoView {
    let language = Language::current();
    let owners = if options.can_reassign {
        Choice::options(&options.owners)
    } else {
        // Officers own what they create; the current owner stays selectable on an edit.
        options
            .owners
            .iter()
            .filter(|c| c.id == options.user_id || c.id.to_string() == input.owner_id)
            .map(|c| (c.id.to_string(), c.label.clone()))
            .collect()
    };
    let sectors = options.sectors_for(&input.sector_ids);
    let chosen = input.sector_ids.clone();
    let sector_message = move || {
        error.with(|e| {
            e.as_ref()
                .and_then(AppError::field_errors)
                .and_then(|f| f.get("sector_ids").map(str::to_owned))
        })
    };
    view! {
        <TextInput id="title" name="input[title]" field="title" label=language.t("field-title") value=input.title error required=true
            hint=language.t("initiative-form-title-hint") />
        <TextArea id="description" name="input[description]" field="description" label=language.t("field-description")
            value=input.description error rows=4 />
        <div class="form-grid">
            <Select id="partner_id" name="input[partner_id]" field="partner_id" label=language.t("field-partner_id") value=input.partner_id.clone()
                options=options.partner_choices(&input.partner_id) error blank=language.t("initiative-form-partner-blank") />
            <Select id="owner_id" name="input[owner_id]" field="owner_id" label=language.t("field-owner_id") value=input.owner_id
                options=owners error blank=language.t("initiative-form-owner-blank") />
            <TextInput id="deadline" name="input[deadline]" field="deadline" label=language.t("field-deadline") kind="date"
                value=input.deadline error hint=language.t("initiative-form-deadline-hint") />
            {(!choose_status).then(|| deadline_reason_field(input.deadline_reason.clone(), error))}
            <TextInput id="next_review_on" name="input[next_review_on]" field="next_review_on" label=language.t("field-next_review_on")
                kind="date" value=input.next_review_on error />
            {choose_status.then(|| view! {
                <Select id="status" name="input[status]" field="status" label=language.t("field-status") value=input.status.clone()
                    options=choices([Status::Proposed, Status::Active])
                    error />
            })}
            <Select id="obligor" name="input[obligor]" field="obligor" label=language.t("field-obligor") value=input.obligor
                options=choices(Obligor::ALL.iter().copied()) error />
            <Select id="strength" name="input[strength]" field="strength" label=language.t("field-strength") value=input.strength
                options=choices(Strength::ALL.iter().copied()) error
                hint=language.t("initiative-form-strength-hint") />
            <Select id="confidentiality" name="input[confidentiality]" field="confidentiality" label=language.t("field-confidentiality")
                value=input.confidentiality
                options=choices(Confidentiality::ALL.iter().copied()) error
                hint=language.t("initiative-form-confidentiality-hint") />
        </div>
        <fieldset class="field checkboxes" id="sector_ids" tabindex="-1"
            aria-describedby=move || sector_message().map(|_| "sector_ids-error")>
            <legend>{language.t("field-sector_ids")}</legend>
            {move || sector_message().map(|text| view! { <p class="field__error" id="sector_ids-error">{text}</p> })}
            {sectors
                .into_iter()
                .map(|sector| {
                    let value = sector.id.to_string();
                    let checked = chosen.contains(&value);
                    let id = format!("sector-{}", sector.id);
                    let label_for = id.clone();
                    view! {
                        <label class="checkbox" for=label_for>
                            <input type="checkbox" id=id name="input[sector_ids][]" value=value checked=checked />
                            {sector.label}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
        <input type="hidden" name="input[meeting_id]" value=input.meeting_id />
        {(!choose_status).then(|| view! { <input type="hidden" name="input[status]" value=input.status /> })}
    }
}

/// An edit's reason for moving the deadline (kept with the move; required only when it moves).
fn deadline_reason_field(value: String, error: FormError) -> impl IntoView {
    let language = Language::current();
    view! {
        <TextInput id="deadline_reason" name="input[deadline_reason]" field="deadline_reason"
            label=language.t("field-deadline_reason") value error
            hint=language.t("initiative-form-deadline-reason-hint") />
    }
}

#[component]
pub fn NewInitiativePage() -> impl IntoView {
    let query = use_query_map();
    let meeting = query.with_untracked(|q| q.get("meeting").unwrap_or_default());
    let defaults = Resource::new_blocking(move || meeting.clone(), new_initiative_defaults);
    let options = Resource::new_blocking(|| (), |()| load_form_options());
    let (error, typed) = rejection::<InitiativeInput>("initiative");
    let language = Language::current();

    view! {
        <Title text=language.t("initiative-form-new-title") />
        <p class="breadcrumb"><a href="/initiatives">{language.t("nav-initiatives")}</a></p>
        <h1>{language.t("initiative-form-new-title")}</h1>
        <Suspense fallback=move || view! { <p>{language.t("common-loading-form")}</p> }>
            {move || {
                let typed = typed.clone();
                Suspend::new(async move {
                    match (defaults.await, options.await) {
                        (Ok(defaults), Ok(options)) => {
                            let input = typed.unwrap_or(defaults);
                            view! {
                                <form method="post" action="/api/create_initiative" class="form form--wide" novalidate>
                                    <ErrorSummary error />
                                    <InitiativeFields input options error choose_status=true />
                                    <div class="form-actions">
                                        <SubmitButton label=language.t("initiative-form-create") busy_label=language.t("busy-creating") />
                                        <a href="/initiatives" class="button button--quiet">{language.t("common-cancel")}</a>
                                    </div>
                                </form>
                            }
                            .into_any()
                        }
                        (Err(error), _) | (_, Err(error)) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
pub fn EditInitiativePage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let (error, mine) = rejection::<InitiativeInput>("initiative");
    // After a conflict the page reads the current version, so the form saves on top of it.
    let conflict = error.with_untracked(|e| matches!(e, Some(AppError::Conflict)));
    let detail = Resource::new_blocking(move || id.get(), get_initiative);
    let options = Resource::new_blocking(|| (), |()| load_form_options());
    let language = Language::current();

    view! {
        <Suspense fallback=move || view! { <p>{language.t("common-loading-form")}</p> }>
            {move || {
                let mine = mine.clone();
                Suspend::new(async move {
                    match (detail.await, options.await) {
                        (Ok(detail), Ok(options)) => {
                            view! { <EditForm detail options mine conflict error /> }.into_any()
                        }
                        (Err(error), _) | (_, Err(error)) => view! {
                            <Title text=language.t("initiative-form-edit-title") />
                            <h1>{language.t("initiative-form-edit-title")}</h1>
                            <ErrorMessage error />
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn EditForm(
    detail: InitiativeDetail,
    options: FormOptions,
    mine: Option<InitiativeInput>,
    conflict: bool,
    error: FormError,
) -> impl IntoView {
    let language = Language::current();
    let initiative = detail.initiative;
    let current = InitiativeInput::from_initiative(&initiative);
    let id = initiative.id;
    let title = language.t_with(
        "initiative-form-edit-heading",
        &[("title", initiative.title.clone().into())],
    );
    let input = mine.clone().unwrap_or_else(|| current.clone());
    if !detail.can_edit {
        return view! {
            <Title text=title.clone() />
            <h1>{title}</h1>
            <ErrorMessage error=AppError::Forbidden />
            <p><a href=format!("/initiatives/{id}")>{language.t("initiative-form-back")}</a></p>
        }
        .into_any();
    }
    let comparison = conflict.then(|| {
        let mine = mine.unwrap_or_else(|| current.clone());
        view! { <ConflictComparison current=current.clone() mine options=options.clone() /> }
    });

    view! {
        <Title text=title.clone() />
        <p class="breadcrumb"><a href=format!("/initiatives/{id}")>{initiative.title.clone()}</a></p>
        <h1>{title}</h1>
        {comparison}
        <form method="post" action="/api/update_initiative" class="form form--wide" novalidate>
            {(!conflict).then(|| view! { <ErrorSummary error /> })}
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="version" value=initiative.version />
            <InitiativeFields input options error choose_status=false />
            <div class="form-actions">
                <SubmitButton
                    label=if conflict { language.t("conflict-save-mine") } else { language.t("initiative-form-save") }
                    busy_label=language.t("busy-saving") />
                <a href=format!("/initiatives/{id}") class="button button--quiet">
                    {if conflict { language.t("conflict-discard") } else { language.t("common-cancel") }}
                </a>
            </div>
        </form>
    }
    .into_any()
}

/// The current version and the user's, field by field, where they differ.
#[component]
fn ConflictComparison(
    current: InitiativeInput,
    mine: InitiativeInput,
    options: FormOptions,
) -> impl IntoView {
    let language = Language::current();
    let label_of = |items: &[Choice], raw: &str| {
        items
            .iter()
            .find(|c| c.id.to_string() == raw)
            .map(|c| c.label.trim().to_owned())
            .unwrap_or_else(|| raw.to_owned())
    };
    let shown = |input: &InitiativeInput, field: &str| -> String {
        let text = match field {
            "title" => input.title.clone(),
            "description" => input.description.clone(),
            "partner_id" => label_of(&options.partners, &input.partner_id),
            "owner_id" => label_of(&options.owners, &input.owner_id),
            "meeting_id" => input.meeting_id.clone(),
            "deadline" => input.deadline.clone(),
            "next_review_on" => input.next_review_on.clone(),
            // Closed values by name; stored text that names none is shown as it is.
            "obligor" => Obligor::parse(&input.obligor)
                .map_or_else(|| input.obligor.clone(), |value| language.name_of(value)),
            "strength" => Strength::parse(&input.strength)
                .map_or_else(|| input.strength.clone(), |value| language.name_of(value)),
            "confidentiality" => Confidentiality::parse(&input.confidentiality).map_or_else(
                || input.confidentiality.clone(),
                |value| language.name_of(value),
            ),
            "sector_ids" => input
                .sector_ids
                .iter()
                .map(|id| label_of(&options.sectors, id))
                .collect::<Vec<_>>()
                .join(", "),
            _ => String::new(),
        };
        if text.trim().is_empty() {
            language.t("common-none")
        } else {
            text
        }
    };
    let rows = mine
        .differing_fields(&current)
        .into_iter()
        .map(|field| {
            let label = match field {
                "partner_id" => language.t("field-partner_id"),
                "owner_id" => language.t("field-owner_id"),
                "meeting_id" => language.t("field-meeting_id"),
                "deadline" => language.t("field-deadline"),
                "next_review_on" => language.t("field-next_review_on"),
                "sector_ids" => language.t("field-sector_ids"),
                "obligor" => language.t("field-obligor"),
                "strength" => language.t("field-strength"),
                "confidentiality" => language.t("field-confidentiality"),
                "description" => language.t("field-description"),
                _ => language.t("field-title"),
            };
            (label, shown(&current, field), shown(&mine, field))
        })
        .collect();
    view! { <ConflictNotice what="initiative" rows /> }
}
