//! The dashboard's region × sector matrix.

use leptos::prelude::*;

use crate::api::initiatives::Choice;
use crate::domain::dashboard::{DashboardLevel, MatrixRow};
use crate::i18n::Language;

/// The heading of the column that names each row: a partner or a world region.
pub(super) fn row_heading(language: Language, level: DashboardLevel) -> String {
    match level {
        DashboardLevel::World => language.t("dashboard-col-world-region"),
        DashboardLevel::Top | DashboardLevel::Sub => language.t("dashboard-col-partner"),
    }
}

/// Open initiatives per row and sector; overdue ones are called out in each cell.
#[component]
pub(super) fn SectorMatrix(
    rows: Vec<MatrixRow>,
    sectors: Vec<Choice>,
    level: DashboardLevel,
    filters: String,
) -> impl IntoView {
    let language = Language::current();
    if rows.is_empty() || sectors.is_empty() {
        return view! { <p class="empty">{language.t("dashboard-matrix-empty")}</p> }.into_any();
    }
    // The sector filter (if any) is already in the column; keep the other filters.
    let other_filters: String = filters
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("sector="))
        .map(|pair| format!("&{pair}"))
        .collect();
    let heading = row_heading(language, level);
    view! {
        <div class="table-scroll">
            <table class="data-table matrix-table">
                <caption class="visually-hidden">
                    {language.t_with("dashboard-matrix-caption", &[("level", level.as_str().into())])}
                </caption>
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
                                        view! { <a href=format!("{base}&status=open")>{language.number(open)}</a> }.into_any()
                                    }}
                                    {(overdue > 0).then(|| view! {
                                        " "<a class="matrix__overdue" href=format!("{base}&health=overdue")>
                                            {language.t_with("dashboard-matrix-overdue", &[("count", overdue.into())])}
                                        </a>
                                    })}
                                </td>
                            }
                        }).collect_view();
                        view! { <tr><th scope="row">{row.name.clone()}</th>{cells}</tr> }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <p class="field__hint">{language.t("dashboard-matrix-hint")}</p>
    }
    .into_any()
}
