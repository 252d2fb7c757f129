//! `/`: the desk officer's home: their initiatives, what needs attention first, and the
//! latest meetings.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::initiatives::my_initiatives;
use crate::api::meetings::list_meetings;
use crate::i18n::Language;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::initiative_table::InitiativeTable;
use crate::ui::components::meeting_table::MeetingTable;

/// How many meetings the home page lists.
const RECENT_MEETINGS: usize = 8;

#[component]
pub fn HomePage() -> impl IntoView {
    let mine = Resource::new_blocking(|| (), |()| my_initiatives());
    let meetings = Resource::new_blocking(|| (), |()| list_meetings(String::new()));
    let language = Language::current();

    view! {
        <Title text=language.t("home-page-title") />
        <section aria-labelledby="my-initiatives">
            <div class="page-header">
                <h1 id="my-initiatives">{language.t("home-heading")}</h1>
                <a class="button button--secondary" href="/initiatives">{language.t("home-all-initiatives")}</a>
            </div>
            <Suspense fallback=move || view! { <p>{language.t("home-loading")}</p> }>
                {move || Suspend::new(async move {
                    match mine.await {
                        Ok(rows) if rows.is_empty() => view! {
                            <p class="empty">{language.t("home-empty")}</p>
                        }.into_any(),
                        Ok(rows) => view! {
                            <p class="result-count">
                                {language.t_with("home-result-count", &[("count", (rows.len() as i64).into())])}
                            </p>
                            <InitiativeTable rows caption=language.t("home-table-caption") />
                        }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
        <section aria-labelledby="recent-meetings">
            <div class="section-header">
                <h2 id="recent-meetings">{language.t("home-meetings-heading")}</h2>
                <a href="/meetings">{language.t("home-all-meetings")}</a>
            </div>
            <Suspense fallback=move || view! { <p>{language.t("home-meetings-loading")}</p> }>
                {move || Suspend::new(async move {
                    match meetings.await {
                        Ok(rows) if rows.is_empty() => {
                            view! { <p class="empty">{language.t("home-meetings-empty")}</p> }.into_any()
                        }
                        Ok(rows) => {
                            let recent = rows.into_iter().take(RECENT_MEETINGS).collect::<Vec<_>>();
                            view! { <MeetingTable meetings=recent caption=language.t("home-meetings-caption") /> }.into_any()
                        }
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
