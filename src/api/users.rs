//! Server functions for `/admin/users`: only admins list, create and change accounts.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::User;
use crate::error::AppError;

/// The new-account form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewUserInput {
    pub email: String,
    pub display_name: String,
    pub role: String,
}

/// What an admin sees once after creating an account or resetting its password: a one-time
/// link with which the user sets a password only they know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedLink {
    pub email: String,
    /// Shown once; only its hash is stored.
    pub link: String,
    /// When the link stops working, as the page shows it (UTC).
    pub expires: String,
}

#[cfg(feature = "ssr")]
async fn require_admin() -> Result<User, AppError> {
    use crate::domain::permission::{Action, RecordFacts};
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::ManageUsers, RecordFacts::default())?;
    Ok(user)
}

/// Where links handed out point: `ACCORD_PUBLIC_URL`, else the address the admin's browser
/// used to reach this server.
#[cfg(feature = "ssr")]
fn public_base() -> Result<String, AppError> {
    let state = crate::server::state::app_state()?;
    if let Some(url) = state.auth.public_url {
        return Ok(url);
    }
    let host = use_context::<axum::http::request::Parts>().and_then(|parts| {
        parts
            .headers
            .get(axum::http::header::HOST)
            .and_then(|value| value.to_str().ok())
            // A host is letters, digits, dots, dashes, brackets and a port: nothing else.
            .filter(|host| {
                host.chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
            })
            .map(str::to_owned)
    });
    Ok(host.map_or_else(String::new, |host| format!("http://{host}")))
}

#[cfg(feature = "ssr")]
async fn issue_link(user: &User, actor: i64) -> Result<IssuedLink, AppError> {
    let store = crate::server::state::store()?;
    let issued = store.issue_password_link(user.id, Some(actor)).await?;
    Ok(IssuedLink {
        email: user.email.clone(),
        link: format!("{}/set-password/{}", public_base()?, issued.token),
        expires: issued.expires_at.format("%-d %B %Y, %H:%M UTC").to_string(),
    })
}

/// The admin page's data: every account, and a link issued by a form posted without
/// JavaScript (kept in the session for exactly one page view, never in a URL).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminUsers {
    pub users: Vec<User>,
    pub issued: Option<IssuedLink>,
}

#[cfg(feature = "ssr")]
const ISSUED_KEY: &str = "issued_link";

/// Hands the link to the page: directly with JavaScript, through the session without.
#[cfg(feature = "ssr")]
async fn hand_over(issued: IssuedLink) -> Result<IssuedLink, AppError> {
    if crate::api::forms::is_plain_form_post() {
        crate::server::auth::current_session()
            .await?
            .insert(ISSUED_KEY, &issued)
            .await
            .map_err(|error| AppError::internal("session write failed", &error))?;
        leptos_axum::redirect("/admin/users");
    }
    Ok(issued)
}

/// Every account, by name.
#[server(endpoint = "admin_list_users")]
pub async fn list_users() -> Result<AdminUsers, AppError> {
    require_admin().await?;
    let store = crate::server::state::store()?;
    let users = store.list_users().await?;
    let issued = crate::server::auth::current_session()
        .await?
        .remove::<IssuedLink>(ISSUED_KEY)
        .await
        .ok()
        .flatten();
    Ok(AdminUsers { users, issued })
}

/// Creates an account without a password and issues its set-password link, shown once.
#[server(endpoint = "admin_create_user")]
pub async fn create_user(input: NewUserInput) -> Result<IssuedLink, AppError> {
    use crate::api::forms::reject;
    let result = async {
        use crate::domain::NewUser;
        let admin = require_admin().await?;
        let new = NewUser::parse(&input.email, &input.display_name, &input.role)?;
        let store = crate::server::state::store()?;
        let created = store.create_user(&new, Some(admin.id)).await?;
        hand_over(issue_link(&created, admin.id).await?).await
    }
    .await;
    match result {
        Ok(issued) => Ok(issued),
        Err(error) => Err(reject("new-user", error, &input).await),
    }
}

/// Changes an account's role and whether it may sign in, if nobody changed the account since
/// `version` was shown (otherwise 409 and nothing is written). Deactivating ends its sessions:
/// every request checks that the account is still active.
#[server(endpoint = "admin_update_user")]
pub async fn update_user(
    id: i64,
    version: i64,
    role: String,
    active: bool,
) -> Result<(), AppError> {
    use crate::api::forms::{redirect_plain_form, reject};
    let result = change_user(id, version, &role, active).await;
    match result {
        Ok(()) => {
            redirect_plain_form("/admin/users");
            Ok(())
        }
        Err(error) => Err(reject("user", error, &()).await),
    }
}

#[cfg(feature = "ssr")]
async fn change_user(id: i64, version: i64, role: &str, active: bool) -> Result<(), AppError> {
    use crate::domain::Role;
    let admin = require_admin().await?;
    let role = Role::parse(role).ok_or_else(|| AppError::field("role", "Choose a role."))?;
    if id == admin.id && (role != Role::Admin || !active) {
        return Err(AppError::field(
            "role",
            "You cannot remove your own administrator access; ask another admin.",
        ));
    }
    let store = crate::server::state::store()?;
    let user = store.user(id).await?;
    store
        .update_user(
            id,
            version,
            &user.display_name,
            role,
            active,
            Some(admin.id),
        )
        .await?;
    Ok(())
}

/// Takes an account's password away (ending its sessions) and issues a set-password link,
/// shown once.
#[server(endpoint = "admin_reset_password")]
pub async fn reset_password(id: i64) -> Result<IssuedLink, AppError> {
    let result = async {
        let admin = require_admin().await?;
        let store = crate::server::state::store()?;
        let user = store.user(id).await?;
        hand_over(issue_link(&user, admin.id).await?).await
    }
    .await;
    // An id nobody has is 404, not a failure of the server (found by the fuzz test).
    if let Err(error) = &result {
        crate::server::response::set_error_status(error);
    }
    result
}
