//! A table of meetings.

use leptos::prelude::*;

use crate::domain::MeetingSummary;
use crate::i18n::Language;

#[component]
pub fn MeetingTable(
    meetings: Vec<MeetingSummary>,
    /// The table's accessible name.
    #[prop(into)]
    caption: String,
) -> impl IntoView {
    let language = Language::current();
    view! {
        <table class="data-table">
            <caption class="visually-hidden">{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{language.t("meeting-table-date")}</th>
                    <th scope="col">{language.t("meeting-table-meeting")}</th>
                    <th scope="col">{language.t("meeting-table-partner")}</th>
                    <th scope="col">{language.t("meeting-table-location")}</th>
                    <th scope="col" class="num">{language.t("meeting-table-participants")}</th>
                </tr>
            </thead>
            <tbody>
                {meetings
                    .into_iter()
                    .map(move |meeting| {
                        let href = format!("/meetings/{}", meeting.id);
                        view! {
                            <tr>
                                <td class="nowrap">
                                    <time datetime=meeting.held_on.to_string()>{language.date(meeting.held_on)}</time>
                                </td>
                                <td><a href=href>{meeting.title}</a></td>
                                <td data-label=language.t("meeting-table-partner")>{meeting.partner_name}</td>
                                <td data-label=language.t("meeting-table-location")>{meeting.location.unwrap_or_default()}</td>
                                <td class="num" data-label=language.t("meeting-table-participants")>{meeting.participant_count}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
