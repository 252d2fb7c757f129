//! `/admin/audit`: every change to every record (who, when, what, old → new), filtered by the
//! URL. Admins only; the server refuses anyone else.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde_json::Value;

use crate::api::audit::{AuditPage, get_audit};
use crate::api::initiatives::{Choice, HistoryNames};
use crate::domain::AuditEvent;
use crate::domain::audit::{AuditKind, AuditQuery};
use crate::i18n::Language;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{SubmitButton, option_list};
use crate::ui::history::{field_label, shown};

/// The longest value a change shows before it is cut short.
const SHOWN_VALUE: usize = 120;

#[component]
pub fn AdminAuditPage() -> impl IntoView {
    let language = Language::current();
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| AuditQuery::from_pairs(|name| p.get(name))));
    let page = Resource::new_blocking(move || query.get(), get_audit);
    view! {
        <Title text=language.t("admin-audit-page-title") />
        <h1>{language.t("admin-audit-heading")}</h1>
        <Suspense fallback=move || view! { <p>{language.t("admin-audit-loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <AuditView page /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AuditView(page: AuditPage) -> impl IntoView {
    let language = Language::current();
    let AuditPage {
        query,
        events,
        errors,
        people,
        next,
        names,
    } = page;
    view! {
        <AuditFilters query errors people />
        {if events.is_empty() {
            view! { <p class="empty">{language.t("admin-audit-empty")}</p> }.into_any()
        } else {
            view! { <AuditTable events names /> }.into_any()
        }}
        {next.map(|href| view! { <p><a class="button button--secondary" href=href>{language.t("admin-audit-older")}</a></p> })}
    }
}

#[component]
fn AuditFilters(
    query: AuditQuery,
    errors: Vec<(String, String)>,
    people: Vec<Choice>,
) -> impl IntoView {
    let language = Language::current();
    let error = |field: &str| {
        errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, message)| message.clone())
    };
    let message = move |field: &'static str| {
        error(field).map(
            |text| view! { <p class="field__error" id=format!("audit-{field}-error")>{text}</p> },
        )
    };
    let kinds: Vec<(String, String)> = AuditKind::ALL
        .iter()
        .map(|k| (k.as_str().to_owned(), language.name_of(*k)))
        .collect();
    view! {
        <form method="get" action="/admin/audit" class="filters panel" role="search" aria-label=language.t("admin-audit-filters-label")>
            <div class="filter">
                <label for="audit-who">{language.t("admin-audit-filter-who")}</label>
                <select id="audit-who" name="who">
                    <option value="">{language.t("admin-audit-filter-who-any")}</option>
                    {option_list(Choice::options(&people), query.who.trim())}
                </select>
                {message("who")}
            </div>
            <div class="filter">
                <label for="audit-kind">{language.t("admin-audit-filter-kind")}</label>
                <select id="audit-kind" name="kind">
                    <option value="">{language.t("admin-audit-filter-kind-any")}</option>
                    {option_list(kinds, query.kind.trim())}
                </select>
                {message("kind")}
            </div>
            <div class="filter">
                <label for="audit-record">{language.t("admin-audit-filter-record")}</label>
                <input id="audit-record" name="record" type="text" inputmode="numeric" value=query.record.clone() />
                {message("record")}
            </div>
            <div class="filter">
                <label for="audit-from">{language.t("admin-audit-filter-from")}</label>
                <input id="audit-from" name="from" type="date" value=query.from.clone() />
                {message("from")}
            </div>
            <div class="filter">
                <label for="audit-until">{language.t("admin-audit-filter-until")}</label>
                <input id="audit-until" name="until" type="date" value=query.until.clone() />
                {message("until")}
            </div>
            {message("before")}
            <div class="filter-actions">
                <SubmitButton label=language.t("filters-apply") busy_label=language.t("busy-filtering") />
                <a href="/admin/audit" class="button button--quiet">{language.t("filters-clear")}</a>
            </div>
        </form>
    }
}

#[component]
fn AuditTable(events: Vec<AuditEvent>, names: HistoryNames) -> impl IntoView {
    let language = Language::current();
    view! {
        <div class="table-scroll">
            <table class="data-table audit-table">
                <caption class="visually-hidden">{language.t("admin-audit-table-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{language.t("admin-audit-col-when")}</th>
                        <th scope="col">{language.t("admin-audit-col-who")}</th>
                        <th scope="col">{language.t("admin-audit-col-record")}</th>
                        <th scope="col">{language.t("admin-audit-col-action")}</th>
                        <th scope="col">{language.t("admin-audit-col-changes")}</th>
                    </tr>
                </thead>
                <tbody>
                    {events.into_iter().map(|event| {
                        let kind = AuditKind::parse(&event.entity);
                        let name = language.t_with(
                            "admin-audit-record",
                            &[
                                (
                                    "kind",
                                    kind.map(|k| language.name_of(k))
                                        .unwrap_or_else(|| event.entity.clone())
                                        .into(),
                                ),
                                // A record's number is an id, not a quantity: no digit grouping.
                                ("id", event.entity_id.to_string().into()),
                            ],
                        );
                        let record = match kind.and_then(|k| k.page(event.entity_id)) {
                            Some(href) => view! { <a href=href>{name}</a> }.into_any(),
                            None => view! { <span>{name}</span> }.into_any(),
                        };
                        view! {
                            <tr>
                                <td data-label=language.t("admin-audit-col-when")><time datetime=event.occurred_at.to_rfc3339()>{language.date_time(event.occurred_at)}</time></td>
                                <td data-label=language.t("admin-audit-col-who")>{event.actor_name.clone().unwrap_or_else(|| language.t("admin-audit-system"))}</td>
                                <td data-label=language.t("admin-audit-col-record")>{record}</td>
                                <td data-label=language.t("admin-audit-col-action")>{action_label(language, &event.action)}</td>
                                <td data-label=language.t("admin-audit-col-changes")><ChangeList changes=event.changes names=names.clone() /></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// `field: old → new` for each field of an event's stored changes, ids named.
#[component]
fn ChangeList(changes: String, names: HistoryNames) -> impl IntoView {
    let changes: serde_json::Map<String, Value> =
        serde_json::from_str(&changes).unwrap_or_default();
    let language = Language::current();
    view! {
        <ul class="audit-changes">
            {changes.into_iter().map(|(field, pair)| {
                let (before, after) = match pair {
                    Value::Array(pair) if pair.len() == 2 => (pair[0].clone(), pair[1].clone()),
                    other => (Value::Null, other),
                };
                let before = cut(shown(language, &field, &before, &names));
                let after = cut(shown(language, &field, &after, &names));
                view! { <li><span class="audit-changes__field">{field_label(language, &field)}</span>": "{before}" → "{after}</li> }
            }).collect_view()}
        </ul>
    }
}

/// What an action is called on the page (an unknown one as it is stored).
fn action_label(language: Language, action: &str) -> String {
    match action {
        "create" => language.t("admin-audit-action-create"),
        "update" => language.t("admin-audit-action-update"),
        "status" => language.t("admin-audit-action-status"),
        "note" => language.t("admin-audit-action-note"),
        "follow_up" => language.t("admin-audit-action-follow_up"),
        "password" => language.t("admin-audit-action-password"),
        "delete" => language.t("admin-audit-action-delete"),
        "retire" => language.t("admin-audit-action-retire"),
        "restore" => language.t("admin-audit-action-restore"),
        "merge" => language.t("admin-audit-action-merge"),
        other => other.to_owned(),
    }
}

/// Long text cut short, so one event does not fill the page.
fn cut(text: String) -> String {
    match text.char_indices().nth(SHOWN_VALUE) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}
