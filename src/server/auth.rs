//! Authentication and authorisation on the server: passwords, sessions, sign-in throttling,
//! the sign-in and sign-out routes, and the checks every server function and page makes.

pub mod kept_sessions;
pub mod password;
pub mod routes;
pub mod session;
pub mod throttle;

use tower_sessions::Session;

use crate::domain::User;
use crate::domain::permission::{Action, RecordFacts, can};
use crate::error::AppError;
use crate::server::state::{AppState, app_state};

/// The signed-in, active user of this session, if any. Ends sessions that outlived their
/// absolute lifetime, whose user was deactivated or whose password was reset since, and marks
/// activity for the idle timeout.
pub async fn session_user(session: &Session, state: &AppState) -> Result<Option<User>, AppError> {
    for _ in 0..SESSION_READS {
        match resolve_session(session, state).await? {
            Resolved::User(user) => return Ok(Some(user)),
            Resolved::SignedOut => return Ok(None),
            Resolved::SessionChanged => {
                // The kept record is not what is stored any more: read it afresh (and check
                // that one too: another request may have kept an older one meanwhile).
                if let Some(id) = session.id() {
                    state.store.forget_kept_session(&id);
                }
                session.load().await.map_err(|e| store_unavailable(&e))?;
            }
        }
    }
    // Changed under every read: nothing checked to go on.
    tracing::debug!("a session changed under every read; treated as signed out");
    Ok(None)
}

/// How many times a session is read before its changes are given up on.
const SESSION_READS: usize = 3;

/// What a session's record says once checked.
enum Resolved {
    User(User),
    SignedOut,
    /// The record came from the process (`auth::kept_sessions`) and is no longer the stored one.
    SessionChanged,
}

/// The session store is the database: when it cannot be read, the database is away.
fn store_unavailable(error: &dyn std::fmt::Display) -> AppError {
    tracing::warn!(%error, "session store unavailable");
    crate::server::response::set_status(axum::http::StatusCode::SERVICE_UNAVAILABLE);
    AppError::Unavailable
}

/// [`session_user`] on the record as loaded. A signed-in record is always one this process
/// keeps (`auth::kept_sessions`), and is checked against the stored one in the same statement
/// as the user; one no longer kept by the time of the check (forgotten or pushed out
/// meanwhile) counts as changed.
async fn resolve_session(session: &Session, state: &AppState) -> Result<Resolved, AppError> {
    let internal = |error: &dyn std::fmt::Display| store_unavailable(error);
    let Some(user_id) = session
        .get::<i64>(session::USER_ID)
        .await
        .map_err(|e| internal(&e))?
    else {
        return Ok(Resolved::SignedOut);
    };
    let now = state.store.now().timestamp();
    let signed_in_at = session
        .get::<i64>(session::SIGNED_IN_AT)
        .await
        .map_err(|e| internal(&e))?
        .unwrap_or(0);
    if now - signed_in_at > state.auth.max_lifetime.as_secs() as i64 {
        session.flush().await.map_err(|e| internal(&e))?;
        return Ok(Resolved::SignedOut);
    }
    let epoch = session
        .get::<i64>(session::EPOCH)
        .await
        .map_err(|e| internal(&e))?;
    let check = match session.id() {
        Some(id) => match state.store.kept_session_check(&id) {
            Some(check) => Some(check),
            None => return Ok(Resolved::SessionChanged),
        },
        None => None,
    };
    let user = match state
        .store
        .session_user_checked(user_id, check.as_ref())
        .await
    {
        Ok((_, _, false)) => return Ok(Resolved::SessionChanged),
        // A password reset or a deactivation since sign-in moved the epoch: the session is over.
        Ok((user, current, true)) if user.active && epoch == Some(current) => user,
        Ok(_) | Err(crate::server::store::StoreError::NotFound(_)) => {
            session.flush().await.map_err(|e| internal(&e))?;
            return Ok(Resolved::SignedOut);
        }
        Err(error) => return Err(error.into_app_error()),
    };
    // Reading does not count as activity for the idle timeout: touch it once a minute.
    let seen_at = session
        .get::<i64>(session::SEEN_AT)
        .await
        .map_err(|e| internal(&e))?
        .unwrap_or(0);
    if now - seen_at >= 60 {
        session
            .insert(session::SEEN_AT, now)
            .await
            .map_err(|e| internal(&e))?;
    }
    Ok(Resolved::User(user))
}

/// The user the sign-in guard resolved for this request (put in the request's extensions), so
/// a page render, its layout and its server functions read the session and the user once.
#[derive(Debug, Clone)]
pub struct SignedIn(pub User);

fn resolved_user() -> Option<User> {
    leptos::prelude::use_context::<axum::http::request::Parts>().and_then(|parts| {
        parts
            .extensions
            .get::<SignedIn>()
            .map(|signed_in| signed_in.0.clone())
    })
}

/// Today's date on the store's clock, in the signed-in user's time zone (else the
/// installation's), against which health is judged. Outside a request (no state in the
/// context) the system clock answers.
pub fn today() -> chrono::NaiveDate {
    match (leptos::prelude::use_context::<AppState>(), resolved_user()) {
        (Some(state), Some(user)) => state.store.today_for(&user),
        (Some(state), None) => state.store.today(),
        (None, _) => crate::server::clock::Clock::SYSTEM.today(),
    }
}

/// The session of the current server-function call or page render.
pub async fn current_session() -> Result<Session, AppError> {
    leptos_axum::extract()
        .await
        .map_err(|error| AppError::internal("no session layer", &error))
}

/// The signed-in user of the current server-function call or page render; 401 without one.
pub async fn require_user() -> Result<User, AppError> {
    if let Some(user) = resolved_user() {
        return Ok(user);
    }
    let state = app_state()?;
    let session = current_session().await?;
    match session_user(&session, &state).await? {
        Some(user) => Ok(user),
        None => {
            crate::server::response::set_status(axum::http::StatusCode::UNAUTHORIZED);
            Err(AppError::Unauthenticated)
        }
    }
}

/// The signed-in user, if there is one (for pages that show who is signed in).
pub async fn optional_user() -> Result<Option<User>, AppError> {
    if let Some(user) = resolved_user() {
        return Ok(Some(user));
    }
    let state = app_state()?;
    match leptos_axum::extract::<Session>().await {
        Ok(session) => session_user(&session, &state).await,
        Err(_) => Ok(None),
    }
}

/// Checks the permission rules; 403 when they say no.
pub fn authorize(user: &User, action: Action, facts: RecordFacts) -> Result<(), AppError> {
    if can(user.actor(), action, facts) {
        Ok(())
    } else {
        crate::server::response::set_status(axum::http::StatusCode::FORBIDDEN);
        Err(AppError::Forbidden)
    }
}
