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

/// The store of one page view, put in the request's extensions by the sign-in guard for
/// requests that write nothing (see `Store::for_page_view`).
#[derive(Clone, Debug)]
pub struct PageViewStore(pub Store);

/// The application state of the current request (with its page view's store, if any).
pub fn app_state() -> Result<AppState, AppError> {
    let mut state = use_context::<AppState>().ok_or_else(|| {
        AppError::internal(
            "no application state",
            &"AppState missing from the leptos context",
        )
    })?;
    if let Some(view) = use_context::<axum::http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<PageViewStore>().cloned())
    {
        state.store = view.0;
    }
    Ok(state)
}

/// The store of the current request.
pub fn store() -> Result<Store, AppError> {
    app_state().map(|state| state.store)
}
