//! `/initiatives/:id`: the record, its health, the status form and the history timeline.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::initiatives::{InitiativeDetail, get_initiative};
use crate::domain::{Status, StatusChangeInput};
use crate::i18n::Language;
use crate::ui::components::deadline_moves::{DeadlineLedger, slippage_line};
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{
    ErrorSummary, Select, SubmitButton, TextArea, TextInput, rejection,
};
use crate::ui::components::initiative_table::{HealthBadge, StatusBadge};
use crate::ui::history::{HistoryEntry, describe};

#[component]
pub fn InitiativePage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let detail = Resource::new_blocking(move || id.get(), get_initiative);
    let language = Language::current();

    view! {
        <Suspense fallback=move || view! { <p>{language.t("initiative-loading")}</p> }>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok(detail) => view! { <InitiativeView detail /> }.into_any(),
                    Err(error) => view! {
                        <Title text=language.t("initiative-fallback-title") />
                        <h1>{language.t("initiative-fallback-title")}</h1>
                        <ErrorMessage error />
                        <p><a href="/initiatives">{language.t("initiative-back-to-all")}</a></p>
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
        deadline_moves,
        names,
        can_edit,
        can_delete,
    } = detail;
    let language = Language::current();
    let slippage = slippage_line(language, &initiative);
    let history: Vec<HistoryEntry> = history
        .iter()
        .map(|event| describe(language, event, &names))
        .collect();
    let id = initiative.id;
    let date_or_dash = |date: Option<chrono::NaiveDate>| {
        date.map_or_else(
            || language.t("common-none"),
            |date| language.date_long(date),
        )
    };

    view! {
        <Title text=initiative.title.clone() />
        <p class="breadcrumb"><a href="/initiatives">{language.t("initiative-breadcrumb")}</a></p>
        <div class="page-header">
            <h1>{initiative.title.clone()}</h1>
            <div class="page-header__actions">
                {can_edit.then(|| view! { <a class="button button--secondary" href=format!("/initiatives/{id}/edit")>{language.t("initiative-edit")}</a> })}
                {can_delete.then(|| view! { <a class="button button--quiet" href=format!("/initiatives/{id}/delete")>{language.t("initiative-delete")}</a> })}
            </div>
        </div>
        <p class="status-line">
            <StatusBadge status=initiative.status />
            " "
            <HealthBadge health />
            {(!can_edit).then(|| view! { <span class="read-only-note">{language.t("initiative-read-only")}</span> })}
        </p>
        <dl class="facts">
            <div><dt>{language.t("initiative-fact-partner")}</dt><dd><a href=format!("/partners/{}", initiative.partner_id)>{initiative.partner_name.clone()}</a></dd></div>
            <div><dt>{language.t("initiative-fact-owner")}</dt><dd>{initiative.owner_name.clone().unwrap_or_else(|| language.t("initiative-unassigned"))}</dd></div>
            <div><dt>{language.t("initiative-fact-deadline")}</dt><dd>
                {date_or_dash(initiative.deadline)}
                {slippage.map(|line| view! { <span class="fact-note">{line}</span> })}
            </dd></div>
            <div><dt>{language.t("initiative-fact-next-review")}</dt><dd>{date_or_dash(initiative.next_review_on)}</dd></div>
            <div><dt>{language.t("initiative-fact-sectors")}</dt><dd>{if sectors.is_empty() { language.t("common-none") } else { sectors.join(", ") }}</dd></div>
            <div><dt>{language.t("initiative-fact-meeting")}</dt><dd>{match (initiative.meeting_id, meeting_title) {
                (Some(meeting), Some(title)) => view! { <a href=format!("/meetings/{meeting}")>{title}</a> }.into_any(),
                _ => language.t("common-none").into_any(),
            }}</dd></div>
            <div><dt>{language.t("initiative-fact-obligor")}</dt><dd>{language.name_of(initiative.obligor)}</dd></div>
            <div><dt>{language.t("initiative-fact-strength")}</dt><dd>{language.name_of(initiative.strength)}</dd></div>
            <div><dt>{language.t("initiative-fact-confidentiality")}</dt><dd>{language.name_of(initiative.confidentiality)}</dd></div>
            {initiative.completed_on.map(|on| view! { <div><dt>{language.t("initiative-fact-completed-on")}</dt><dd>{language.date_long(on)}</dd></div> })}
            {initiative.blocked_reason.clone().map(|reason| view! { <div><dt>{language.t("initiative-fact-blocked-reason")}</dt><dd>{reason}</dd></div> })}
        </dl>
        {(!initiative.description.is_empty()).then(|| view! {
            <section aria-labelledby="description-heading">
                <h2 id="description-heading">{language.t("initiative-description-heading")}</h2>
                <p class="prose">{initiative.description.clone()}</p>
            </section>
        })}
        {can_edit.then(|| view! { <StatusForm id version=initiative.version current=initiative.status next /> })}
        <DeadlineLedger moves=deadline_moves />
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">{language.t("initiative-history-heading")}</h2>
            <Timeline entries=history />
        </section>
    }
}

#[component]
fn StatusForm(id: i64, version: i64, current: Status, next: &'static [Status]) -> impl IntoView {
    let language = Language::current();
    let (error, typed) = rejection::<StatusChangeInput>("status");
    let typed = typed.unwrap_or_default();
    let mut options = vec![(
        current.as_str().to_owned(),
        language.t_with(
            "initiative-status-form-current",
            &[("status", language.name_of(current).into())],
        ),
    )];
    options.extend(
        next.iter()
            .map(|s| (s.as_str().to_owned(), language.name_of(*s))),
    );
    let selected = if typed.to_status.is_empty() {
        current.as_str().to_owned()
    } else {
        typed.to_status.clone()
    };

    view! {
        <section aria-labelledby="status-heading" class="panel">
            <h2 id="status-heading">{language.t("initiative-status-form-heading")}</h2>
            <form method="post" action="/api/change_status" class="form" novalidate>
                <ErrorSummary error />
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="version" value=version />
                <Select id="to_status" name="input[to_status]" field="to_status" label=language.t("initiative-status-form-new-status")
                    value=selected options error />
                <TextArea id="note" name="input[note]" field="note" label=language.t("initiative-status-form-note") value=typed.note error rows=3
                    hint=language.t("initiative-status-form-note-hint") />
                <TextInput id="evidence_url" name="input[evidence_url]" field="evidence_url" label=language.t("initiative-status-form-evidence")
                    kind="url" value=typed.evidence_url error
                    hint=language.t("initiative-status-form-evidence-hint") />
                <SubmitButton label=language.t("initiative-status-form-submit") busy_label=language.t("busy-saving") />
            </form>
        </section>
    }
}

#[component]
fn Timeline(entries: Vec<HistoryEntry>) -> impl IntoView {
    let language = Language::current();
    if entries.is_empty() {
        return view! { <p class="empty">{language.t("initiative-timeline-empty")}</p> }.into_any();
    }
    view! {
        <ol class="timeline">
            {entries
                .into_iter()
                .map(|entry| {
                    let when = language.date_time(entry.at);
                    view! {
                        <li class="timeline__entry">
                            <p class="timeline__headline">
                                <strong>{entry.headline}</strong>
                                " · "
                                <span>{entry.author.unwrap_or_else(|| language.t("initiative-timeline-system"))}</span>
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
                                view! { <p class="timeline__evidence">{language.t("initiative-timeline-evidence")}" "<a href=href rel="noopener noreferrer">{url}</a></p> }
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}
