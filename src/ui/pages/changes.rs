//! `/dashboard/changes`: what changed since a chosen day, per partner — the brief for a
//! quarterly review. A GET form picks the day, so a brief is a link to share; it prints on A4.

use chrono::{Datelike, Days, NaiveDate};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::dashboard::{ChangesBrief, get_changes};
use crate::domain::changes::{ChangeKind, PartnerChanges, quarter_start};
use crate::domain::download::FileKind;
use crate::i18n::Language;
use crate::ui::components::downloads::DownloadLinks;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::SubmitButton;

#[component]
pub fn ChangesPage() -> impl IntoView {
    let language = Language::current();
    let params = use_query_map();
    let since = Memo::new(move |_| params.with(|p| p.get("since").unwrap_or_default()));
    let brief = Resource::new_blocking(move || since.get(), get_changes);
    view! {
        <Title text=language.t("changes-page-title") />
        <p class="breadcrumb no-print"><a href="/dashboard">{language.t("nav-dashboard")}</a></p>
        <Suspense fallback=move || view! {
            <h1>{language.t("changes-fallback-heading")}</h1>
            <p>{language.t("changes-loading")}</p>
        }>
            {move || Suspend::new(async move {
                match brief.await {
                    Ok(brief) => view! { <Brief brief /> }.into_any(),
                    Err(error) => view! { <h1>{language.t("changes-fallback-heading")}</h1><ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn anchor(partner_id: i64) -> String {
    format!("partner-{partner_id}")
}

/// The word after a headline figure ("12 created").
fn figure_word(language: Language, kind: ChangeKind, count: usize) -> String {
    match kind {
        ChangeKind::Created => {
            language.t_with("changes-figure-created", &[("count", count.into())])
        }
        ChangeKind::Completed => {
            language.t_with("changes-figure-completed", &[("count", count.into())])
        }
        ChangeKind::Slipped => {
            language.t_with("changes-figure-slipped", &[("count", count.into())])
        }
        ChangeKind::Reassigned => {
            language.t_with("changes-figure-reassigned", &[("count", count.into())])
        }
        ChangeKind::DeadlineMoved => {
            language.t_with("changes-figure-moved", &[("count", count.into())])
        }
    }
}

/// The day the brief starts from: a date, or a quick choice of period.
#[component]
fn PeriodForm(since: NaiveDate, today: NaiveDate) -> impl IntoView {
    let language = Language::current();
    let quick = [
        (
            language.t("changes-last-30-days"),
            today.checked_sub_days(Days::new(30)).unwrap_or(today),
        ),
        (language.t("changes-this-quarter"), quarter_start(today)),
        (
            language.t("changes-this-year"),
            NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today),
        ),
    ];
    view! {
        <form method="get" action="/dashboard/changes" class="filters no-print" role="search" aria-label=language.t("changes-period-label")>
            <div class="filter">
                <label for="since">{language.t("changes-since")}</label>
                <input id="since" type="date" name="since" value=since.to_string() max=today.to_string() />
            </div>
            <div class="filters__actions">
                <SubmitButton label=language.t("changes-submit") busy_label=language.t("busy-loading") />
                {quick.into_iter().map(|(label, day)| view! {
                    <a class="button button--quiet" href=format!("/dashboard/changes?since={day}")>{label}</a>
                }).collect_view()}
            </div>
        </form>
    }
}

#[component]
fn Brief(brief: ChangesBrief) -> impl IntoView {
    let language = Language::current();
    let ChangesBrief {
        since,
        today,
        groups,
        truncated,
    } = brief;
    let totals: Vec<usize> = ChangeKind::ALL
        .iter()
        .map(|kind| groups.iter().map(|g| g.list(*kind).len()).sum())
        .collect();
    let items: usize = totals.iter().sum();
    view! {
        <h1>{language.t_with("changes-heading", &[("date", language.date(since).into())])}</h1>
        <PeriodForm since today />
        <p class="no-print">
            <DownloadLinks
                href=move |kind: FileKind| format!("{}?since={since}", kind.path("changes"))
                what=language.count("count-items", items as i64)
            />
        </p>
        <ul class="headline-figures">
            {ChangeKind::ALL.iter().zip(totals).map(|(kind, total)| view! {
                <li class:figure--overdue={*kind == ChangeKind::Slipped && total > 0}>
                    <span class="figure">{language.number(total as i64)}</span>" "{figure_word(language, *kind, total)}
                </li>
            }).collect_view()}
        </ul>
        {truncated.then(|| view! {
            <p class="notice">
                {language.t_with("changes-truncated", &[("count", crate::api::dashboard::CHANGES_SHOWN.into())])}
            </p>
        })}
        {if groups.is_empty() {
            view! { <p class="empty">{language.t("changes-empty")}</p> }.into_any()
        } else {
            view! {
                <section aria-labelledby="summary-heading">
                    <h2 id="summary-heading">{language.t("changes-by-partner-heading")}</h2>
                    <div class="table-scroll">
                        <table class="data-table">
                            <caption class="visually-hidden">{language.t("changes-table-caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{language.t("changes-col-partner")}</th>
                                    {ChangeKind::ALL.iter().map(|k| view! { <th scope="col" class="num">{language.name_of(*k)}</th> }).collect_view()}
                                </tr>
                            </thead>
                            <tbody>
                                {groups.iter().map(|group| view! {
                                    <tr>
                                        <th scope="row"><a href=format!("#{}", anchor(group.partner_id))>{group.name.clone()}</a></th>
                                        {ChangeKind::ALL.iter().map(|k| {
                                            let n = group.list(*k).len();
                                            view! { <td class="num" class:cell--alert={*k == ChangeKind::Slipped && n > 0}>{language.number(n as i64)}</td> }
                                        }).collect_view()}
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                </section>
                {groups.into_iter().map(|group| view! { <PartnerSection group /> }).collect_view()}
            }
            .into_any()
        }}
    }
}

#[component]
fn PartnerSection(group: PartnerChanges) -> impl IntoView {
    let language = Language::current();
    let heading = format!("{}-heading", anchor(group.partner_id));
    let labelled_by = heading.clone();
    view! {
        <section class="brief-partner" id=anchor(group.partner_id) aria-labelledby=labelled_by>
            <h2 id=heading>
                <a href=format!("/partners/{}", group.partner_id)>{group.name.clone()}</a>
            </h2>
            <div class="brief-partner__lists">
                {ChangeKind::ALL.iter().filter(|k| !group.list(**k).is_empty()).map(|kind| {
                    let items = group.list(*kind).to_vec();
                    let list_heading = language.t_with(
                        "changes-list-heading",
                        &[("kind", language.name_of(*kind).into()), ("count", items.len().into())],
                    );
                    view! {
                        <div>
                            <h3>{list_heading}</h3>
                            <ul class="brief-list">
                                {items.into_iter().map(|item| {
                                    let detail = match (&item.reassigned, &item.deadline_shift) {
                                        (Some(given), _) => Some(format!(" · {}", language.reassignment(given))),
                                        (None, Some(shift)) => Some(format!(" · {}", language.deadline_shift(shift))),
                                        (None, None) => None,
                                    };
                                    view! {
                                        <li>
                                            <a href=format!("/initiatives/{}", item.initiative_id)>{item.title}</a>
                                            <span class="brief-list__meta">
                                                " · "<time datetime=item.on.to_string()>{language.date(item.on)}</time>
                                                {detail}
                                            </span>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </div>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}
