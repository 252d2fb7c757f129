//! Server functions by resource: the only door from the browser into the server.
//!
//! Each one: find the store -> (later: check the current user's permission) -> parse the input
//! into domain types -> call the store -> return domain DTOs or an [`AppError`](crate::error::AppError).

pub mod meetings;
