//! `/meetings`: every meeting, newest first, with a search.
//!
//! The search is a plain GET form, so it works without JavaScript; once enhanced, the list
//! updates in place with a pending state.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::meetings::list_meetings;
use crate::domain::permission::Action;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::SubmitButton;
use crate::ui::components::layout::NewButton;
use crate::ui::components::meeting_table::MeetingTable;
use crate::ui::format;

#[component]
pub fn MeetingsPage() -> impl IntoView {
    let query = use_query_map();
    let search = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let meetings = Resource::new_blocking(move || search.get(), list_meetings);

    view! {
        <Title text="Meetings" />
        <div class="page-header">
            <h1>"Meetings"</h1>
            <div class="page-header__actions">
                <NewButton action=Action::CreateMeeting href="/meetings/import" label="Import a readout" />
                <NewButton action=Action::CreateMeeting href="/meetings/new" label="Record a meeting" />
            </div>
        </div>
        <form method="get" action="/meetings" class="search-form" role="search">
            <label for="meeting-search">"Search meetings"</label>
            <div class="search-form__row">
                <input
                    id="meeting-search"
                    type="search"
                    name="q"
                    placeholder="Title, partner or place"
                    value=search.get_untracked()
                />
                <SubmitButton label="Search" busy_label="Searching…" />
            </div>
        </form>
        <Suspense fallback=|| view! { <p>"Loading meetings…"</p> }>
            {move || Suspend::new(async move {
                match meetings.await {
                    Ok(rows) => {
                        let search = search.get_untracked();
                        let status = if search.is_empty() {
                            format::count(rows.len() as i64, "meeting", "meetings")
                        } else {
                            format!("{} matching “{}”", format::count(rows.len() as i64, "meeting", "meetings"), search)
                        };
                        view! {
                            <p class="result-count" role="status">{status}</p>
                            {if rows.is_empty() {
                                view! { <p class="empty">"No meetings match this search."</p> }.into_any()
                            } else {
                                view! { <MeetingTable meetings=rows caption="Meetings" /> }.into_any()
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
