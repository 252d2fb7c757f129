//! `/`: the desk officer's home: their initiatives, what needs attention first, and the
//! latest meetings.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::initiatives::my_initiatives;
use crate::api::meetings::list_meetings;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::initiative_table::InitiativeTable;
use crate::ui::components::meeting_table::MeetingTable;
use crate::ui::format;

/// How many meetings the home page lists.
const RECENT_MEETINGS: usize = 8;

#[component]
pub fn HomePage() -> impl IntoView {
    let mine = Resource::new_blocking(|| (), |()| my_initiatives());
    let meetings = Resource::new_blocking(|| (), |()| list_meetings(String::new()));

    view! {
        <Title text="My initiatives" />
        <section aria-labelledby="my-initiatives">
            <div class="page-header">
                <h1 id="my-initiatives">"My initiatives"</h1>
                <a class="button button--secondary" href="/initiatives">"All initiatives"</a>
            </div>
            <Suspense fallback=|| view! { <p>"Loading your initiatives…"</p> }>
                {move || Suspend::new(async move {
                    match mine.await {
                        Ok(rows) if rows.is_empty() => view! {
                            <p class="empty">"You own no initiatives yet. Record a meeting and add what was agreed."</p>
                        }.into_any(),
                        Ok(rows) => view! {
                            <p class="result-count">
                                {format!("{}: overdue first, then due soon, stale and on track.",
                                    format::count(rows.len() as i64, "initiative", "initiatives"))}
                            </p>
                            <InitiativeTable rows caption="My initiatives, what needs attention first" />
                        }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
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
