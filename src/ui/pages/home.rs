//! `/`: what Accord is, and the latest meetings.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::meetings::list_meetings;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::meeting_table::MeetingTable;

/// How many meetings the home page lists.
const RECENT_MEETINGS: usize = 8;

#[component]
pub fn HomePage() -> impl IntoView {
    let meetings = Resource::new_blocking(|| (), |()| list_meetings(String::new()));

    view! {
        <Title text="" />
        <section class="hero">
            <h1>"Nothing agreed is forgotten"</h1>
            <p class="lead">
                "Accord turns the outcomes of meetings with foreign partners into initiatives with an owner, a deadline, a status and a history."
            </p>
        </section>
        <section aria-labelledby="recent-meetings">
            <div class="section-header">
                <h2 id="recent-meetings">"Recent meetings"</h2>
                <a href="/meetings">"All meetings"</a>
            </div>
            <Suspense fallback=|| view! { <p>"Loading meetings…"</p> }>
                {move || Suspend::new(async move {
                    match meetings.await {
                        Ok(rows) if rows.is_empty() => {
                            view! { <p class="empty">"No meetings recorded yet."</p> }.into_any()
                        }
                        Ok(rows) => {
                            let recent = rows.into_iter().take(RECENT_MEETINGS).collect::<Vec<_>>();
                            view! { <MeetingTable meetings=recent caption="Recent meetings" /> }.into_any()
                        }
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
