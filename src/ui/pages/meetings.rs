//! `/meetings`: every meeting, newest first, with a search.
//!
//! The search is a plain GET form, so it works without JavaScript; once hydrated, the router
//! intercepts it and the list updates in place, keeping the old rows while the new ones load.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

use crate::api::meetings::list_meetings;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::meeting_table::MeetingTable;
use crate::ui::format;

#[component]
pub fn MeetingsPage() -> impl IntoView {
    let query = use_query_map();
    let search = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let meetings = Resource::new_blocking(move || search.get(), list_meetings);
    let (pending, set_pending) = signal(false);

    view! {
        <Title text="Meetings" />
        <div class="page-header">
            <h1>"Meetings"</h1>
        </div>
        <Form
            method="GET"
            action="/meetings"
            on_form_data=Arc::new(drop_unnamed_fields)
            attr:class="search-form"
            attr:role="search"
        >
            <label for="meeting-search">"Search meetings"</label>
            <div class="search-form__row">
                <input
                    id="meeting-search"
                    type="search"
                    name="q"
                    placeholder="Title, partner or place"
                    value=search.get_untracked()
                    prop:value=move || search.get()
                />
                <button type="submit" class="button" aria-busy=move || pending.get().to_string()>
                    {move || if pending.get() { "Searching…" } else { "Search" }}
                </button>
            </div>
        </Form>
        <Transition fallback=|| view! { <p>"Loading meetings…"</p> } set_pending>
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
        </Transition>
    }
}

/// Leptos's `<Form>` adds the clicked button to the query even when it has no name (`?q=x&=`);
/// a browser without JavaScript leaves unnamed controls out, and so do we.
fn drop_unnamed_fields(form_data: &leptos::web_sys::FormData) {
    form_data.delete("");
}
