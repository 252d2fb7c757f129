//! `/partners/:id`: a partner, its brief for the next meeting (open initiatives, what needs
//! attention first; printable), and its meetings.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::partners::{PartnerDetail, get_partner};
use crate::i18n::Language;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::initiative_table::InitiativeTable;
use crate::ui::components::meeting_table::MeetingTable;

#[component]
pub fn PartnerPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let partner = Resource::new_blocking(move || id.get(), get_partner);
    let language = Language::current();
    view! {
        <Suspense fallback=move || view! { <p>{language.t("partner-loading")}</p> }>
            {move || Suspend::new(async move {
                match partner.await {
                    Ok(detail) => view! { <PartnerView detail /> }.into_any(),
                    Err(error) => view! {
                        <Title text=language.t("partner-fallback-title") />
                        <h1>{language.t("partner-fallback-title")}</h1>
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
    let language = Language::current();
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
    let brief_count = language.t_with(
        "partner-brief-count",
        &[
            ("count", open_count.into()),
            ("name", partner.name.as_str().into()),
        ],
    );
    view! {
        <Title text=partner.name.clone() />
        <p class="breadcrumb no-print">
            {match parent {
                Some(parent) => view! { <a href=format!("/partners/{}", parent.id)>{parent.label}</a> }.into_any(),
                None => view! { <a href="/initiatives">{language.t("partner-breadcrumb")}</a> }.into_any(),
            }}
        </p>
        <div class="page-header">
            <h1>{partner.name.clone()}</h1>
            <a class="button button--secondary no-print" href=all_href>
                {language.t_with("partner-all-initiatives", &[("count", initiative_total.into())])}
            </a>
        </div>
        <dl class="facts">
            <div><dt>{language.t("partner-fact-kind")}</dt><dd>{language.name_of(partner.kind)}</dd></div>
            <div><dt>{language.t("partner-fact-world-region")}</dt><dd>{language.name_of(partner.world_region)}</dd></div>
            {(!children.is_empty()).then(|| view! {
                <div><dt>{language.t("partner-fact-includes")}</dt><dd class="inline-list">
                    {children.into_iter().map(|child| view! {
                        <a href=format!("/partners/{}", child.id)>{child.label}</a>
                    }).collect_view()}
                </dd></div>
            })}
        </dl>
        <section aria-labelledby="brief-heading" class="brief">
            <h2 id="brief-heading">{language.t("partner-brief-heading")}</h2>
            <p class="result-count">
                {brief_count}
                {(open_count > 0).then(|| view! {
                    " "<a class="no-print" href=format!("/exports/initiatives?partner={}&status=open", partner.id) download="">
                        {language.t("partner-brief-csv")}
                    </a>
                    <span class="no-print">" · "</span>
                    <a class="no-print" href=format!("/exports/xlsx/initiatives?partner={}&status=open", partner.id) download="">
                        {language.t("partner-brief-excel")}
                    </a>
                })}
            </p>
            {if brief.is_empty() {
                view! { <p class="empty">{language.t("partner-brief-empty")}</p> }.into_any()
            } else {
                view! { <InitiativeTable rows=brief caption=language.t("partner-brief-caption") /> }.into_any()
            }}
        </section>
        <section aria-labelledby="meetings-heading" class="no-print">
            <h2 id="meetings-heading">{language.t("partner-meetings-heading")}</h2>
            {if meetings.is_empty() {
                view! { <p class="empty">{language.t("partner-meetings-empty")}</p> }.into_any()
            } else {
                view! { <MeetingTable meetings caption=language.t("partner-meetings-caption") /> }.into_any()
            }}
        </section>
    }
}
