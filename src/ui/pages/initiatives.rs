//! `/initiatives`: every initiative the user may read, filtered, sorted and paged by the URL.
//!
//! The filters are a GET form, so a view can be bookmarked and shared and works without
//! JavaScript; once enhanced, the page updates in place with a pending state.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::initiatives::{Choice, FormOptions, list_initiatives, load_form_options};
use crate::domain::listing::{ListQuery, OPEN_STATUS};
use crate::domain::permission::Action;
use crate::domain::{Health, InitiativeSort, Status, WorldRegion};
use crate::i18n::Language;
use crate::ui::components::downloads::DownloadLinks;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{SubmitButton, options_html};
use crate::ui::components::initiative_table::{InitiativeTable, SortColumn};
use crate::ui::components::layout::NewButton;

/// One filter select, keeping the URL's value selected.
#[component]
fn FilterSelect(
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] any: String,
    value: String,
    options: Vec<(String, String)>,
) -> impl IntoView {
    view! {
        <div class="filter">
            <label for=format!("filter-{id}")>{label}</label>
            <select id=format!("filter-{id}") name=id inner_html=options_html(&any, &options, &value)></select>
        </div>
    }
}

#[component]
fn Filters(query: ListQuery, options: FormOptions) -> impl IntoView {
    let language = Language::current();
    let open = language.t("initiatives-filter-status-open");
    let statuses = std::iter::once((OPEN_STATUS.to_owned(), open))
        .chain(
            Status::ALL
                .iter()
                .map(|s| (s.as_str().to_owned(), language.name_of(*s))),
        )
        .collect();
    let healths = Health::ALL
        .iter()
        .map(|h| (h.as_str().to_owned(), language.name_of(*h)))
        .collect();
    let regions = WorldRegion::ALL
        .iter()
        .map(|r| (r.as_str().to_owned(), language.name_of(*r)))
        .collect();
    view! {
        <form method="get" action="/initiatives" class="filters" role="search" aria-label=language.t("initiatives-filters-label")>
            <div class="filter filter--text">
                <label for="filter-q">{language.t("initiatives-filter-text")}</label>
                <input id="filter-q" type="search" name="q" value=query.q.clone() placeholder=language.t("initiatives-filter-text-placeholder") />
            </div>
            <FilterSelect id="partner" label=language.t("initiatives-filter-partner") any=language.t("initiatives-filter-partner-any") value=query.partner.clone() options=Choice::options(&options.partners) />
            <FilterSelect id="sector" label=language.t("initiatives-filter-sector") any=language.t("initiatives-filter-sector-any") value=query.sector.clone() options=Choice::options(&options.sectors) />
            <FilterSelect id="status" label=language.t("initiatives-filter-status") any=language.t("initiatives-filter-status-any") value=query.status.clone() options=statuses />
            <FilterSelect id="health" label=language.t("initiatives-filter-health") any=language.t("initiatives-filter-health-any") value=query.health.clone() options=healths />
            <FilterSelect id="owner" label=language.t("initiatives-filter-owner") any=language.t("initiatives-filter-owner-any") value=query.owner.clone() options=Choice::options(&options.owners) />
            <FilterSelect id="region" label=language.t("initiatives-filter-region") any=language.t("initiatives-filter-region-any") value=query.region.clone() options=regions />
            <div class="filter">
                <label for="filter-due_by">{language.t("initiatives-filter-due-by")}</label>
                <input id="filter-due_by" type="date" name="due_by" value=query.due_by.clone() />
            </div>
            {(!query.meeting.is_empty()).then(|| view! { <input type="hidden" name="meeting" value=query.meeting.clone() /> })}
            {(!query.sort.is_empty()).then(|| view! { <input type="hidden" name="sort" value=query.sort.clone() /> })}
            <div class="filters__actions">
                <SubmitButton label=language.t("filters-apply") busy_label=language.t("busy-filtering") />
                <a href="/initiatives" class="button button--quiet">{language.t("filters-clear")}</a>
            </div>
        </form>
    }
}

