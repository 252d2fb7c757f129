//! A table of meetings.

use leptos::prelude::*;

use crate::domain::MeetingSummary;
use crate::ui::format;

#[component]
pub fn MeetingTable(
    meetings: Vec<MeetingSummary>,
    /// The table's accessible name.
    #[prop(into)]
    caption: String,
) -> impl IntoView {
    view! {
        <table class="data-table">
            <caption class="visually-hidden">{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">"Date"</th>
                    <th scope="col">"Meeting"</th>
                    <th scope="col">"Partner"</th>
                    <th scope="col">"Location"</th>
                    <th scope="col" class="num">"Participants"</th>
                </tr>
            </thead>
            <tbody>
                {meetings
                    .into_iter()
                    .map(|meeting| {
                        let href = format!("/meetings/{}", meeting.id);
                        view! {
                            <tr>
                                <td class="nowrap">
                                    <time datetime=meeting.held_on.to_string()>{format::date(meeting.held_on)}</time>
                                </td>
                                <td><a href=href>{meeting.title}</a></td>
                                <td data-label="Partner">{meeting.partner_name}</td>
                                <td data-label="Location">{meeting.location.unwrap_or_default()}</td>
                                <td class="num" data-label="Participants">{meeting.participant_count}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
