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
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{SubmitButton, option_list};
use crate::ui::format;
use crate::ui::history::{field_label, shown};

/// The longest value a change shows before it is cut short.
const SHOWN_VALUE: usize = 120;

#[component]
pub fn AdminAuditPage() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| AuditQuery::from_pairs(|name| p.get(name))));
    let page = Resource::new_blocking(move || query.get(), get_audit);
    view! {
        <Title text="Audit trail" />
        <h1>"Audit trail"</h1>
        <Suspense fallback=|| view! { <p>"Loading the audit trail…"</p> }>
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
            view! { <p class="empty">"No changes match these filters."</p> }.into_any()
        } else {
            view! { <AuditTable events names /> }.into_any()
        }}
        {next.map(|href| view! { <p><a class="button button--secondary" href=href>"Older changes"</a></p> })}
    }
}

#[component]
fn AuditFilters(
    query: AuditQuery,
    errors: Vec<(String, String)>,
    people: Vec<Choice>,
) -> impl IntoView {
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
        .map(|k| (k.as_str().to_owned(), k.label().to_owned()))
        .collect();
    view! {
        <form method="get" action="/admin/audit" class="filters panel" role="search" aria-label="Filter the audit trail">
            <div class="filter">
                <label for="audit-who">"Who"</label>
                <select id="audit-who" name="who">
                    <option value="">"Anyone"</option>
                    {option_list(Choice::options(&people), query.who.trim())}
                </select>
                {message("who")}
            </div>
            <div class="filter">
                <label for="audit-kind">"Kind of record"</label>
                <select id="audit-kind" name="kind">
                    <option value="">"Any kind"</option>
                    {option_list(kinds, query.kind.trim())}
                </select>
                {message("kind")}
            </div>
            <div class="filter">
                <label for="audit-record">"Record number"</label>
                <input id="audit-record" name="record" type="text" inputmode="numeric" value=query.record.clone() />
                {message("record")}
            </div>
            <div class="filter">
                <label for="audit-from">"From"</label>
                <input id="audit-from" name="from" type="date" value=query.from.clone() />
                {message("from")}
            </div>
            <div class="filter">
                <label for="audit-until">"Until"</label>
                <input id="audit-until" name="until" type="date" value=query.until.clone() />
                {message("until")}
            </div>
            {message("before")}
            <div class="filter-actions">
                <SubmitButton label="Apply filters" busy_label="Filtering…" />
                <a href="/admin/audit" class="button button--quiet">"Clear"</a>
            </div>
        </form>
    }
}

#[component]
fn AuditTable(events: Vec<AuditEvent>, names: HistoryNames) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data-table audit-table">
                <caption class="visually-hidden">"Changes, newest first: when, who, which record, what was done and what changed"</caption>
                <thead>
                    <tr>
                        <th scope="col">"When"</th>
                        <th scope="col">"Who"</th>
                        <th scope="col">"Record"</th>
                        <th scope="col">"Action"</th>
                        <th scope="col">"Changes"</th>
                    </tr>
                </thead>
                <tbody>
                    {events.into_iter().map(|event| {
                        let kind = AuditKind::parse(&event.entity);
                        let name = format!(
                            "{} #{}",
                            kind.map(|k| k.label()).unwrap_or(event.entity.as_str()),
                            event.entity_id
                        );
                        let record = match kind.and_then(|k| k.page(event.entity_id)) {
                            Some(href) => view! { <a href=href>{name}</a> }.into_any(),
                            None => view! { <span>{name}</span> }.into_any(),
                        };
                        view! {
                            <tr>
                                <td data-label="When"><time datetime=event.occurred_at.to_rfc3339()>{format::date_time(event.occurred_at)}</time></td>
                                <td data-label="Who">{event.actor_name.clone().unwrap_or_else(|| "System".to_owned())}</td>
                                <td data-label="Record">{record}</td>
                                <td data-label="Action">{action_label(&event.action)}</td>
                                <td data-label="Changes"><ChangeList changes=event.changes names=names.clone() /></td>
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
    view! {
        <ul class="audit-changes">
            {changes.into_iter().map(|(field, pair)| {
                let (before, after) = match pair {
                    Value::Array(pair) if pair.len() == 2 => (pair[0].clone(), pair[1].clone()),
                    other => (Value::Null, other),
                };
                let before = cut(shown(&field, &before, &names));
                let after = cut(shown(&field, &after, &names));
                view! { <li><span class="audit-changes__field">{field_label(&field)}</span>": "{before}" → "{after}</li> }
            }).collect_view()}
        </ul>
    }
}

/// What an action is called on the page.
fn action_label(action: &str) -> String {
    match action {
        "create" => "Created",
        "update" => "Edited",
        "status" => "Status changed",
        "note" => "Progress note",
        "follow_up" => "Discussed again",
        "password" => "Password changed",
        "delete" => "Deleted",
        "retire" => "Retired",
        "restore" => "Brought back",
        "merge" => "Merged into another partner",
        other => other,
    }
    .to_owned()
}

/// Long text cut short, so one event does not fill the page.
fn cut(text: String) -> String {
    match text.char_indices().nth(SHOWN_VALUE) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}
