//! The dashboard's two charts: status by row, and opened and completed by month.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::Status;
use crate::domain::dashboard::{DashboardRow, MonthCount};

/// Bar segments: what they count, their legend label and their CSS class (colours from the
/// Okabe–Ito palette, which colour-blind readers tell apart; each segment is also labelled).
pub(super) const SEGMENTS: [(&str, &str); 5] = [
    ("overdue", "Overdue"),
    ("due_soon", "Due soon"),
    ("stale", "Stale"),
    ("on_track", "On track"),
    ("completed", "Completed"),
];

pub(super) fn segment_counts(row: &DashboardRow) -> [i64; 5] {
    [
        row.overdue,
        row.due_soon,
        row.stale,
        row.on_track,
        row.status(Status::Completed),
    ]
}

#[component]
pub(super) fn StatusChart(rows: Vec<DashboardRow>) -> impl IntoView {
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

/// "Nov 2026".
pub(super) fn month_label(month: NaiveDate) -> String {
    month.format("%b %Y").to_string()
}

/// Initiatives opened and completed per month as paired bars, with the table as its
/// equivalent (colours from the Okabe–Ito palette; each bar is labelled with its count).
// Long because: one SVG template, read top to bottom as the chart.
#[component]
pub(super) fn MonthlyChart(months: Vec<MonthCount>) -> impl IntoView {
    const LEFT: f64 = 10.0;
    const SLOT: f64 = 62.0;
    const BAR: f64 = 22.0;
    const PLOT: f64 = 160.0;
    const TOP: f64 = 18.0;
    let max = months
        .iter()
        .map(|m| m.opened.max(m.completed))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let width = LEFT * 2.0 + SLOT * months.len() as f64;
    let height = TOP + PLOT + 40.0;
    let description = months
        .iter()
        .map(|m| {
            format!(
                "{}: {} opened, {} completed",
                month_label(m.month),
                m.opened,
                m.completed
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let bar = |x: f64, count: i64, class: &'static str, what: &'static str, month: NaiveDate| {
        let h = count as f64 / max * PLOT;
        let y = TOP + PLOT - h;
        view! {
            <rect x=format!("{x:.1}") y=format!("{y:.1}") width=format!("{BAR:.1}") height=format!("{h:.1}") class=class>
                <title>{format!("{}: {count} {what}", month_label(month))}</title>
            </rect>
            <text x=format!("{:.1}", x + BAR / 2.0) y=format!("{:.1}", y - 4.0) text-anchor="middle" class="chart-value">{count}</text>
        }
    };
    let bars = months
        .iter()
        .enumerate()
        .map(|(index, m)| {
            let x = LEFT + index as f64 * SLOT + 6.0;
            view! {
                {bar(x, m.opened, "seg seg--opened", "opened", m.month)}
                {bar(x + BAR + 2.0, m.completed, "seg seg--completed", "completed", m.month)}
                <text x=format!("{:.1}", x + BAR) y=format!("{:.1}", TOP + PLOT + 18.0) text-anchor="middle" class="chart-label chart-label--small">
                    {m.month.format("%b").to_string()}
                </text>
                <text x=format!("{:.1}", x + BAR) y=format!("{:.1}", TOP + PLOT + 32.0) text-anchor="middle" class="chart-label chart-label--small">
                    {m.month.format("%Y").to_string()}
                </text>
            }
        })
        .collect_view();
    let rows = months
        .iter()
        .map(|m| view! {
            <tr><th scope="row">{month_label(m.month)}</th><td class="num" data-label="Opened">{m.opened}</td><td class="num" data-label="Completed">{m.completed}</td></tr>
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {width} {height}") role="img" aria-labelledby="months-title months-desc"
                preserveAspectRatio="xMinYMin meet" width="100%">
                <title id="months-title">"Initiatives opened and completed per month over the last 12 months"</title>
                <desc id="months-desc">{description}</desc>
                <line x1=format!("{LEFT}") x2=format!("{:.1}", width - LEFT) y1=format!("{:.1}", TOP + PLOT) y2=format!("{:.1}", TOP + PLOT) class="chart-axis" />
                {bars}
            </svg>
            <figcaption class="legend">
                <span class="legend__item"><span class="swatch seg--opened" aria-hidden="true"></span>"Opened"</span>
                <span class="legend__item"><span class="swatch seg--completed" aria-hidden="true"></span>"Completed"</span>
            </figcaption>
        </figure>
        <details class="chart-table">
            <summary>"The same figures as a table"</summary>
            <table class="data-table">
                <caption class="visually-hidden">"Initiatives opened and completed per month"</caption>
                <thead><tr><th scope="col">"Month"</th><th scope="col" class="num">"Opened"</th><th scope="col" class="num">"Completed"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
        <p class="field__hint">"Opened: created that month. Completed: completed that month and still completed (a reopened initiative leaves its month)."</p>
    }
}
