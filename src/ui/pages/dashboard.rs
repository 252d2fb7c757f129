//! `/dashboard`: where we stand with each partner, what needs attention first.
//!
//! Every number links to the initiative list filtered to exactly those initiatives (the list
//! includes the partners under a partner, as the dashboard rolls them up). The chart is
//! server-rendered SVG with the table as its text equivalent.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::dashboard::{Dashboard, get_dashboard};
use crate::domain::Status;
use crate::domain::dashboard::{DashboardLevel, DashboardRow};
use crate::ui::components::errors::ErrorMessage;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let query = use_query_map();
    let level = Memo::new(move |_| query.read().get("level").unwrap_or_default());
    let dashboard = Resource::new_blocking(move || level.get(), get_dashboard);
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

fn list_href(partner_id: i64, extra: &str) -> String {
    format!("/initiatives?partner={partner_id}{extra}")
}

/// A count that opens the list of exactly those initiatives (a dash for none).
fn count_link(count: i64, href: String, label: String) -> AnyView {
    if count == 0 {
        view! { <span class="zero" aria-label=label>"0"</span> }.into_any()
    } else {
        view! { <a href=href aria-label=label>{count}</a> }.into_any()
    }
}

#[component]
fn DashboardView(dashboard: Dashboard) -> impl IntoView {
    let Dashboard { level, rows } = dashboard;
    let levels = DashboardLevel::ALL
        .iter()
        .map(|l| {
            let current = *l == level;
            view! {
                <a href=format!("/dashboard?level={}", l.as_str()) class="tab"
                    aria-current=current.then_some("page")>{l.label()}</a>
            }
        })
        .collect_view();
    let totals = rows.iter().fold((0, 0, 0, 0), |acc, r| {
        (
            acc.0 + r.open(),
            acc.1 + r.overdue,
            acc.2 + r.stale,
            acc.3 + r.status(Status::Completed),
        )
    });
    // A chart of hundreds of bars reads as noise: it shows the partners that need attention
    // most; the table lists them all.
    let chart_rows: Vec<DashboardRow> = rows.iter().take(CHART_ROWS).cloned().collect();
    let chart_heading = if rows.len() > CHART_ROWS {
        format!("The {CHART_ROWS} partners needing most attention")
    } else {
        "Open and completed initiatives by partner".to_owned()
    };
    view! {
        <nav class="tabs no-print" aria-label="Level">{levels}</nav>
        <ul class="headline-figures">
            <li><span class="figure">{totals.0}</span>" open"</li>
            <li class="figure--overdue"><span class="figure">{totals.1}</span>" overdue"</li>
            <li><span class="figure">{totals.2}</span>" stale"</li>
            <li><span class="figure">{totals.3}</span>" completed"</li>
        </ul>
        {if rows.is_empty() {
            view! { <p class="empty">"No initiatives yet."</p> }.into_any()
        } else {
            view! {
                <section aria-labelledby="chart-heading">
                    <h2 id="chart-heading">{chart_heading}</h2>
                    <StatusChart rows=chart_rows />
                </section>
                <section aria-labelledby="table-heading">
                    <h2 id="table-heading">"By partner, what needs attention first"</h2>
                    <DashboardTable rows />
                </section>
            }
            .into_any()
        }}
    }
}

#[component]
fn DashboardTable(rows: Vec<DashboardRow>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data-table dashboard-table">
                <caption class="visually-hidden">"Initiatives by partner: status, health and completion"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Partner"</th>
                        <th scope="col" class="num">"All"</th>
                        {Status::ALL.iter().map(|s| view! { <th scope="col" class="num">{s.label()}</th> }).collect_view()}
                        <th scope="col" class="num">"Overdue"</th>
                        <th scope="col" class="num">"Due soon"</th>
                        <th scope="col" class="num">"Stale"</th>
                        <th scope="col" class="num">"Completion"</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let id = row.partner_id;
                            let name = row.name.clone();
                            let statuses = Status::ALL
                                .iter()
                                .map(|s| {
                                    let label = format!("{} {} initiatives with {name}", row.status(*s), s.label().to_lowercase());
                                    view! {
                                        <td class="num">{count_link(row.status(*s), list_href(id, &format!("&status={}", s.as_str())), label)}</td>
                                    }
                                })
                                .collect_view();
                            let health = |count: i64, key: &str, words: &str| {
                                let label = format!("{count} {words} initiatives with {name}");
                                count_link(count, list_href(id, &format!("&health={key}")), label)
                            };
                            view! {
                                <tr>
                                    <th scope="row"><a href=format!("/partners/{id}")>{row.name.clone()}</a></th>
                                    <td class="num">{count_link(row.total, list_href(id, ""), format!("All {} initiatives with {name}", row.total))}</td>
                                    {statuses}
                                    <td class="num cell--overdue" class:cell--alert=row.overdue != 0>{health(row.overdue, "overdue", "overdue")}</td>
                                    <td class="num">{health(row.due_soon, "due_soon", "due soon")}</td>
                                    <td class="num">{health(row.stale, "stale", "stale")}</td>
                                    <td class="num">{row.completion_percent().map(|p| format!("{p} %")).unwrap_or_else(|| "—".into())}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <p class="field__hint">"Due soon: within 14 days. Stale: no update for 60 days. Completion: completed of all not dropped. A partner's row includes the partners under it."</p>
    }
}

