//! The dashboard's two charts: status by row, and opened and completed by month.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::domain::dashboard::{DashboardRow, MonthCount};
use crate::domain::{Health, Status};
use crate::i18n::Language;

/// Bar segments: what they count, which is also their CSS class (colours from the Okabe–Ito
/// palette, which colour-blind readers tell apart; each segment is also labelled).
pub(super) const SEGMENTS: [&str; 5] = ["overdue", "due_soon", "stale", "on_track", "completed"];

/// A segment's name in the legend.
fn segment_label(language: Language, key: &str) -> String {
    match key {
        "overdue" => language.name_of(Health::Overdue),
        "due_soon" => language.name_of(Health::DueSoon),
        "stale" => language.name_of(Health::Stale),
        "on_track" => language.name_of(Health::OnTrack),
        _ => language.t("dashboard-chart-legend-completed"),
    }
}

pub(super) fn segment_counts(row: &DashboardRow) -> [i64; 5] {
    [
        row.overdue,
        row.due_soon,
        row.stale,
        row.on_track,
        row.status(Status::Completed),
    ]
}

/// The chart's text alternative: each row's figures, rows joined with "; ".
fn chart_description(language: Language, rows: &[DashboardRow]) -> String {
    rows.iter()
        .map(|r| {
            let counts = segment_counts(r);
            language.t_with(
                "dashboard-chart-row",
                &[
                    ("name", r.name.as_str().into()),
                    ("overdue", counts[0].into()),
                    ("due_soon", counts[1].into()),
                    ("stale", counts[2].into()),
                    ("on_track", counts[3].into()),
                    ("completed", counts[4].into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[component]
pub(super) fn StatusChart(rows: Vec<DashboardRow>) -> impl IntoView {
    const LABEL_WIDTH: f64 = 200.0;
    const BAR_WIDTH: f64 = 520.0;
    const ROW_HEIGHT: f64 = 28.0;
    let language = Language::current();
    let max = rows
        .iter()
        .map(|r| segment_counts(r).iter().sum::<i64>())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let height = ROW_HEIGHT * rows.len() as f64 + 10.0;
    let width = LABEL_WIDTH + BAR_WIDTH + 50.0;
    let description = chart_description(language, &rows);
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
                .map(|(count, key)| {
                    let w = *count as f64 / max * BAR_WIDTH;
                    let start = x;
                    x += w;
                    let title = language.t_with(
                        "dashboard-chart-segment",
                        &[
                            ("segment", key.into()),
                            ("name", row.name.as_str().into()),
                            ("count", (*count).into()),
                        ],
                    );
                    view! {
                        <rect x=format!("{start:.1}") y=format!("{y:.1}") width=format!("{w:.1}") height="20"
                            class=format!("seg seg--{key}")>
                            <title>{title}</title>
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
                <text x=format!("{:.1}", x + 6.0) y=format!("{:.1}", y + 15.0) class="chart-value">{language.number(total)}</text>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {width} {height}") role="img" aria-labelledby="chart-title chart-desc"
                preserveAspectRatio="xMinYMin meet" width="100%">
                <title id="chart-title">{language.t("dashboard-chart-title")}</title>
                <desc id="chart-desc">{description}</desc>
                {bars}
            </svg>
            <figcaption class="legend">
                {SEGMENTS.iter().map(|key| view! {
                    <span class="legend__item"><span class=format!("swatch seg--{key}") aria-hidden="true"></span>{segment_label(language, key)}</span>
                }).collect_view()}
                <span class="legend__note">{language.t("dashboard-chart-legend-note")}</span>
            </figcaption>
        </figure>
    }
}

/// A month's abbreviation on its own, under its bars ("Nov", "нояб.", "қар.").
fn month_abbreviation(language: Language, month: NaiveDate) -> String {
    match month.month() {
        1 => language.t("month-standalone-short-1"),
        2 => language.t("month-standalone-short-2"),
        3 => language.t("month-standalone-short-3"),
        4 => language.t("month-standalone-short-4"),
        5 => language.t("month-standalone-short-5"),
        6 => language.t("month-standalone-short-6"),
        7 => language.t("month-standalone-short-7"),
        8 => language.t("month-standalone-short-8"),
        9 => language.t("month-standalone-short-9"),
        10 => language.t("month-standalone-short-10"),
        11 => language.t("month-standalone-short-11"),
        _ => language.t("month-standalone-short-12"),
    }
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
    let language = Language::current();
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
            language.t_with(
                "dashboard-months-row",
                &[
                    ("month", language.month_year(m.month).into()),
                    ("opened", m.opened.into()),
                    ("completed", m.completed.into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let bar = |x: f64, count: i64, class: &'static str, title: String| {
        let h = count as f64 / max * PLOT;
        let y = TOP + PLOT - h;
        view! {
            <rect x=format!("{x:.1}") y=format!("{y:.1}") width=format!("{BAR:.1}") height=format!("{h:.1}") class=class>
                <title>{title}</title>
            </rect>
            <text x=format!("{:.1}", x + BAR / 2.0) y=format!("{:.1}", y - 4.0) text-anchor="middle" class="chart-value">{language.number(count)}</text>
        }
    };
    let bars = months
        .iter()
        .enumerate()
        .map(|(index, m)| {
            let x = LEFT + index as f64 * SLOT + 6.0;
            let month = language.month_year(m.month);
            let opened_title = language.t_with(
                "dashboard-months-bar-opened",
                &[("month", month.as_str().into()), ("count", m.opened.into())],
            );
            let completed_title = language.t_with(
                "dashboard-months-bar-completed",
                &[("month", month.as_str().into()), ("count", m.completed.into())],
            );
            view! {
                {bar(x, m.opened, "seg seg--opened", opened_title)}
                {bar(x + BAR + 2.0, m.completed, "seg seg--completed", completed_title)}
                <text x=format!("{:.1}", x + BAR) y=format!("{:.1}", TOP + PLOT + 18.0) text-anchor="middle" class="chart-label chart-label--small">
                    {month_abbreviation(language, m.month)}
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
            <tr>
                <th scope="row">{language.month_year(m.month)}</th>
                <td class="num" data-label=language.t("dashboard-months-opened")>{language.number(m.opened)}</td>
                <td class="num" data-label=language.t("dashboard-months-completed")>{language.number(m.completed)}</td>
            </tr>
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {width} {height}") role="img" aria-labelledby="months-title months-desc"
                preserveAspectRatio="xMinYMin meet" width="100%">
                <title id="months-title">{language.t("dashboard-months-title")}</title>
                <desc id="months-desc">{description}</desc>
                <line x1=format!("{LEFT}") x2=format!("{:.1}", width - LEFT) y1=format!("{:.1}", TOP + PLOT) y2=format!("{:.1}", TOP + PLOT) class="chart-axis" />
                {bars}
            </svg>
            <figcaption class="legend">
                <span class="legend__item"><span class="swatch seg--opened" aria-hidden="true"></span>{language.t("dashboard-months-opened")}</span>
                <span class="legend__item"><span class="swatch seg--completed" aria-hidden="true"></span>{language.t("dashboard-months-completed")}</span>
            </figcaption>
        </figure>
        <details class="chart-table">
            <summary>{language.t("dashboard-months-table-summary")}</summary>
            <table class="data-table">
                <caption class="visually-hidden">{language.t("dashboard-months-table-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{language.t("dashboard-months-col-month")}</th>
                        <th scope="col" class="num">{language.t("dashboard-months-opened")}</th>
                        <th scope="col" class="num">{language.t("dashboard-months-completed")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
        <p class="field__hint">{language.t("dashboard-months-hint")}</p>
    }
}
