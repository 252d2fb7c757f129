//! `/partners/:id`: a partner, its brief for the next meeting (open initiatives, what needs
//! attention first; printable), and its meetings.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::partners::{PartnerDetail, get_partner};
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::initiative_table::InitiativeTable;
use crate::ui::components::meeting_table::MeetingTable;
use crate::ui::format;

#[component]
pub fn PartnerPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let partner = Resource::new_blocking(move || id.get(), get_partner);
    view! {
        <Suspense fallback=|| view! { <p>"Loading the partner…"</p> }>
            {move || Suspend::new(async move {
                match partner.await {
                    Ok(detail) => view! { <PartnerView detail /> }.into_any(),
                    Err(error) => view! {
                        <Title text="Partner" />
                        <h1>"Partner"</h1>
                        <ErrorMessage error />
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PartnerView(detail: PartnerDetail) -> impl IntoView {
    let PartnerDetail {
        partner,
        parent,
        children,
        brief,
        initiative_total,
        meetings,
    } = detail;
    let all_href = format!("/initiatives?partner={}", partner.id);
    let open_count = brief.len() as i64;
    view! {
        <Title text=partner.name.clone() />
        <p class="breadcrumb no-print">
            {match parent {
                Some(parent) => view! { <a href=format!("/partners/{}", parent.id)>{parent.label}</a> }.into_any(),
                None => view! { <a href="/initiatives">"Initiatives"</a> }.into_any(),
            }}
        </p>
        <div class="page-header">
            <h1>{partner.name.clone()}</h1>
            <a class="button button--secondary no-print" href=all_href>
                {format!("All {}", format::count(initiative_total, "initiative", "initiatives"))}
            </a>
        </div>
        <dl class="facts">
            <div><dt>"Kind"</dt><dd>{partner.kind.label()}</dd></div>
            <div><dt>"World region"</dt><dd>{partner.world_region.label()}</dd></div>
            {(!children.is_empty()).then(|| view! {
                <div><dt>"Includes"</dt><dd class="inline-list">
                    {children.into_iter().map(|child| view! {
                        <a href=format!("/partners/{}", child.id)>{child.label}</a>
                    }).collect_view()}
                </dd></div>
            })}
        </dl>
        <section aria-labelledby="brief-heading" class="brief">
            <h2 id="brief-heading">"Brief for the next meeting"</h2>
            <p class="result-count">
                {format!("{} with {} and the partners under it; overdue and stale first.",
                    format::count(open_count, "open initiative", "open initiatives"), partner.name)}
                {(open_count > 0).then(|| view! {
                    " "<a class="no-print" href=format!("/exports/initiatives?partner={}&status=open", partner.id) download="">
                        "Download the brief (CSV)"
                    </a>
                    <span class="no-print">" · "</span>
                    <a class="no-print" href=format!("/exports/xlsx/initiatives?partner={}&status=open", partner.id) download="">
                        "Excel (.xlsx)"
                    </a>
                })}
            </p>
            {if brief.is_empty() {
                view! { <p class="empty">"No open initiatives."</p> }.into_any()
            } else {
                view! { <InitiativeTable rows=brief caption="Open initiatives, what needs attention first" /> }.into_any()
            }}
        </section>
        <section aria-labelledby="meetings-heading" class="no-print">
            <h2 id="meetings-heading">"Meetings"</h2>
            {if meetings.is_empty() {
                view! { <p class="empty">"No meetings recorded."</p> }.into_any()
            } else {
                view! { <MeetingTable meetings caption="Meetings with this partner" /> }.into_any()
            }}
        </section>
    }
}
