//! Server functions about the signed-in user. Signing in and out are plain form posts
//! (`/login`, `/logout`), so they work without JavaScript.

use leptos::prelude::*;

use crate::domain::User;
use crate::error::AppError;

/// The signed-in user, or `None`.
#[server(endpoint = "current_user")]
pub async fn current_user() -> Result<Option<User>, AppError> {
    crate::server::auth::optional_user().await
}
