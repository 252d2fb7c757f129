//! Server functions for a user's own password: setting it with a one-time link an admin
//! issued (no sign-in needed: the link is the proof), and changing it when signed in.
//! Passwords typed into these forms are never kept: a refused form comes back empty.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// The form names these pages' refusals are kept under.
pub const SET_PASSWORD_FORM: &str = "set-password";
pub const CHANGE_PASSWORD_FORM: &str = "change-password";

/// Whose password a set-password link sets (shown so the user knows the link is theirs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkAccount {
    pub email: String,
    pub display_name: String,
}

/// The account a set-password link belongs to; `None` when the link is unknown, used,
/// expired or its account deactivated (which the page tells apart from nothing else).
#[server(endpoint = "password_link")]
pub async fn password_link(token: String) -> Result<Option<LinkAccount>, AppError> {
    let store = crate::server::state::store()?;
    let user = store.password_link_user(&token).await?;
    if user.is_none() {
        crate::server::response::set_status(axum::http::StatusCode::NOT_FOUND);
    }
    Ok(user.map(|user| LinkAccount {
        email: user.email,
        display_name: user.display_name,
    }))
}

/// Checks a new password typed twice against the policy; messages go to `password` and
/// `repeat`.
#[cfg(feature = "ssr")]
fn check_new(password: &str, repeat: &str, email: &str) -> Result<(), AppError> {
    let mut errors = crate::error::FieldErrors::new();
    crate::domain::password::check_new_password(&mut errors, "password", password, email);
    if errors.get("password").is_none() && password != repeat {
        errors.add(
            "repeat",
            "The two passwords differ; type the same one twice.",
        );
    }
    errors.into_result(())
}

#[cfg(feature = "ssr")]
fn link_gone() -> AppError {
    AppError::field(
        "password",
        "This link has expired or was already used. Ask an administrator for a new one.",
    )
}

#[cfg(feature = "ssr")]
async fn hashed(password: String) -> Result<String, AppError> {
    crate::server::auth::password::hash(password)
        .await
        .map_err(|error| AppError::internal("password hashing failed", &error))
}

/// Sets the password of the link's account and signs that user in on this browser; the link
/// stops working. Every other session of the account ends.
#[server(endpoint = "set_password_with_link")]
pub async fn set_password_with_link(
    token: String,
    password: String,
    repeat: String,
) -> Result<(), AppError> {
    let result = async {
        let store = crate::server::state::store()?;
        let account = store
            .password_link_user(&token)
            .await?
            .ok_or_else(link_gone)?;
        check_new(&password, &repeat, &account.email)?;
        let hash = hashed(password).await?;
        let (user_id, epoch) = store
            .redeem_password_link(&token, &hash)
            .await?
            .ok_or_else(link_gone)?;
        crate::server::auth::session::start(
            &crate::server::auth::current_session().await?,
            user_id,
            epoch,
            store.now().timestamp(),
        )
        .await
        .map_err(|error| AppError::internal("session write failed", &error))?;
        tracing::info!(user = user_id, "password set with a link");
        Ok(())
    }
    .await;
    match result {
        Ok(()) => {
            leptos_axum::redirect("/account?password_set=1");
            Ok(())
        }
        Err(error) => Err(crate::api::forms::reject(SET_PASSWORD_FORM, error, &()).await),
    }
}

/// Changes the signed-in user's password after checking the current one (throttled like
/// signing in). This session stays signed in; every other session of the account ends.
#[server(endpoint = "change_password")]
pub async fn change_password(
    current: String,
    password: String,
    repeat: String,
) -> Result<(), AppError> {
    let result = change_own_password(current, password, repeat).await;
    match result {
        Ok(()) => {
            crate::api::forms::redirect_plain_form("/account?password_set=1");
            Ok(())
        }
        Err(error) => Err(crate::api::forms::reject(CHANGE_PASSWORD_FORM, error, &()).await),
    }
}

#[cfg(feature = "ssr")]
async fn change_own_password(
    current: String,
    password: String,
    repeat: String,
) -> Result<(), AppError> {
    use crate::server::auth::{password as passwords, session as sessions, throttle::AttemptKeys};
    let user = crate::server::auth::require_user().await?;
    let store = crate::server::state::store()?;
    let keys = AttemptKeys::new(&user.email, &client_address());
    if let Some(seconds) = keys.claim(&store, store.now()).await? {
        return Err(AppError::field(
            "current",
            format!("Too many wrong passwords. Wait {seconds} seconds, then try again."),
        ));
    }
    let stored = store
        .credentials(&user.email)
        .await?
        .and_then(|found| found.password_hash);
    let verified = passwords::verify(current, stored)
        .await
        .map_err(|error| AppError::internal("password check failed", &error))?;
    if !verified {
        return Err(AppError::field(
            "current",
            "This is not your current password.",
        ));
    }
    keys.succeeded(&store).await?;
    check_new(&password, &repeat, &user.email)?;
    let epoch = store
        .set_password_hash(user.id, &hashed(password).await?, Some(user.id))
        .await?;
    // This browser moves to the new epoch with a new session id; every other session is over.
    sessions::start(
        &crate::server::auth::current_session().await?,
        user.id,
        epoch,
        store.now().timestamp(),
    )
    .await
    .map_err(|error| AppError::internal("session write failed", &error))?;
    tracing::info!(user = user.id, "password changed");
    Ok(())
}

/// The client's address, for throttling password checks.
#[cfg(feature = "ssr")]
fn client_address() -> String {
    use axum::extract::ConnectInfo;
    use_context::<axum::http::request::Parts>()
        .and_then(|parts| {
            parts
                .extensions
                .get::<ConnectInfo<std::net::SocketAddr>>()
                .map(|info| info.0.ip().to_string())
        })
        .unwrap_or_else(|| "unknown".to_owned())
}
