//! `/dashboard/changes`: what changed since a chosen day, per partner — the brief for a
//! quarterly review. A GET form picks the day, so a brief is a link to share; it prints on A4.

use chrono::{Datelike, Days, NaiveDate};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::dashboard::{ChangesBrief, get_changes};
use crate::domain::changes::{ChangeKind, PartnerChanges, quarter_start};
use crate::domain::download::FileKind;
use crate::ui::components::downloads::DownloadLinks;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::SubmitButton;
use crate::ui::format;

#[component]
pub fn ChangesPage() -> impl IntoView {
    let params = use_query_map();
    let since = Memo::new(move |_| params.with(|p| p.get("since").unwrap_or_default()));
    let brief = Resource::new_blocking(move || since.get(), get_changes);
    view! {
        <Title text="What changed" />
        <p class="breadcrumb no-print"><a href="/dashboard">"Dashboard"</a></p>
        <Suspense fallback=|| view! { <h1>"What changed"</h1><p>"Loading the brief…"</p> }>
            {move || Suspend::new(async move {
                match brief.await {
                    Ok(brief) => view! { <Brief brief /> }.into_any(),
                    Err(error) => view! { <h1>"What changed"</h1><ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn anchor(partner_id: i64) -> String {
    format!("partner-{partner_id}")
}

/// The day the brief starts from: a date, or a quick choice of period.
#[component]
fn PeriodForm(since: NaiveDate, today: NaiveDate) -> impl IntoView {
    let quick = [
        (
            "Last 30 days",
            today.checked_sub_days(Days::new(30)).unwrap_or(today),
        ),
        ("This quarter", quarter_start(today)),
        (
            "This year",
            NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today),
        ),
    ];
    view! {
        <form method="get" action="/dashboard/changes" class="filters no-print" role="search" aria-label="Choose the period">
            <div class="filter">
                <label for="since">"Since"</label>
                <input id="since" type="date" name="since" value=since.to_string() max=today.to_string() />
            </div>
            <div class="filters__actions">
                <SubmitButton label="Show the brief" busy_label="Loading…" />
                {quick.into_iter().map(|(label, day)| view! {
                    <a class="button button--quiet" href=format!("/dashboard/changes?since={day}")>{label}</a>
                }).collect_view()}
            </div>
        </form>
    }
}

#[component]
fn Brief(brief: ChangesBrief) -> impl IntoView {
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
    view! {
        <h1>{format!("What changed since {}", format::date(since))}</h1>
        <PeriodForm since today />
        <p class="no-print">
            <DownloadLinks
                href=move |kind: FileKind| format!("{}?since={since}", kind.path("changes"))
                what=format!("{} items", totals.iter().sum::<usize>())
            />
        </p>
        <ul class="headline-figures">
            {ChangeKind::ALL.iter().zip(totals).map(|(kind, total)| view! {
                <li class:figure--overdue={*kind == ChangeKind::Slipped && total > 0}>
                    <span class="figure">{total}</span>" "{kind.label().to_lowercase()}
                </li>
            }).collect_view()}
        </ul>
        {truncated.then(|| view! {
            <p class="notice">{format!("A long period: each list shows the latest {} items.", crate::api::dashboard::CHANGES_SHOWN)}</p>
        })}
        {if groups.is_empty() {
            view! { <p class="empty">"Nothing was created, completed, slipped or reassigned in this period."</p> }.into_any()
        } else {
            view! {
                <section aria-labelledby="summary-heading">
                    <h2 id="summary-heading">"By partner"</h2>
                    <div class="table-scroll">
                        <table class="data-table">
                            <caption class="visually-hidden">"Changes per partner in the period"</caption>
                            <thead>
                                <tr>
                                    <th scope="col">"Partner"</th>
                                    {ChangeKind::ALL.iter().map(|k| view! { <th scope="col" class="num">{k.label()}</th> }).collect_view()}
                                </tr>
                            </thead>
                            <tbody>
                                {groups.iter().map(|group| view! {
                                    <tr>
                                        <th scope="row"><a href=format!("#{}", anchor(group.partner_id))>{group.name.clone()}</a></th>
                                        {ChangeKind::ALL.iter().map(|k| {
                                            let n = group.list(*k).len();
                                            view! { <td class="num" class:cell--alert={*k == ChangeKind::Slipped && n > 0}>{n}</td> }
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
                    view! {
                        <div>
                            <h3>{format!("{} ({})", kind.label(), items.len())}</h3>
                            <ul class="brief-list">
                                {items.into_iter().map(|item| view! {
                                    <li>
                                        <a href=format!("/initiatives/{}", item.initiative_id)>{item.title}</a>
                                        <span class="brief-list__meta">
                                            " · "<time datetime=item.on.to_string()>{format::date(item.on)}</time>
                                            {item.detail.map(|d| format!(" · {d}"))}
                                        </span>
                                    </li>
                                }).collect_view()}
                            </ul>
                        </div>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}
