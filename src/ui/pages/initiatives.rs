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
use crate::ui::components::downloads::DownloadLinks;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{SubmitButton, option_list};
use crate::ui::components::initiative_table::{InitiativeTable, SortColumn};
use crate::ui::components::layout::NewButton;
use crate::ui::format;

/// One filter select, keeping the URL's value selected.
#[component]
fn FilterSelect(
    id: &'static str,
    label: &'static str,
    any: &'static str,
    value: String,
    options: Vec<(String, String)>,
) -> impl IntoView {
    view! {
        <div class="filter">
            <label for=format!("filter-{id}")>{label}</label>
            <select id=format!("filter-{id}") name=id>
                <option value="">{any}</option>
                {option_list(options, &value)}
            </select>
        </div>
    }
}

#[component]
fn Filters(query: ListQuery, options: FormOptions) -> impl IntoView {
    let statuses = std::iter::once((OPEN_STATUS.to_owned(), "Open (not closed)".to_owned()))
        .chain(
            Status::ALL
                .iter()
                .map(|s| (s.as_str().to_owned(), s.label().to_owned())),
        )
        .collect();
    let healths = Health::ALL
        .iter()
        .map(|h| (h.as_str().to_owned(), h.label().to_owned()))
        .collect();
    let regions = WorldRegion::ALL
        .iter()
        .map(|r| (r.as_str().to_owned(), r.label().to_owned()))
        .collect();
    view! {
        <form method="get" action="/initiatives" class="filters" role="search" aria-label="Filter initiatives">
            <div class="filter filter--text">
                <label for="filter-q">"Text"</label>
                <input id="filter-q" type="search" name="q" value=query.q.clone() placeholder="Words from titles, notes or readouts" />
            </div>
            <FilterSelect id="partner" label="Partner" any="Any partner" value=query.partner.clone() options=Choice::options(&options.partners) />
            <FilterSelect id="sector" label="Sector" any="Any sector" value=query.sector.clone() options=Choice::options(&options.sectors) />
            <FilterSelect id="status" label="Status" any="Any status" value=query.status.clone() options=statuses />
            <FilterSelect id="health" label="Health" any="Any health" value=query.health.clone() options=healths />
            <FilterSelect id="owner" label="Owner" any="Anyone" value=query.owner.clone() options=Choice::options(&options.owners) />
            <FilterSelect id="region" label="World region" any="Any region" value=query.region.clone() options=regions />
            <div class="filter">
                <label for="filter-due_by">"Due by"</label>
                <input id="filter-due_by" type="date" name="due_by" value=query.due_by.clone() />
            </div>
            {(!query.meeting.is_empty()).then(|| view! { <input type="hidden" name="meeting" value=query.meeting.clone() /> })}
            {(!query.sort.is_empty()).then(|| view! { <input type="hidden" name="sort" value=query.sort.clone() /> })}
            <div class="filters__actions">
                <SubmitButton label="Apply filters" busy_label="Filtering…" />
                <a href="/initiatives" class="button button--quiet">"Clear"</a>
            </div>
        </form>
    }
}

#[component]
pub fn InitiativesPage() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| ListQuery::from_pairs(|name| p.get(name))));
    let page = Resource::new_blocking(move || query.get(), list_initiatives);
    let options = Resource::new_blocking(|| (), |()| load_form_options());

    view! {
        <Title text="Initiatives" />
        <div class="page-header">
            <h1>"Initiatives"</h1>
            <div class="page-header__actions">
                <NewButton action=Action::CreateInitiative href="/initiatives/import" label="Import a spreadsheet" />
                <NewButton action=Action::CreateInitiative href="/initiatives/new" label="New initiative" />
            </div>
        </div>
        <Suspense fallback=|| view! { <p>"Loading filters…"</p> }>
            {move || Suspend::new(async move {
                match options.await {
                    Ok(options) => view! { <Filters query=query.get() options /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
        <Suspense fallback=|| view! { <p>"Loading initiatives…"</p> }>
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
                        view! {
                            <div class="result-bar">
                                <p class="result-count" role="status">
                                    {format::count(result.total, "initiative", "initiatives")}
                                    {(result.total > shown as i64).then(|| format!(", showing {shown} from here"))}
                                    {format!(" · sorted by {}", sort.label().to_lowercase())}
                                </p>
                                {(result.total > 0).then(|| view! {
                                    <DownloadLinks
                                        href=move |kind| export_query.export_href(kind)
                                        what=result.total.to_string()
                                    />
                                })}
                            </div>
                            {if result.rows.is_empty() {
                                view! { <p class="empty">"No initiatives match these filters."</p> }.into_any()
                            } else {
                                view! { <InitiativeTable rows=result.rows caption="Initiatives" sort=sort_columns /> }.into_any()
                            }}
                            <nav class="pager" aria-label="Pages">
                                {first.map(|href| view! { <a href=href>"First page"</a> })}
                                {next.map(|href| view! { <a href=href rel="next">"Next page"</a> })}
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
