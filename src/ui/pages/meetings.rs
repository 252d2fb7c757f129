//! `/meetings`: every meeting, newest first, with a search.
//!
//! The search is a plain GET form, so it works without JavaScript; once enhanced, the list
//! updates in place with a pending state.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::meetings::list_meetings;
use crate::domain::permission::Action;
use crate::i18n::Language;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::SubmitButton;
use crate::ui::components::layout::NewButton;
use crate::ui::components::meeting_table::MeetingTable;

#[component]
pub fn MeetingsPage() -> impl IntoView {
    let query = use_query_map();
    let search = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let meetings = Resource::new_blocking(move || search.get(), list_meetings);
    let language = Language::current();

    view! {
        <Title text=language.t("meetings-page-title") />
        <div class="page-header">
            <h1>{language.t("meetings-heading")}</h1>
            <div class="page-header__actions">
                <NewButton action=Action::CreateMeeting href="/meetings/import" label=language.t("meetings-import") />
                <NewButton action=Action::CreateMeeting href="/meetings/new" label=language.t("meetings-new") />
            </div>
        </div>
        <form method="get" action="/meetings" class="search-form" role="search">
            <label for="meeting-search">{language.t("meetings-search-label")}</label>
            <div class="search-form__row">
                <input
                    id="meeting-search"
                    type="search"
                    name="q"
                    placeholder=language.t("meetings-search-placeholder")
                    value=search.get_untracked()
                />
                <SubmitButton label=language.t("meetings-search-submit") busy_label=language.t("busy-searching") />
            </div>
        </form>
        <Suspense fallback=move || view! { <p>{language.t("meetings-loading")}</p> }>
            {move || Suspend::new(async move {
                match meetings.await {
                    Ok(rows) => {
                        let search = search.get_untracked();
                        let count = rows.len() as i64;
                        let status = if search.is_empty() {
                            language.t_with("meetings-result-count", &[("count", count.into())])
                        } else {
                            language.t_with(
                                "meetings-result-count-search",
                                &[("count", count.into()), ("search", search.as_str().into())],
                            )
                        };
                        view! {
                            <p class="result-count" role="status">{status}</p>
                            {if rows.is_empty() {
                                view! { <p class="empty">{language.t("meetings-empty")}</p> }.into_any()
                            } else {
                                view! { <MeetingTable meetings=rows caption=language.t("meetings-table-caption") /> }.into_any()
                            }}
                        }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
