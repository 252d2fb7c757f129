//! `/initiatives/:id/delete` and `/meetings/:id/delete`: an admin deletes a record that should
//! never have existed, stating why. The page says what goes and what stays; the reason and
//! the record's last values stay in the audit trail.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::initiatives::get_initiative;
use crate::api::meetings::get_meeting;
use crate::domain::deletion::{DeletionInput, MAX_REASON};
use crate::domain::permission::Action;
use crate::error::AppError;
use crate::i18n::Language;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{ErrorSummary, FormError, SubmitButton, TextArea, rejection};
use crate::ui::components::layout::{CurrentUser, user_can};

/// What is about to be deleted, as the page describes it.
struct Doomed {
    /// `initiative` or `meeting` (the heading names it).
    kind: &'static str,
    id: i64,
    version: i64,
    title: String,
    /// Its own page, and the list to go back to.
    page: String,
    action: &'static str,
    form: &'static str,
    consequences: Vec<String>,
}

#[component]
pub fn DeleteInitiativePage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let detail = Resource::new_blocking(move || id.get(), get_initiative);
    let language = Language::current();
    view! {
        <Suspense fallback=move || view! { <p>{language.t("common-loading")}</p> }>
            {move || Suspend::new(async move {
                let user = CurrentUser::get().await;
                let doomed = detail.await.map(|detail| {
                    let initiative = detail.initiative;
                    Doomed {
                        kind: "initiative",
                        id: initiative.id,
                        version: initiative.version,
                        page: format!("/initiatives/{}", initiative.id),
                        title: initiative.title,
                        action: "/api/admin_delete_initiative",
                        form: "delete-initiative",
                        consequences: vec![
                            language.t("delete-initiative-consequence-1"),
                            language.t("delete-initiative-consequence-2"),
                            language.t("delete-consequence-audit"),
                        ],
                    }
                });
                view! { <DeletePage doomed allowed=user_can(&user, Action::DeleteRecord) /> }
            })}
        </Suspense>
    }
}

#[component]
pub fn DeleteMeetingPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let meeting = Resource::new_blocking(move || id.get(), get_meeting);
    let language = Language::current();
    view! {
        <Suspense fallback=move || view! { <p>{language.t("common-loading")}</p> }>
            {move || Suspend::new(async move {
                let user = CurrentUser::get().await;
                let doomed = meeting.await.map(|meeting| Doomed {
                    kind: "meeting",
                    id: meeting.id,
                    version: meeting.version,
                    page: format!("/meetings/{}", meeting.id),
                    title: meeting.title,
                    action: "/api/admin_delete_meeting",
                    form: "delete-meeting",
                    consequences: vec![
                        language.t("delete-meeting-consequence-1"),
                        language.t("delete-meeting-consequence-2"),
                        language.t("delete-consequence-audit"),
                    ],
                });
                view! { <DeletePage doomed allowed=user_can(&user, Action::DeleteRecord) /> }
            })}
        </Suspense>
    }
}

#[component]
fn DeletePage(doomed: Result<Doomed, AppError>, allowed: bool) -> impl IntoView {
    let language = Language::current();
    let doomed = match (doomed, allowed) {
        (Ok(doomed), true) => doomed,
        (result, _) => {
            let error = result.err().unwrap_or(AppError::Forbidden);
            return view! {
                <Title text=language.t("delete-title") />
                <h1>{language.t("delete-title")}</h1>
                <ErrorMessage error />
            }
            .into_any();
        }
    };
    let (error, typed) = rejection::<DeletionInput>(doomed.form);
    let typed = typed.unwrap_or_default();
    let heading = language.t_with("delete-heading", &[("kind", doomed.kind.into())]);
    view! {
        <Title text=heading.clone() />
        <p class="breadcrumb"><a href=doomed.page.clone()>{doomed.title.clone()}</a></p>
        <h1>{heading}</h1>
        <p class="lead">{doomed.title.clone()}</p>
        <ul>
            {doomed.consequences.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
        </ul>
        <DeleteForm id=doomed.id version=doomed.version action=doomed.action page=doomed.page
            reason=typed.reason error />
    }
    .into_any()
}

#[component]
fn DeleteForm(
    id: i64,
    version: i64,
    action: &'static str,
    page: String,
    reason: String,
    error: FormError,
) -> impl IntoView {
    let language = Language::current();
    view! {
        <form method="post" action=action class="form" novalidate>
            <ErrorSummary error />
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="version" value=version />
            <TextArea id="reason" name="input[reason]" field="reason" label=language.t("delete-reason-label")
                value=reason error rows=3
                hint=language.t_with("delete-reason-hint", &[("max", (MAX_REASON as i64).into())]) />
            <div class="form-actions">
                <SubmitButton label=language.t("delete-submit") busy_label=language.t("busy-deleting") destructive=true />
                <a href=page class="button button--quiet">{language.t("delete-keep")}</a>
            </div>
        </form>
    }
}