/// "12 initiatives, by deadline", or how many of them this page shows.
fn result_count(language: Language, total: i64, shown: i64, sort: InitiativeSort) -> String {
    if total > shown {
        language.t_with(
            "initiatives-result-count-partial",
            &[
                ("count", total.into()),
                ("shown", shown.into()),
                ("sort", sort.as_str().into()),
            ],
        )
    } else {
        language.t_with(
            "initiatives-result-count",
            &[("count", total.into()), ("sort", sort.as_str().into())],
        )
    }
}

/// A search sorted another way links back to its best matches.
fn best_first_href(query: &ListQuery, sort: InitiativeSort) -> Option<String> {
    (query.filter().searches_words() && sort != InitiativeSort::Relevance).then(|| {
        query.href(|q| {
            q.sort = InitiativeSort::Relevance.as_str().to_owned();
            q.after.clear();
        })
    })
}

#[component]
pub fn InitiativesPage() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| ListQuery::from_pairs(|name| p.get(name))));
    let page = Resource::new_blocking(move || query.get(), list_initiatives);
    let options = Resource::new_blocking(|| (), |()| load_form_options());
    let language = Language::current();

    view! {
        <Title text=language.t("initiatives-page-title") />
        <div class="page-header">
            <h1>{language.t("initiatives-heading")}</h1>
            <div class="page-header__actions">
                <NewButton action=Action::CreateInitiative href="/initiatives/import" label=language.t("initiatives-import") />
                <NewButton action=Action::CreateInitiative href="/initiatives/new" label=language.t("initiatives-new") />
            </div>
        </div>
        <Suspense fallback=move || view! { <p>{language.t("initiatives-loading-filters")}</p> }>
            {move || Suspend::new(async move {
                match options.await {
                    Ok(options) => view! { <Filters query=query.get() options /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
        <Suspense fallback=move || view! { <p>{language.t("initiatives-loading")}</p> }>
            {move || Suspend::new(async move {
                let result = page.await;
                let query = query.get_untracked();
                match result {
                    Ok(result) => {
                        let sort = query.sort();
                        let column = |column: InitiativeSort| SortColumn {
                            href: query.href(|q| {
                                q.sort = column.as_str().to_owned();
                                q.after.clear();
                            }),
                            current: sort == column,
                        };
                        let sort_columns = [
                            column(InitiativeSort::Deadline),
                            column(InitiativeSort::Updated),
                            column(InitiativeSort::Title),
                        ];
                        let shown = result.rows.len();
                        let next = result.next.map(|after| query.href(|q| q.after = after));
                        let first = (!query.after.is_empty()).then(|| query.href(|q| q.after.clear()));
                        let export_query = query.clone();
                        let result_count = result_count(language, result.total, shown as i64, sort);
                        let best_first = best_first_href(&query, sort);
                        view! {
                            <div class="result-bar">
                                <p class="result-count" role="status">
                                    {result_count}
                                    {best_first.map(|href| view! { " · " <a href=href>{language.t("initiatives-sort-relevance-link")}</a> })}
                                </p>
                                {(result.total > 0).then(|| view! {
                                    <DownloadLinks
                                        href=move |kind| export_query.export_href(kind)
                                        what=language.number(result.total)
                                    />
                                })}
                            </div>
                            {if result.rows.is_empty() {
                                view! { <p class="empty">{language.t("initiatives-empty")}</p> }.into_any()
                            } else {
                                view! { <InitiativeTable rows=result.rows caption=language.t("initiatives-table-caption") sort=sort_columns /> }.into_any()
                            }}
                            <nav class="pager" aria-label=language.t("initiatives-pager-label")>
                                {first.map(|href| view! { <a href=href>{language.t("initiatives-pager-first")}</a> })}
                                {next.map(|href| view! { <a href=href rel="next">{language.t("initiatives-pager-next")}</a> })}
                            </nav>
                        }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