/// Bar segments: what they count, their legend label and their CSS class (colours from the
/// Okabe–Ito palette, which colour-blind readers tell apart; each segment is also labelled).
const SEGMENTS: [(&str, &str); 5] = [
    ("overdue", "Overdue"),
    ("due_soon", "Due soon"),
    ("stale", "Stale"),
    ("on_track", "On track"),
    ("completed", "Completed"),
];

fn segment_counts(row: &DashboardRow) -> [i64; 5] {
    [
        row.overdue,
        row.due_soon,
        row.stale,
        row.on_track,
        row.status(Status::Completed),
    ]
}

#[component]
fn StatusChart(rows: Vec<DashboardRow>) -> impl IntoView {
    const LABEL_WIDTH: f64 = 200.0;
    const BAR_WIDTH: f64 = 520.0;
    const ROW_HEIGHT: f64 = 28.0;
    let max = rows
        .iter()
        .map(|r| segment_counts(r).iter().sum::<i64>())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let height = ROW_HEIGHT * rows.len() as f64 + 10.0;
    let width = LABEL_WIDTH + BAR_WIDTH + 50.0;
    let description = rows
        .iter()
        .map(|r| {
            let counts = segment_counts(r);
            format!(
                "{}: {} overdue, {} due soon, {} stale, {} on track, {} completed",
                r.name, counts[0], counts[1], counts[2], counts[3], counts[4]
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let bars = rows
        .iter()
        .enumerate()
        .map(|(index, row)| {
            let y = index as f64 * ROW_HEIGHT + 4.0;
            let counts = segment_counts(row);
            let mut x = LABEL_WIDTH;
            let segments = counts
                .iter()
                .zip(SEGMENTS)
                .filter(|(count, _)| **count > 0)
                .map(|(count, (key, label))| {
                    let w = *count as f64 / max * BAR_WIDTH;
                    let start = x;
                    x += w;
                    view! {
                        <rect x=format!("{start:.1}") y=format!("{y:.1}") width=format!("{w:.1}") height="20"
                            class=format!("seg seg--{key}")>
                            <title>{format!("{}: {count} {}", row.name, label.to_lowercase())}</title>
                        </rect>
                    }
                })
                .collect_view();
            let total: i64 = counts.iter().sum();
            view! {
                <text x=format!("{:.1}", LABEL_WIDTH - 8.0) y=format!("{:.1}", y + 15.0) text-anchor="end" class="chart-label">
                    {row.name.clone()}
                </text>
                {segments}
                <text x=format!("{:.1}", x + 6.0) y=format!("{:.1}", y + 15.0) class="chart-value">{total}</text>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {width} {height}") role="img" aria-labelledby="chart-title chart-desc"
                preserveAspectRatio="xMinYMin meet" width="100%">
                <title id="chart-title">"Initiatives by partner: overdue, due soon, stale, on track and completed"</title>
                <desc id="chart-desc">{description}</desc>
                {bars}
            </svg>
            <figcaption class="legend">
                {SEGMENTS.iter().map(|(key, label)| view! {
                    <span class="legend__item"><span class=format!("swatch seg--{key}") aria-hidden="true"></span>{*label}</span>
                }).collect_view()}
                <span class="legend__note">"The table below gives the same figures."</span>
            </figcaption>
        </figure>
    }
}
