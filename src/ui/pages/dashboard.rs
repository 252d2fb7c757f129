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
use crate::i18n::Language;
use crate::ui::components::downloads::DownloadLinks;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::SubmitButton;

mod charts;
mod matrix;
use charts::*;
use matrix::{SectorMatrix, row_heading};

#[component]
pub fn DashboardPage() -> impl IntoView {
    let language = Language::current();
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
        <Title text=language.t("dashboard-page-title") />
        <h1>{language.t("dashboard-heading")}</h1>
        <Suspense fallback=move || view! { <p>{language.t("dashboard-loading")}</p> }>
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

/// The list of a row's initiatives, narrowed by `extra` and the dashboard's filters.
fn list_href(key: &str, extra: &str, filters: &str) -> String {
    format!("/initiatives?{key}{extra}{filters}")
}

/// A count that opens the list of exactly those initiatives (a dash for none).
fn count_link(language: Language, count: i64, href: String, label: String) -> AnyView {
    if count == 0 {
        view! { <span class="zero" aria-label=label>"0"</span> }.into_any()
    } else {
        view! { <a href=href aria-label=label>{language.number(count)}</a> }.into_any()
    }
}

/// The dashboard's filters: a GET form, so a filtered view is a link to share.
#[component]
fn DashboardFilters(
    query: DashboardQuery,
    sectors: Vec<Choice>,
    owners: Vec<Choice>,
) -> impl IntoView {
    let language = Language::current();
    let select = |id: &'static str,
                  label: String,
                  any: String,
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
        .map(|r| (r.as_str().to_owned(), language.name_of(*r)))
        .collect();
    view! {
        <form method="get" action="/dashboard" class="filters no-print" role="search" aria-label=language.t("dashboard-filters-label")>
            <input type="hidden" name="level" value=query.level().as_str() />
            {select(
                "sector",
                language.t("dashboard-filter-sector"),
                language.t("dashboard-filter-sector-any"),
                query.sector.clone(),
                Choice::options(&sectors),
            )}
            {select(
                "owner",
                language.t("dashboard-filter-owner"),
                language.t("dashboard-filter-owner-any"),
                query.owner.clone(),
                Choice::options(&owners),
            )}
            {select(
                "region",
                language.t("dashboard-filter-region"),
                language.t("dashboard-filter-region-any"),
                query.region.clone(),
                regions,
            )}
            <div class="filters__actions">
                <SubmitButton label=language.t("filters-apply") busy_label=language.t("busy-filtering") />
                <a href=format!("/dashboard?level={}", query.level().as_str()) class="button button--quiet">{language.t("filters-clear")}</a>
            </div>
        </form>
    }
}

// Long because: one view template, read top to bottom as the page.
#[component]
fn DashboardView(dashboard: Dashboard) -> impl IntoView {
    let language = Language::current();
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
    // World regions come named in English; partners keep their names as typed.
    let rows: Vec<DashboardRow> = rows
        .into_iter()
        .map(|mut row| {
            row.name = language.dashboard_row_name(&row.key, &row.name);
            row
        })
        .collect();
    let matrix: Vec<MatrixRow> = matrix
        .into_iter()
        .map(|mut row| {
            row.name = language.dashboard_row_name(&row.key, &row.name);
            row
        })
        .collect();
    let filters = query.list_params();
    let levels = DashboardLevel::ALL
        .iter()
        .map(|l| {
            let current = *l == level;
            view! {
                <a href=query.at_level(*l) class="tab" aria-current=current.then_some("page")>{language.name_of(*l)}</a>
            }
        })
        .collect_view();
    let shown = rows.len();
    let all_href = format!("{}&show=all", query.at_level(level));
    let matrix_heading = if matrix.len() < row_count {
        language.t_with(
            "dashboard-matrix-heading-top",
            &[
                ("level", level.as_str().into()),
                ("count", matrix.len().into()),
            ],
        )
    } else {
        language.t_with(
            "dashboard-matrix-heading",
            &[("level", level.as_str().into())],
        )
    };
    // A chart of hundreds of bars reads as noise: it shows the rows that need attention
    // most; the table lists them all.
    let chart_rows: Vec<DashboardRow> = rows.iter().take(CHART_ROWS).cloned().collect();
    let chart_heading = if rows.len() > CHART_ROWS {
        language.t_with(
            "dashboard-chart-heading-top",
            &[
                ("level", level.as_str().into()),
                ("count", CHART_ROWS.into()),
            ],
        )
    } else {
        language.t_with(
            "dashboard-chart-heading",
            &[("level", level.as_str().into())],
        )
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
            <nav class="tabs" aria-label=language.t("dashboard-levels-label")>{levels}</nav>
            <a href="/dashboard/changes" class="button button--quiet">{language.t("dashboard-changes-link")}</a>
            <DownloadLinks
                href={
                    let query = query.clone();
                    move |kind| query.export_href(kind)
                }
                what=language.count("count-rows", row_count as i64)
            />
        </div>
        <DashboardFilters query=query.clone() sectors=sector_owner.0 owners=sector_owner.1 />
        <ul class="headline-figures">
            <li><span class="figure">{language.number(totals[0])}</span>" "{language.t_with("dashboard-figure-open", &[("count", totals[0].into())])}</li>
            <li class="figure--overdue"><span class="figure">{language.number(totals[1])}</span>" "{language.t_with("dashboard-figure-overdue", &[("count", totals[1].into())])}</li>
            <li><span class="figure">{language.number(totals[2])}</span>" "{language.t_with("dashboard-figure-due-30", &[("count", totals[2].into())])}</li>
            <li><span class="figure">{language.number(totals[3])}</span>" "{language.t_with("dashboard-figure-stale", &[("count", totals[3].into())])}</li>
            <li><span class="figure">{language.number(totals[4])}</span>" "{language.t_with("dashboard-figure-completed", &[("count", totals[4].into())])}</li>
        </ul>
        {if rows.is_empty() {
            view! { <p class="empty">{language.t("dashboard-empty")}</p> }.into_any()
        } else {
            view! {
                <section aria-labelledby="chart-heading">
                    <h2 id="chart-heading">{chart_heading}</h2>
                    <StatusChart rows=chart_rows />
                </section>
                <section aria-labelledby="table-heading">
                    <h2 id="table-heading">
                        {language.t_with("dashboard-table-heading", &[("level", level.as_str().into())])}
                    </h2>
                    {(row_count > shown).then(|| view! {
                        <p class="result-count no-print">
                            {language.t_with(
                                "dashboard-table-shown",
                                &[
                                    ("level", level.as_str().into()),
                                    ("shown", shown.into()),
                                    ("total", row_count.into()),
                                ],
                            )}
                            " "
                            <a href=all_href.clone()>
                                {language.t_with("dashboard-table-show-all", &[("total", row_count.into())])}
                            </a>
                        </p>
                    })}
                    <DashboardTable rows level filters=filters.clone() due_until />
                </section>
                <section aria-labelledby="months-heading">
                    <h2 id="months-heading">{language.t("dashboard-months-heading")}</h2>
                    <MonthlyChart months />
                </section>
                <section aria-labelledby="matrix-heading" class="print-break">
                    <h2 id="matrix-heading">{matrix_heading}</h2>
                    <SectorMatrix rows=matrix sectors=matrix_sectors level filters />
                </section>
            }
            .into_any()
        }}
    }
}

#[component]
fn DashboardTable(
    rows: Vec<DashboardRow>,
    level: DashboardLevel,
    filters: String,
    due_until: NaiveDate,
) -> impl IntoView {
    let language = Language::current();
    let heading = row_heading(language, level);
    let due_date = language.date(due_until);
    let none = language.t("common-none");
    view! {
        <div class="table-scroll">
            <table class="data-table dashboard-table">
                <caption class="visually-hidden">
                    {language.t_with("dashboard-table-caption", &[("level", level.as_str().into())])}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{heading}</th>
                        <th scope="col" class="num">{language.t("dashboard-col-all")}</th>
                        {Status::ALL.iter().map(|s| view! { <th scope="col" class="num">{language.name_of(*s)}</th> }).collect_view()}
                        <th scope="col" class="num">{language.t("dashboard-col-overdue")}</th>
                        <th scope="col" class="num">{language.t("dashboard-col-due-30")}</th>
                        <th scope="col" class="num">{language.t("dashboard-col-stale")}</th>
                        <th scope="col" class="num">{language.t("dashboard-col-completion")}</th>
                        <th scope="col" class="num">{language.t("dashboard-col-on-time")}</th>
                        <th scope="col" class="num">{language.t("dashboard-col-moved")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| table_row(language, row, &filters, due_until, &due_date, &none))
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <p class="field__hint">
            {language.t_with("dashboard-table-hint", &[("date", due_date.as_str().into())])}
        </p>
    }
}

/// The link names of a table row's counts: all, overdue, stale, due in 30 days; and the
/// titles of its "on time" share and of its moved deadlines.
fn cell_labels(language: Language, row: &DashboardRow, due_date: &str) -> [String; 6] {
    let name = row.name.as_str();
    [
        language.t_with(
            "dashboard-cell-all",
            &[("count", row.total.into()), ("name", name.into())],
        ),
        language.t_with(
            "dashboard-cell-overdue",
            &[("count", row.overdue.into()), ("name", name.into())],
        ),
        language.t_with(
            "dashboard-cell-stale",
            &[("count", row.stale.into()), ("name", name.into())],
        ),
        language.t_with(
            "dashboard-cell-due",
            &[
                ("count", row.due_within.into()),
                ("name", name.into()),
                ("date", due_date.into()),
            ],
        ),
        language.t_with(
            "dashboard-on-time-title",
            &[
                ("on_time", row.on_time.into()),
                ("on_time_current", row.on_time_current.into()),
                ("total", row.completed_with_deadline.into()),
            ],
        ),
        language.t_with(
            "dashboard-moved-title",
            &[
                ("moves", row.deadline_moves.into()),
                ("moved", row.deadline_moved.into()),
                ("name", name.into()),
            ],
        ),
    ]
}

/// One row of the dashboard table: its name, then each count as a link to exactly those
/// initiatives.
fn table_row(
    language: Language,
    row: DashboardRow,
    filters: &str,
    due_until: NaiveDate,
    due_date: &str,
    none: &str,
) -> AnyView {
    let href = |extra: &str| list_href(&row.key, extra, filters);
    let statuses = Status::ALL
        .iter()
        .map(|s| {
            let label = language.t_with(
                "dashboard-cell-status",
                &[
                    ("status", s.as_str().into()),
                    ("count", row.status(*s).into()),
                    ("name", row.name.as_str().into()),
                ],
            );
            view! {
                <td class="num" data-label=language.name_of(*s)>
                    {count_link(language, row.status(*s), href(&format!("&status={}", s.as_str())), label)}
                </td>
            }
        })
        .collect_view();
    let [
        all_label,
        overdue_label,
        stale_label,
        due_label,
        on_time_title,
        moved_title,
    ] = cell_labels(language, &row, due_date);
    let percent = |p: Option<i64>| p.map_or_else(|| none.to_owned(), |p| language.percent(p));
    let completion = percent(row.completion_percent());
    let on_time = percent(row.on_time_percent());
    // Against the deadline as it stands, shown beside when moves made it differ.
    let on_time_current = (row.on_time_current != row.on_time)
        .then(|| format!("({})", percent(row.on_time_current_percent())));
    let title = match row.page.clone() {
        Some(page) => view! { <a href=page>{row.name.clone()}</a> }.into_any(),
        None => view! { <span>{row.name.clone()}</span> }.into_any(),
    };
    view! {
        <tr>
            <th scope="row">{title}</th>
            <td class="num" data-label=language.t("dashboard-col-all")>
                {count_link(language, row.total, href(""), all_label)}
            </td>
            {statuses}
            <td class="num cell--overdue" data-label=language.t("dashboard-col-overdue") class:cell--alert=row.overdue != 0>
                {count_link(language, row.overdue, href("&health=overdue"), overdue_label)}
            </td>
            <td class="num" data-label=language.t("dashboard-col-due-30")>
                {count_link(language, row.due_within, href(&format!("&due_by={due_until}")), due_label)}
            </td>
            <td class="num" data-label=language.t("dashboard-col-stale")>
                {count_link(language, row.stale, href("&health=stale"), stale_label)}
            </td>
            <td class="num" data-label=language.t("dashboard-col-completion")>{completion}</td>
            <td class="num" data-label=language.t("dashboard-col-on-time") title=on_time_title>
                {on_time}
                {on_time_current.map(|current| view! { " "<span class="cell-aside">{current}</span> })}
            </td>
            <td class="num" data-label=language.t("dashboard-col-moved") title=moved_title>
                {language.number(row.deadline_moves)}
            </td>
        </tr>
    }
    .into_any()
}
