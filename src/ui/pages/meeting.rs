//! `/meetings/:id`: one meeting, its participants and summary.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::initiatives::{ListResult, list_initiatives};
use crate::api::meetings::get_meeting;
use crate::domain::listing::ListQuery;
use crate::domain::permission::Action;
use crate::domain::{Meeting, Side};
use crate::i18n::Language;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::initiative_table::InitiativeTable;
use crate::ui::components::layout::{CurrentUser, user_can};

#[component]
pub fn MeetingPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let meeting = Resource::new_blocking(move || id.get(), get_meeting);
    let initiatives = Resource::new_blocking(
        move || id.get(),
        |id| {
            list_initiatives(ListQuery {
                meeting: id,
                ..Default::default()
            })
        },
    );
    let language = Language::current();

    view! {
        <Suspense fallback=move || view! { <p>{language.t("meeting-loading")}</p> }>
            {move || Suspend::new(async move {
                let user = CurrentUser::get().await;
                let can_add = user_can(&user, Action::CreateInitiative);
                let can_edit = user_can(&user, Action::EditMeeting);
                let can_delete = user_can(&user, Action::DeleteRecord);
                match (meeting.await, initiatives.await) {
                    (Ok(meeting), Ok(initiatives)) => view! { <MeetingDetails meeting initiatives can_add can_edit can_delete /> }.into_any(),
                    (Err(error), _) | (_, Err(error)) => view! {
                        <Title text=language.t("meeting-fallback-title") />
                        <h1>{language.t("meeting-fallback-title")}</h1>
                        <ErrorMessage error />
                        <p><a href="/meetings">{language.t("meeting-back-to-all")}</a></p>
                    }
                        .into_any(),
                }
            })}
        </Suspense>
    }
}

// Long because: one view template, read top to bottom as the page.
#[component]
fn MeetingDetails(
    meeting: Meeting,
    initiatives: ListResult,
    can_add: bool,
    can_edit: bool,
    can_delete: bool,
) -> impl IntoView {
    let language = Language::current();
    let add_href = format!("/initiatives/new?meeting={}", meeting.id);
    let edit_href = format!("/meetings/{}/edit", meeting.id);
    let delete_href = format!("/meetings/{}/delete", meeting.id);
    let (ours, theirs): (Vec<_>, Vec<_>) = meeting
        .participants
        .into_iter()
        .partition(|p| p.side == Side::Ours);
    let side_list = |label: String, people: Vec<crate::domain::Participant>| {
        (!people.is_empty()).then(|| {
            view! {
                <div class="participants__side">
                    <h3>{label}</h3>
                    <ul>
                        {people
                            .into_iter()
                            .map(|p| {
                                let role = [p.title, p.organisation]
                                    .into_iter()
                                    .flatten()
                                    .collect::<Vec<_>>()
                                    .join(", ");
                                view! {
                                    <li>
                                        <span class="participant__name">{p.name}</span>
                                        {(!role.is_empty()).then(|| view! { <span class="participant__role">{role}</span> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    };
    let has_participants = !ours.is_empty() || !theirs.is_empty();

    view! {
        <Title text=meeting.title.clone() />
        <p class="breadcrumb"><a href="/meetings">{language.t("meeting-breadcrumb")}</a></p>
        <div class="page-header">
            <h1>{meeting.title}</h1>
            <div class="page-header__actions">
                {can_edit.then(|| view! { <a class="button button--secondary" href=edit_href>{language.t("meeting-correct")}</a> })}
                {can_delete.then(|| view! { <a class="button button--quiet" href=delete_href>{language.t("meeting-delete")}</a> })}
            </div>
        </div>
        <dl class="facts">
            <div><dt>{language.t("meeting-fact-date")}</dt><dd><time datetime=meeting.held_on.to_string()>{language.date(meeting.held_on)}</time></dd></div>
            <div><dt>{language.t("meeting-fact-partner")}</dt><dd><a href=format!("/partners/{}", meeting.partner_id)>{meeting.partner_name}</a></dd></div>
            {meeting.location.map(|location| view! { <div><dt>{language.t("meeting-fact-location")}</dt><dd>{location}</dd></div> })}
            <div><dt>{language.t("meeting-fact-confidentiality")}</dt><dd>{language.name_of(meeting.confidentiality)}</dd></div>
            {meeting.source_url.map(|url| {
                let href = url.clone();
                view! {
                    <div><dt>{language.t("meeting-fact-source")}</dt><dd><a href=href rel="noopener noreferrer">{url}</a></dd></div>
                }
            })}
        </dl>
        {meeting.summary.map(|summary| view! {
            <section aria-labelledby="summary-heading">
                <h2 id="summary-heading">{language.t("meeting-summary-heading")}</h2>
                <p class="prose">{summary}</p>
            </section>
        })}
        <section aria-labelledby="initiatives-heading">
            <div class="section-header">
                <h2 id="initiatives-heading">{language.t("meeting-initiatives-heading")}</h2>
                {can_add.then(|| view! { <a class="button" href=add_href>{language.t("meeting-add-initiative")}</a> })}
            </div>
            {if initiatives.rows.is_empty() {
                view! { <p class="empty">{language.t("meeting-initiatives-empty")}</p> }.into_any()
            } else {
                view! { <InitiativeTable rows=initiatives.rows caption=language.t("meeting-initiatives-caption") /> }.into_any()
            }}
        </section>
        <section aria-labelledby="participants-heading">
            <h2 id="participants-heading">{language.t("meeting-participants-heading")}</h2>
            {if has_participants {
                view! {
                    <div class="participants">
                        {side_list(language.name_of(Side::Ours), ours)}
                        {side_list(language.name_of(Side::Theirs), theirs)}
                    </div>
                }.into_any()
            } else {
                view! { <p class="empty">{language.t("meeting-participants-empty")}</p> }.into_any()
            }}
        </section>
        {meeting.readout.map(|readout| view! {
            <section aria-labelledby="readout-heading">
                <h2 id="readout-heading">{language.t("meeting-readout-heading")}</h2>
                <pre class="readout">{readout}</pre>
            </section>
        })}
    }
}
