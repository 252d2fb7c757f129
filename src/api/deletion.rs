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
    let result = async {
        let (store, reason, writer) = deletion(&input).await?;
        Ok(store
            .delete_initiative(id, version, &reason, writer)
            .await?)
    }
    .await;
    crate::api::forms::done_or_rejected(result, "delete-initiative", &input, "/initiatives").await
}

/// Deletes meeting `id`, which the admin saw at `version`, for the reason given (its
/// initiatives stay); then the list of meetings.
#[server(endpoint = "admin_delete_meeting")]
pub async fn delete_meeting(id: i64, version: i64, input: DeletionInput) -> Result<(), AppError> {
    let result = async {
        let (store, reason, writer) = deletion(&input).await?;
        store.delete_meeting(id, version, &reason, writer).await?;
        Ok(())
    }
    .await;
    crate::api::forms::done_or_rejected(result, "delete-meeting", &input, "/meetings").await
}

/// What every deletion starts with: the signed-in user, refused unless an admin before the
/// form is judged (the store judges the record itself again, inside the deletion), the
/// checked reason, and the store.
#[cfg(feature = "ssr")]
async fn deletion(
    input: &DeletionInput,
) -> Result<
    (
        crate::server::store::Store,
        crate::domain::deletion::DeletionReason,
        crate::domain::permission::Writer,
    ),
    AppError,
> {
    use crate::domain::permission::{Action, RecordFacts, Writer};
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::DeleteRecord, RecordFacts::default())?;
    let reason = crate::domain::deletion::DeletionReason::parse(&input.reason)?;
    let store = crate::server::state::store()?;
    Ok((store, reason, Writer::Person(user.actor())))
}
