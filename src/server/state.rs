//! Shared application state, reachable from routes (axum `State`) and from server functions
//! and page renders (leptos context).

use axum::extract::FromRef;
use leptos::prelude::*;

use super::auth::session::AuthConfig;
use super::store::Store;
use crate::error::AppError;

/// Everything a request handler may need.
#[derive(Clone, Debug, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub store: Store,
    pub auth: AuthConfig,
    /// The interface language for readers whose browser names none of ours
    /// (`ACCORD_DEFAULT_LANGUAGE`).
    pub default_language: crate::domain::Language,
}

/// The application state of the current request.
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        AppError::internal(
            "no application state",
            &"AppState missing from the leptos context",
        )
    })
}

/// The store of the current request.
pub fn store() -> Result<Store, AppError> {
    app_state().map(|state| state.store)
}
