//! Server functions about the signed-in user. Signing in and out are plain form posts
//! (`/login`, `/logout`), so they work without JavaScript.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::User;
use crate::error::AppError;

/// The signed-in user, or `None`.
#[server(endpoint = "current_user")]
pub async fn current_user() -> Result<Option<User>, AppError> {
    crate::server::auth::optional_user().await
}

/// What the sign-in form gets back after a refusal: kept in the session by the sign-in route,
/// never put in the URL.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LoginInput {
    pub email: String,
}

/// The name under which a refused sign-in is kept.
pub const LOGIN_FORM: &str = "login";
