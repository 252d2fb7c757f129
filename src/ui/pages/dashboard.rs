//! `/dashboard`: where we stand with each partner, what needs attention first.
//!
//! Every number links to the initiative list filtered to exactly those initiatives (the list
//! includes the partners under a partner, as the dashboard rolls them up). The chart is
//! server-rendered SVG with the table as its text equivalent.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use chrono::NaiveDate;

use crate::api::dashboard::{Dashboard, get_dashboard};
use crate::api::initiatives::Choice;
use crate::domain::dashboard::{DashboardLevel, DashboardQuery, DashboardRow, MatrixRow};
use crate::domain::{Status, WorldRegion};
use crate::ui::components::downloads::DownloadLinks;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::SubmitButton;

mod charts;
use charts::*;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| {
        params.with(|p| {
            let value = |name: &str| p.get(name).unwrap_or_default();
            DashboardQuery {
                level: value("level"),
                sector: value("sector"),
                owner: value("owner"),
                region: value("region"),
                show: value("show"),
            }
        })
    });
    let dashboard = Resource::new_blocking(move || query.get(), get_dashboard);
    view! {
        <Title text="Dashboard" />
        <h1>"Dashboard"</h1>
        <Suspense fallback=|| view! { <p>"Loading the dashboard…"</p> }>
            {move || Suspend::new(async move {
                match dashboard.await {
                    Ok(dashboard) => view! { <DashboardView dashboard /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// How many partners the chart shows at most.
const CHART_ROWS: usize = 20;

/// The heading of the column that names each row: a partner or a world region.
fn row_heading(what: &str) -> &'static str {
    if what == "partner" {
        "Partner"
    } else {
        "World region"
    }
}

/// The list of a row's initiatives, narrowed by `extra` and the dashboard's filters.
fn list_href(key: &str, extra: &str, filters: &str) -> String {
    format!("/initiatives?{key}{extra}{filters}")
}

/// A count that opens the list of exactly those initiatives (a dash for none).
fn count_link(count: i64, href: String, label: String) -> AnyView {
    if count == 0 {
        view! { <span class="zero" aria-label=label>"0"</span> }.into_any()
    } else {
        view! { <a href=href aria-label=label>{count}</a> }.into_any()
    }
}

/// The dashboard's filters: a GET form, so a filtered view is a link to share.
#[component]
fn DashboardFilters(
    query: DashboardQuery,
    sectors: Vec<Choice>,
    owners: Vec<Choice>,
) -> impl IntoView {
    let select = |id: &'static str,
                  label: &'static str,
                  any: &'static str,
                  value: String,
                  options: Vec<(String, String)>| {
        view! {
            <div class="filter">
                <label for=format!("dashboard-{id}")>{label}</label>
                <select id=format!("dashboard-{id}") name=id>
                    <option value="">{any}</option>
                    {options.into_iter().map(|(option, text)| {
                        let selected = option == value;
                        view! { <option value=option selected=selected>{text}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let regions = WorldRegion::ALL
        .iter()
        .map(|r| (r.as_str().to_owned(), r.label().to_owned()))
        .collect();
    view! {
        <form method="get" action="/dashboard" class="filters no-print" role="search" aria-label="Filter the dashboard">
            <input type="hidden" name="level" value=query.level().as_str() />
            {select("sector", "Sector", "Every sector", query.sector.clone(), Choice::options(&sectors))}
            {select("owner", "Owner", "Everyone", query.owner.clone(), Choice::options(&owners))}
            {select("region", "World region", "Every region", query.region.clone(), regions)}
            <div class="filters__actions">
                <SubmitButton label="Apply filters" busy_label="Filtering…" />
                <a href=format!("/dashboard?level={}", query.level().as_str()) class="button button--quiet">"Clear"</a>
            </div>
        </form>
    }
}

// Long because: one view template, read top to bottom as the page.
#[component]
fn DashboardView(dashboard: Dashboard) -> impl IntoView {
    let Dashboard {
        query,
        level,
        rows,
        matrix,
        sectors,
        owners,
        row_count,
        totals,
        due_until,
        months,
    } = dashboard;
    let filters = query.list_params();
    let levels = DashboardLevel::ALL
        .iter()
        .map(|l| {
            let current = *l == level;
            view! {
                <a href=query.at_level(*l) class="tab" aria-current=current.then_some("page")>{l.label()}</a>
            }
        })
        .collect_view();
    let shown = rows.len();
    let all_href = format!("{}&show=all", query.at_level(level));
    let what = match level {
        DashboardLevel::World => "world region",
        DashboardLevel::Top | DashboardLevel::Sub => "partner",
    };
    let matrix_heading = if matrix.len() < row_count {
        format!(
            "Open initiatives by {what} and sector: the {} needing most attention",
            matrix.len()
        )
    } else {
        format!("Open initiatives by {what} and sector")
    };
    // A chart of hundreds of bars reads as noise: it shows the rows that need attention
    // most; the table lists them all.
    let chart_rows: Vec<DashboardRow> = rows.iter().take(CHART_ROWS).cloned().collect();
    let chart_heading = if rows.len() > CHART_ROWS {
        format!("The {CHART_ROWS} {what}s needing most attention")
    } else {
        format!("Open and completed initiatives by {what}")
    };
    // With a sector filter every counted initiative is in that sector: its column is the one
    // that links to exactly what it counts.
    let matrix_sectors: Vec<Choice> = sectors
        .iter()
        .filter(|s| query.sector.trim().is_empty() || s.id.to_string() == query.sector.trim())
        .filter(|s| matrix.iter().any(|row| row.cell(s.id).0 > 0))
        .cloned()
        .collect();
    let sector_owner = (sectors.clone(), owners.clone());
    view! {
        <div class="dashboard-bar no-print">
            <nav class="tabs" aria-label="Level">{levels}</nav>
            <a href="/dashboard/changes" class="button button--quiet">"What changed this quarter"</a>
            <DownloadLinks
                href={
                    let query = query.clone();
                    move |kind| query.export_href(kind)
                }
                what=format!("{row_count} rows")
            />
        </div>
        <DashboardFilters query=query.clone() sectors=sector_owner.0 owners=sector_owner.1 />
        <ul class="headline-figures">
            <li><span class="figure">{totals[0]}</span>" open"</li>
            <li class="figure--overdue"><span class="figure">{totals[1]}</span>" overdue"</li>
            <li><span class="figure">{totals[2]}</span>" due in 30 days"</li>
            <li><span class="figure">{totals[3]}</span>" stale"</li>
            <li><span class="figure">{totals[4]}</span>" completed"</li>
        </ul>
        {if rows.is_empty() {
            view! { <p class="empty">"No initiatives match."</p> }.into_any()
        } else {
            view! {
                <section aria-labelledby="chart-heading">
                    <h2 id="chart-heading">{chart_heading}</h2>
                    <StatusChart rows=chart_rows />
                </section>
                <section aria-labelledby="table-heading">
                    <h2 id="table-heading">{format!("By {what}, what needs attention first")}</h2>
                    {(row_count > shown).then(|| view! {
                        <p class="result-count no-print">
                            {format!("The {shown} {what}s needing most attention, of {row_count}. ")}
                            <a href=all_href.clone()>{format!("Show all {row_count}")}</a>
                        </p>
                    })}
                    <DashboardTable rows what filters=filters.clone() due_until />
                </section>
                <section aria-labelledby="months-heading">
                    <h2 id="months-heading">"Opened and completed, month by month"</h2>
                    <MonthlyChart months />
                </section>
                <section aria-labelledby="matrix-heading" class="print-break">
                    <h2 id="matrix-heading">{matrix_heading}</h2>
                    <SectorMatrix rows=matrix sectors=matrix_sectors what filters />
                </section>
            }
            .into_any()
        }}
    }
}

#[component]
fn DashboardTable(
    rows: Vec<DashboardRow>,
    what: &'static str,
    filters: String,
    due_until: NaiveDate,
) -> impl IntoView {
    let heading = row_heading(what);
    view! {
        <div class="table-scroll">
            <table class="data-table dashboard-table">
                <caption class="visually-hidden">{format!("Initiatives by {what}: status, health, due dates, completion and timeliness")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{heading}</th>
                        <th scope="col" class="num">"All"</th>
                        {Status::ALL.iter().map(|s| view! { <th scope="col" class="num">{s.label()}</th> }).collect_view()}
                        <th scope="col" class="num">"Overdue"</th>
                        <th scope="col" class="num">"Due in 30 days"</th>
                        <th scope="col" class="num">"Stale"</th>
                        <th scope="col" class="num">"Completion"</th>
                        <th scope="col" class="num">"On time"</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let key = row.key.clone();
                            let name = row.name.clone();
                            let href = |extra: &str| list_href(&key, extra, &filters);
                            let statuses = Status::ALL
                                .iter()
                                .map(|s| {
                                    let label = format!("{} {} initiatives with {name}", row.status(*s), s.label().to_lowercase());
                                    view! {
                                        <td class="num" data-label=s.label()>{count_link(row.status(*s), href(&format!("&status={}", s.as_str())), label)}</td>
                                    }
                                })
                                .collect_view();
                            let overdue_label = format!("{} overdue initiatives with {name}", row.overdue);
                            let stale_label = format!("{} stale initiatives with {name}", row.stale);
                            let due_label = format!("{} initiatives with {name} due by {due_until}", row.due_within);
                            let on_time_title = format!("{} of {} completed with a deadline", row.on_time, row.completed_with_deadline);
                            let title = match row.page.clone() {
                                Some(page) => view! { <a href=page>{row.name.clone()}</a> }.into_any(),
                                None => view! { <span>{row.name.clone()}</span> }.into_any(),
                            };
                            view! {
                                <tr>
                                    <th scope="row">{title}</th>
                                    <td class="num" data-label="All">{count_link(row.total, href(""), format!("All {} initiatives with {name}", row.total))}</td>
                                    {statuses}
                                    <td class="num cell--overdue" data-label="Overdue" class:cell--alert=row.overdue != 0>{count_link(row.overdue, href("&health=overdue"), overdue_label)}</td>
                                    <td class="num" data-label="Due in 30 days">{count_link(row.due_within, href(&format!("&due_by={due_until}")), due_label)}</td>
                                    <td class="num" data-label="Stale">{count_link(row.stale, href("&health=stale"), stale_label)}</td>
                                    <td class="num" data-label="Completion">{row.completion_percent().map(|p| format!("{p} %")).unwrap_or_else(|| "—".into())}</td>
                                    <td class="num" data-label="On time" title=on_time_title>{row.on_time_percent().map(|p| format!("{p} %")).unwrap_or_else(|| "—".into())}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <p class="field__hint">
            "Due in 30 days: open, with a deadline from today to " {due_until.to_string()} ". Stale: no update for 60 days. "
            "Completion: completed of all not dropped. On time: completed on or before the deadline, of those completed that had one. "
            "A partner's row includes the partners under it."
        </p>
    }
}

/// Open initiatives per row and sector; overdue ones are called out in each cell.
#[component]
fn SectorMatrix(
    rows: Vec<MatrixRow>,
    sectors: Vec<Choice>,
    what: &'static str,
    filters: String,
) -> impl IntoView {
    if rows.is_empty() || sectors.is_empty() {
        return view! { <p class="empty">"No open initiatives."</p> }.into_any();
    }
    // The sector filter (if any) is already in the column; keep the other filters.
    let other_filters: String = filters
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("sector="))
        .map(|pair| format!("&{pair}"))
        .collect();
    let heading = row_heading(what);
    view! {
        <div class="table-scroll">
            <table class="data-table matrix-table">
                <caption class="visually-hidden">{format!("Open initiatives by {what} and sector, with how many are overdue")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{heading}</th>
                        {sectors.iter().map(|s| view! { <th scope="col" class="num">{s.label.clone()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| {
                        let cells = sectors.iter().map(|sector| {
                            let (open, overdue) = row.cell(sector.id);
                            let base = format!("/initiatives?{}&sector={}{}", row.key, sector.id, other_filters);
                            // The row and column headers name the cell: no label on each link
                            // keeps a wide matrix light. On a phone, where the headers are
                            // hidden, the cell names its sector.
                            view! {
                                <td class="num" data-label=sector.label.clone() class:cell--alert=overdue != 0>
                                    {if open == 0 {
                                        view! { <span class="zero">"0"</span> }.into_any()
                                    } else {
                                        view! { <a href=format!("{base}&status=open")>{open}</a> }.into_any()
                                    }}
                                    {(overdue > 0).then(|| view! {
                                        " "<a class="matrix__overdue" href=format!("{base}&health=overdue")>{format!("{overdue} overdue")}</a>
                                    })}
                                </td>
                            }
                        }).collect_view();
                        view! { <tr><th scope="row">{row.name.clone()}</th>{cells}</tr> }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <p class="field__hint">"Each cell counts open initiatives (an initiative in two sectors counts in both); overdue ones are shown in brackets and highlighted."</p>
    }
    .into_any()
}
