//! Server functions by resource: the only door from the browser into the server.
//!
//! Each one: the signed-in user (401 without one) -> their permission (403) -> find the store -> parse the input
//! into domain types -> call the store -> return domain DTOs or an [`AppError`](crate::error::AppError).
//! Forms that must work without JavaScript hand their errors back through [`forms`].

pub mod account;
pub mod audit;
pub mod auth;
pub mod dashboard;
pub mod deletion;
pub mod forms;
pub mod import;
pub mod initiatives;
pub mod meetings;
pub mod partners;
pub mod preferences;
pub mod sectors;
pub mod sheets;
pub mod users;

/// An id from a URL path segment; anything but a positive number is simply not found.
#[cfg(feature = "ssr")]
pub(crate) fn path_id(raw: &str, what: &str) -> Result<i64, crate::error::AppError> {
    raw.trim()
        .parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| crate::error::AppError::not_found(what))
}
