//! `/initiatives/:id`: the record, its health, the status form and the history timeline.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::initiatives::{InitiativeDetail, get_initiative};
use crate::domain::{Status, StatusChangeInput};
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{
    ErrorSummary, Select, SubmitButton, TextArea, TextInput, rejection,
};
use crate::ui::components::initiative_table::{HealthBadge, StatusBadge};
use crate::ui::format;
use crate::ui::history::{HistoryEntry, describe};

#[component]
pub fn InitiativePage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let detail = Resource::new_blocking(move || id.get(), get_initiative);

    view! {
        <Suspense fallback=|| view! { <p>"Loading the initiative…"</p> }>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok(detail) => view! { <InitiativeView detail /> }.into_any(),
                    Err(error) => view! {
                        <Title text="Initiative" />
                        <h1>"Initiative"</h1>
                        <ErrorMessage error />
                        <p><a href="/initiatives">"Back to all initiatives"</a></p>
                    }
                        .into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn InitiativeView(detail: InitiativeDetail) -> impl IntoView {
    let next = detail.next_statuses();
    let InitiativeDetail {
        initiative,
        health,
        sectors,
        meeting_title,
        history,
        names,
        can_edit,
        can_delete,
    } = detail;
    let history: Vec<HistoryEntry> = history
        .iter()
        .map(|event| describe(event, &names))
        .collect();
    let id = initiative.id;
    let date_or_dash =
        |date: Option<chrono::NaiveDate>| date.map(format::date).unwrap_or_else(|| "—".to_owned());

    view! {
        <Title text=initiative.title.clone() />
        <p class="breadcrumb"><a href="/initiatives">"Initiatives"</a></p>
        <div class="page-header">
            <h1>{initiative.title.clone()}</h1>
            <div class="page-header__actions">
                {can_edit.then(|| view! { <a class="button button--secondary" href=format!("/initiatives/{id}/edit")>"Edit"</a> })}
                {can_delete.then(|| view! { <a class="button button--quiet" href=format!("/initiatives/{id}/delete")>"Delete…"</a> })}
            </div>
        </div>
        <p class="status-line">
            <StatusBadge status=initiative.status />
            " "
            <HealthBadge health />
            {(!can_edit).then(|| view! { <span class="read-only-note">"Read only: owned by someone else"</span> })}
        </p>
        <dl class="facts">
            <div><dt>"Partner"</dt><dd><a href=format!("/partners/{}", initiative.partner_id)>{initiative.partner_name.clone()}</a></dd></div>
            <div><dt>"Owner"</dt><dd>{initiative.owner_name.clone().unwrap_or_else(|| "Unassigned".to_owned())}</dd></div>
            <div><dt>"Deadline"</dt><dd>{date_or_dash(initiative.deadline)}</dd></div>
            <div><dt>"Next review"</dt><dd>{date_or_dash(initiative.next_review_on)}</dd></div>
            <div><dt>"Sectors"</dt><dd>{if sectors.is_empty() { "—".to_owned() } else { sectors.join(", ") }}</dd></div>
            <div><dt>"From meeting"</dt><dd>{match (initiative.meeting_id, meeting_title) {
                (Some(meeting), Some(title)) => view! { <a href=format!("/meetings/{meeting}")>{title}</a> }.into_any(),
                _ => "—".into_any(),
            }}</dd></div>
            <div><dt>"Next step owed by"</dt><dd>{initiative.obligor.label()}</dd></div>
            <div><dt>"Strength"</dt><dd>{initiative.strength.label()}</dd></div>
            <div><dt>"Confidentiality"</dt><dd>{initiative.confidentiality.label()}</dd></div>
            {initiative.completed_on.map(|on| view! { <div><dt>"Completed on"</dt><dd>{format::date(on)}</dd></div> })}
            {initiative.blocked_reason.clone().map(|reason| view! { <div><dt>"Blocked because"</dt><dd>{reason}</dd></div> })}
        </dl>
        {(!initiative.description.is_empty()).then(|| view! {
            <section aria-labelledby="description-heading">
                <h2 id="description-heading">"Description"</h2>
                <p class="prose">{initiative.description.clone()}</p>
            </section>
        })}
        {can_edit.then(|| view! { <StatusForm id version=initiative.version current=initiative.status next /> })}
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">"History"</h2>
            <Timeline entries=history />
        </section>
    }
}

#[component]
fn StatusForm(id: i64, version: i64, current: Status, next: &'static [Status]) -> impl IntoView {
    let (error, typed) = rejection::<StatusChangeInput>("status");
    let typed = typed.unwrap_or_default();
    let mut options = vec![(
        current.as_str().to_owned(),
        format!("{} (no change, add a note)", current.label()),
    )];
    options.extend(
        next.iter()
            .map(|s| (s.as_str().to_owned(), s.label().to_owned())),
    );
    let selected = if typed.to_status.is_empty() {
        current.as_str().to_owned()
    } else {
        typed.to_status.clone()
    };

    view! {
        <section aria-labelledby="status-heading" class="panel">
            <h2 id="status-heading">"Update status"</h2>
            <form method="post" action="/api/change_status" class="form" novalidate>
                <ErrorSummary error />
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="version" value=version />
                <Select id="to_status" name="input[to_status]" field="to_status" label="New status"
                    value=selected options error />
                <TextArea id="note" name="input[note]" field="note" label="Note" value=typed.note error rows=3
                    hint="What happened. Required when blocking: say what holds it up." />
                <TextInput id="evidence_url" name="input[evidence_url]" field="evidence_url" label="Evidence link"
                    kind="url" value=typed.evidence_url error
                    hint="A link to the signed text, the minutes or the announcement. Completing needs this link or a note." />
                <SubmitButton label="Save update" busy_label="Saving…" />
            </form>
        </section>
    }
}

#[component]
fn Timeline(entries: Vec<HistoryEntry>) -> impl IntoView {
    if entries.is_empty() {
        return view! { <p class="empty">"No history yet."</p> }.into_any();
    }
    view! {
        <ol class="timeline">
            {entries
                .into_iter()
                .map(|entry| {
                    let when = format::date_time(entry.at);
                    view! {
                        <li class="timeline__entry">
                            <p class="timeline__headline">
                                <strong>{entry.headline}</strong>
                                " · "
                                <span>{entry.author.unwrap_or_else(|| "System".to_owned())}</span>
                                " · "
                                <time datetime=entry.at.to_rfc3339()>{when}</time>
                            </p>
                            {(!entry.changes.is_empty()).then(|| view! {
                                <ul class="timeline__changes">
                                    {entry.changes.into_iter().map(|(field, before, after)| view! {
                                        <li><span class="timeline__field">{field}</span>": "{before}" → "{after}</li>
                                    }).collect_view()}
                                </ul>
                            })}
                            {entry.note.map(|note| view! { <p class="timeline__note">{note}</p> })}
                            {entry.evidence_url.map(|url| {
                                let href = url.clone();
                                view! { <p class="timeline__evidence">"Evidence: "<a href=href rel="noopener noreferrer">{url}</a></p> }
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}
