//! `POST /login` and `POST /logout`: plain form posts, so signing in works without JavaScript.
//! Failures come back to `/login` with the reason's code in the query and the typed email
//! kept in the session (see `api::forms`): nothing typed travels in a URL.

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use tower_sessions::Session;

use super::throttle::AttemptKeys;
use super::{password, session};
use crate::api::auth::{LOGIN_FORM, LoginInput};
use crate::i18n::Language;
use crate::server::state::AppState;

/// The most a sign-in form may weigh.
const MAX_FORM_BYTES: usize = 16 * 1024;

#[derive(Debug, Default, Deserialize)]
struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// Where to go after signing in: a path on this site, never another site. Browsers drop tabs
/// and line breaks from a URL and read `\` as `/`, so `/\t/evil.example` would be
/// `//evil.example`: any control character, space or backslash refuses the whole target.
pub fn safe_next(next: &str) -> String {
    let next = next.trim();
    let plain = !next
        .chars()
        .any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    let local_path = next.starts_with('/') && !next.starts_with("//");
    if plain && local_path && !next.starts_with("/login") {
        next.to_owned()
    } else {
        "/".to_owned()
    }
}

fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

async fn back_to_login(
    session: &Session,
    error: &str,
    email: &str,
    next: &str,
    retry: Option<u64>,
) -> Response {
    let mut query = vec![("error", error.to_owned())];
    let input = LoginInput {
        email: email.to_owned(),
    };
    let kept = crate::api::forms::keep_rejection(
        session,
        LOGIN_FORM,
        crate::error::AppError::Unauthenticated,
        &input,
    )
    .await;
    match kept {
        Ok(token) => query.push((crate::api::forms::REJECTED_PARAM, token)),
        // The form comes back without the email rather than not at all.
        Err(failure) => tracing::warn!(%failure, "could not keep a refused sign-in"),
    }
    if next != "/" {
        query.push(("next", next.to_owned()));
    }
    if let Some(seconds) = retry {
        query.push(("retry", seconds.to_string()));
    }
    let query = serde_urlencoded::to_string(query).unwrap_or_default();
    see_other(&format!("/login?{query}"))
}

/// How a failed sign-in or sign-out is told: in the request's language, with this build's
/// stylesheet.
struct Outage<'a> {
    language: Language,
    options: &'a leptos::prelude::LeptosOptions,
}

impl<'a> Outage<'a> {
    /// The language `choose_language` found for this request.
    fn of(request: &Request, state: &'a AppState) -> Self {
        let language = request
            .extensions()
            .get::<Language>()
            .copied()
            .unwrap_or(state.default_language);
        Self {
            language,
            options: &state.leptos_options,
        }
    }
}

fn internal(error: impl std::fmt::Display, outage: &Outage<'_>) -> Response {
    crate::server::response::unavailable_page(
        &crate::error::AppError::internal("sign-in failed", &error),
        outage.language,
        outage.options,
    )
}

/// A store failure while signing in: 503 when the database is away, else 500.
fn store_failed(error: crate::server::store::StoreError, outage: &Outage<'_>) -> Response {
    crate::server::response::unavailable_page(
        &error.into_app_error(),
        outage.language,
        outage.options,
    )
}

/// Checks the password, throttles repeated failures, and on success starts a new session
/// (a new id: a session fixed before sign-in is not the one that works after).
pub async fn login(State(state): State<AppState>, request: Request) -> Response {
    let address = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or_else(|| "unknown".to_owned(), |info| info.0.ip().to_string());
    let outage = Outage::of(&request, &state);
    let Some(session) = request.extensions().get::<Session>().cloned() else {
        return internal("no session layer", &outage);
    };
    let body = match axum::body::to_bytes(request.into_body(), MAX_FORM_BYTES).await {
        Ok(body) => body,
        Err(_) => return (StatusCode::PAYLOAD_TOO_LARGE, "The form is too large.").into_response(),
    };
    let form: LoginForm = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    // A control character is never part of an address (PostgreSQL would refuse a NUL).
    let email = crate::domain::validation::storable_text(&form.email)
        .trim()
        .to_lowercase();
    let next = safe_next(&form.next);
    if email.is_empty() || form.password.is_empty() {
        return back_to_login(&session, "missing", &email, &next, None).await;
    }

    let now = state.store.now();
    let keys = AttemptKeys::new(&email, &address);
    match keys.claim(&state.store, now).await {
        Ok(Some(seconds)) => {
            return back_to_login(&session, "throttled", &email, &next, Some(seconds)).await;
        }
        Ok(None) => {}
        Err(error) => return store_failed(error, &outage),
    }

    let (user, hash) = match state.store.credentials(&email).await {
        Ok(Some(found)) if found.user.active => {
            (Some((found.user, found.session_epoch)), found.password_hash)
        }
        Ok(_) => (None, None),
        Err(error) => return store_failed(error, &outage),
    };
    // Unknown users and wrong passwords take the same path and the same time.
    let verified = match password::verify(form.password, hash).await {
        Ok(verified) => verified,
        Err(error) => return internal(error, &outage),
    };
    let Some((user, epoch)) = user.filter(|_| verified) else {
        // The claimed attempt stays counted as a failure.
        return back_to_login(&session, "invalid", &email, &next, None).await;
    };
    if let Err(error) = keys.succeeded(&state.store).await {
        return store_failed(error, &outage);
    }
    if let Err(error) = session::start(&session, user.id, epoch, now.timestamp()).await {
        return internal(error, &outage);
    }
    tracing::info!(user = user.id, "signed in");
    see_other(&next)
}

/// Ends the session on the server; the old cookie no longer works.
pub async fn logout(State(state): State<AppState>, request: Request<Body>) -> Response {
    let outage = Outage::of(&request, &state);
    if let Some(session) = request.extensions().get::<Session>()
        && let Err(error) = session.flush().await
    {
        return internal(error, &outage);
    }
    see_other("/login?signed_out=1")
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(safe_next("/meetings?q=x"), "/meetings?q=x");
        for unsafe_next in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r//evil.example",
            "/ /evil.example",
            "/\u{0}/evil.example",
            "/a\\..\\\\evil.example",
            "",
            "meetings",
            "/login",
        ] {
            assert_eq!(safe_next(unsafe_next), "/", "{unsafe_next}");
        }
    }
}
