//! Server functions for meetings.

use leptos::prelude::*;

use crate::domain::{Meeting, MeetingSummary};
use crate::error::AppError;

/// How many meetings a list shows.
pub const MEETINGS_PAGE_SIZE: i64 = 100;

/// Meetings, newest first, whose title, partner or location contains `search`.
#[server(endpoint = "list_meetings")]
pub async fn list_meetings(search: String) -> Result<Vec<MeetingSummary>, AppError> {
    use crate::domain::permission::{Action, RecordFacts, reads_restricted};
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::ReadMeeting, RecordFacts::default())?;
    let store = crate::server::state::store()?;
    store
        .list_meetings(&search, MEETINGS_PAGE_SIZE, !reads_restricted(user.role))
        .await
        .map_err(|error| error.into_app_error())
}

/// One meeting with its participants. `id` is the raw path segment; a missing meeting (or an
/// id that is not a number, or a restricted meeting asked for by a viewer: its existence is
/// not confirmed either) sets the response status to 404.
#[server(endpoint = "get_meeting")]
pub async fn get_meeting(id: String) -> Result<Meeting, AppError> {
    let user = crate::server::auth::require_user().await?;
    let store = crate::server::state::store()?;
    let result = match crate::api::path_id(&id, "Meeting") {
        Ok(id) => readable_meeting(&store, &user, id).await,
        Err(error) => Err(error),
    };
    if let Err(AppError::NotFound(_)) = &result {
        crate::server::response::set_status(axum::http::StatusCode::NOT_FOUND);
    }
    result
}

/// Records a meeting with its participants and goes to its page.
#[server(endpoint = "create_meeting")]
pub async fn create_meeting(input: crate::domain::MeetingInput) -> Result<i64, AppError> {
    use crate::api::forms::saved_or_rejected;
    let result = async {
        use crate::domain::NewMeeting;
        use crate::domain::permission::{Action, RecordFacts};
        let user = crate::server::auth::require_user().await?;
        crate::server::auth::authorize(&user, Action::CreateMeeting, RecordFacts::default())?;
        let meeting = NewMeeting::parse(&input)?;
        let store = crate::server::state::store()?;
        store
            .create_meeting(&meeting, Some(user.id))
            .await
            .map_err(|error| error.into_app_error())
    }
    .await;
    saved_or_rejected(result, "meeting", &input, "/meetings").await
}

/// Saves a correction of meeting `id` made on top of `version`: its fields and participants.
/// When someone else saved first the answer is [`AppError::Conflict`] and nothing is written;
/// the edit page then shows both versions.
#[server(endpoint = "update_meeting")]
pub async fn update_meeting(
    id: i64,
    version: i64,
    input: crate::domain::MeetingInput,
) -> Result<i64, AppError> {
    use crate::api::forms::saved_or_rejected;
    let result = async {
        use crate::domain::NewMeeting;
        use crate::domain::permission::{Action, RecordFacts, Writer};
        let user = crate::server::auth::require_user().await?;
        // The store judges again on the row, inside its transaction.
        crate::server::auth::authorize(&user, Action::EditMeeting, RecordFacts::default())?;
        let meeting = NewMeeting::parse(&input)?;
        let store = crate::server::state::store()?;
        store
            .update_meeting(id, version, &meeting, Writer::Person(user.actor()))
            .await
            .map(|saved| saved.id)
            .map_err(|error| error.into_app_error())
    }
    .await;
    saved_or_rejected(result, "meeting-edit", &input, "/meetings").await
}

/// The meeting `id` if `user` may read it; a meeting they may not read is "not found".
#[cfg(feature = "ssr")]
pub(crate) async fn readable_meeting(
    store: &crate::server::store::Store,
    user: &crate::domain::User,
    id: i64,
) -> Result<Meeting, AppError> {
    use crate::domain::permission::{Action, RecordFacts, can};
    let meeting = store
        .meeting(id)
        .await
        .map_err(|error| error.into_app_error())?;
    let actor = user.actor();
    let facts = RecordFacts {
        owner_id: None,
        confidentiality: Some(meeting.confidentiality),
    };
    if can(actor, Action::ReadMeeting, facts) {
        Ok(meeting)
    } else {
        Err(AppError::not_found("Meeting"))
    }
}
