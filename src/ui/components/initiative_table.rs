//! A table of initiatives, and the badges that show status and health.

use leptos::prelude::*;

use crate::domain::{Health, InitiativeSummary, Status};
use crate::i18n::Language;

/// A status as a labelled badge (text, not colour alone, carries the meaning).
#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    view! { <span class=format!("badge badge--status-{}", status.as_str())>{Language::current().name_of(status)}</span> }
}

#[component]
pub fn HealthBadge(health: Health) -> impl IntoView {
    view! { <span class=format!("badge badge--health-{}", health.as_str())>{Language::current().name_of(health)}</span> }
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
    let language = Language::current();
    let header = move |label: String, column: Option<SortColumn>| match column {
        Some(SortColumn { href, current }) => view! {
            <th scope="col" aria-sort=current.then_some("ascending")>
                <a href=href class="sort-link">{label}{current.then_some(" ▲")}</a>
            </th>
        }
        .into_any(),
        None => view! { <th scope="col">{label}</th> }.into_any(),
    };
    // Phones show each cell's column name beside it (see the stylesheet).
    let cell_labels = [
        language.t("initiative-table-partner"),
        language.t("initiative-table-deadline"),
        language.t("initiative-table-status"),
        language.t("initiative-table-health"),
        language.t("initiative-table-owner"),
        language.t("initiative-table-last-update"),
    ];
    let names = RowNames::in_language(language);
    let none = names.none.clone();
    let [deadline, updated, title] = match sort {
        Some([a, b, c]) => [Some(a), Some(b), Some(c)],
        None => [None, None, None],
    };
    view! {
        <table class="data-table initiative-table">
            <caption class="visually-hidden">{caption}</caption>
            <thead>
                <tr>
                    {header(language.t("initiative-table-initiative"), title)}
                    <th scope="col">{language.t("initiative-table-partner")}</th>
                    {header(language.t("initiative-table-deadline"), deadline)}
                    <th scope="col">{language.t("initiative-table-status")}</th>
                    <th scope="col">{language.t("initiative-table-health")}</th>
                    <th scope="col">{language.t("initiative-table-owner")}</th>
                    {header(language.t("initiative-table-last-update"), updated)}
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|row| {
                        let [partner, deadline, status, health, owner, updated] = cell_labels.clone();
                        let href = format!("/initiatives/{}", row.id);
                        let partner_href = format!("/partners/{}", row.partner_id);
                        view! {
                            <tr>
                                <td><a href=href>{row.title}</a></td>
                                <td data-label=partner><a href=partner_href>{row.partner_name}</a></td>
                                <td data-label=deadline class="nowrap">
                                    {row.deadline.map(|d| view! { <time datetime=d.to_string()>{language.date(d)}</time> })}
                                    {row.deadline.is_none().then(|| none.clone())}
                                </td>
                                <td data-label=status>
                                    <span class=format!("badge badge--status-{}", row.status.as_str())>{names.status(row.status)}</span>
                                </td>
                                <td data-label=health>
                                    <span class=format!("badge badge--health-{}", row.health.as_str())>{names.health(row.health)}</span>
                                </td>
                                <td data-label=owner>{row.owner_name.unwrap_or_else(|| none.clone())}</td>
                                <td data-label=updated class="nowrap">
                                    <time datetime=row.last_activity_on.to_string()>{language.date(row.last_activity_on)}</time>
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// The names every row shows, looked up once per table instead of once per row (a list page
/// has 50 rows).
struct RowNames {
    statuses: Vec<(Status, String)>,
    healths: Vec<(Health, String)>,
    none: String,
}

impl RowNames {
    fn in_language(language: Language) -> Self {
        Self {
            statuses: Status::ALL
                .iter()
                .map(|s| (*s, language.name_of(*s)))
                .collect(),
            healths: Health::ALL
                .iter()
                .map(|h| (*h, language.name_of(*h)))
                .collect(),
            none: language.t("common-none"),
        }
    }

    fn status(&self, status: Status) -> String {
        name_in(&self.statuses, status)
    }

    fn health(&self, health: Health) -> String {
        name_in(&self.healths, health)
    }
}

fn name_in<T: PartialEq + Copy>(names: &[(T, String)], value: T) -> String {
    names
        .iter()
        .find(|(named, _)| *named == value)
        .map(|(_, name)| name.clone())
        .unwrap_or_default()
}
