//! Server functions that delete a meeting or an initiative: admins only, with a reason. The
//! store judges the writer on the record inside the deletion's transaction.

use leptos::prelude::*;

use crate::domain::deletion::DeletionInput;
use crate::error::AppError;

/// Deletes initiative `id`, which the admin saw at `version`, for the reason given; then the
/// list of initiatives.
#[server(endpoint = "admin_delete_initiative")]
pub async fn delete_initiative(
    id: i64,
    version: i64,
    input: DeletionInput,
) -> Result<(), AppError> {
    use crate::api::forms::done_or_rejected;
    use crate::domain::deletion::DeletionReason;
    use crate::domain::permission::{Action, RecordFacts, Writer};
    let result = async {
        let user = crate::server::auth::require_user().await?;
        // Only admins delete: refused before the form is judged (the store judges the
        // record itself again, inside the deletion).
        crate::server::auth::authorize(&user, Action::DeleteRecord, RecordFacts::default())?;
        let reason = DeletionReason::parse(&input.reason)?;
        let store = crate::server::state::store()?;
        store
            .delete_initiative(id, version, &reason, Writer::Person(user.actor()))
            .await?;
        Ok(())
    }
    .await;
    done_or_rejected(result, "delete-initiative", &input, "/initiatives").await
}

/// Deletes meeting `id`, which the admin saw at `version`, for the reason given (its
/// initiatives stay); then the list of meetings.
#[server(endpoint = "admin_delete_meeting")]
pub async fn delete_meeting(id: i64, version: i64, input: DeletionInput) -> Result<(), AppError> {
    use crate::api::forms::done_or_rejected;
    use crate::domain::deletion::DeletionReason;
    use crate::domain::permission::{Action, RecordFacts, Writer};
    let result = async {
        let user = crate::server::auth::require_user().await?;
        // Only admins delete: refused before the form is judged (the store judges the
        // record itself again, inside the deletion).
        crate::server::auth::authorize(&user, Action::DeleteRecord, RecordFacts::default())?;
        let reason = DeletionReason::parse(&input.reason)?;
        let store = crate::server::state::store()?;
        store
            .delete_meeting(id, version, &reason, Writer::Person(user.actor()))
            .await?;
        Ok(())
    }
    .await;
    done_or_rejected(result, "delete-meeting", &input, "/meetings").await
}
