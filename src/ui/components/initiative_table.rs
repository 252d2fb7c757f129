//! A table of initiatives, and the badges that show status and health.

use leptos::prelude::*;

use crate::domain::{Health, InitiativeSummary, Status};
use crate::ui::format;

/// A status as a labelled badge (text, not colour alone, carries the meaning).
#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    view! { <span class=format!("badge badge--status-{}", status.as_str())>{status.label()}</span> }
}

#[component]
pub fn HealthBadge(health: Health) -> impl IntoView {
    view! { <span class=format!("badge badge--health-{}", health.as_str())>{health.label()}</span> }
}

/// A sortable column header: a link that re-sorts, marked when it is the current order.
pub struct SortColumn {
    pub href: String,
    pub current: bool,
}

#[component]
pub fn InitiativeTable(
    rows: Vec<InitiativeSummary>,
    #[prop(into)] caption: String,
    /// Links for the sortable columns (deadline, last update, title), when the list sorts.
    #[prop(optional)]
    sort: Option<[SortColumn; 3]>,
) -> impl IntoView {
    let header = move |label: &'static str, column: Option<SortColumn>| match column {
        Some(SortColumn { href, current }) => view! {
            <th scope="col" aria-sort=current.then_some("ascending")>
                <a href=href class="sort-link">{label}{current.then_some(" ▲")}</a>
            </th>
        }
        .into_any(),
        None => view! { <th scope="col">{label}</th> }.into_any(),
    };
    let [deadline, updated, title] = match sort {
        Some([a, b, c]) => [Some(a), Some(b), Some(c)],
        None => [None, None, None],
    };
    view! {
        <table class="data-table initiative-table">
            <caption class="visually-hidden">{caption}</caption>
            <thead>
                <tr>
                    {header("Initiative", title)}
                    <th scope="col">"Partner"</th>
                    {header("Deadline", deadline)}
                    <th scope="col">"Status"</th>
                    <th scope="col">"Health"</th>
                    <th scope="col">"Owner"</th>
                    {header("Last update", updated)}
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|row| {
                        let href = format!("/initiatives/{}", row.id);
                        let partner_href = format!("/partners/{}", row.partner_id);
                        view! {
                            <tr>
                                <td><a href=href>{row.title}</a></td>
                                <td data-label="Partner"><a href=partner_href>{row.partner_name}</a></td>
                                <td data-label="Deadline" class="nowrap">
                                    {row.deadline.map(|d| view! { <time datetime=d.to_string()>{format::date(d)}</time> })}
                                    {row.deadline.is_none().then_some("—")}
                                </td>
                                <td data-label="Status"><StatusBadge status=row.status /></td>
                                <td data-label="Health"><HealthBadge health=row.health /></td>
                                <td data-label="Owner">{row.owner_name.unwrap_or_else(|| "—".to_owned())}</td>
                                <td data-label="Last update" class="nowrap">
                                    <time datetime=row.last_activity_on.to_string()>{format::date(row.last_activity_on)}</time>
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
