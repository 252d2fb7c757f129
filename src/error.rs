//! The one error type that crosses the wire between server and browser.
//!
//! Internal failures never carry their text to the browser: the server logs them with a
//! reference id and the browser sees only that id.

use std::collections::BTreeMap;

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// Messages for individual form fields, keyed by the field's name.
///
/// A `BTreeMap` keeps the order stable, so server and browser render the same markup.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(BTreeMap<String, String>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a message for `field`; the first message for a field wins.
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0
            .entry(field.to_owned())
            .or_insert_with(|| message.into());
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// `Ok(value)` when no field has a message, else the validation error.
    pub fn into_result<T>(self, value: T) -> Result<T, AppError> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(AppError::Validation(self))
        }
    }
}

/// What went wrong, in terms a user (or a test) can act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("Please correct the fields marked below.")]
    Validation(FieldErrors),
    #[error("{0} was not found.")]
    NotFound(String),
    #[error("Someone else saved this record first.")]
    Conflict,
    #[error("You are not allowed to do that.")]
    Forbidden,
    #[error("Please sign in.")]
    Unauthenticated,
    #[error("The service is temporarily unavailable. Please try again shortly.")]
    Unavailable,
    #[error("Something went wrong on our side. Reference: {reference}.")]
    Internal { reference: String },
    /// The request never completed (network, encoding); raised by the server-function layer.
    #[error("The request could not be completed: {0}")]
    Request(String),
}

impl AppError {
    /// A validation error for a single field.
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        let mut errors = FieldErrors::new();
        errors.add(field, message);
        Self::Validation(errors)
    }

    pub fn not_found(what: impl Into<String>) -> Self {
        Self::NotFound(what.into())
    }

    /// The per-field messages, when this is a validation error.
    pub fn field_errors(&self) -> Option<&FieldErrors> {
        match self {
            Self::Validation(errors) => Some(errors),
            _ => None,
        }
    }
}

/// What a request whose arguments could not be decoded is told.
pub const UNREADABLE_REQUEST: &str = "a field is missing, repeated or has the wrong type.";

#[cfg(feature = "ssr")]
impl AppError {
    /// A short id that ties an error the user sees to the log line that explains it.
    pub fn new_reference() -> String {
        uuid::Uuid::new_v4().simple().to_string()[..12].to_owned()
    }

    /// Logs `error` under a fresh reference and returns what the user sees: the reference only.
    pub fn internal(context: &str, error: &dyn std::fmt::Display) -> Self {
        let reference = Self::new_reference();
        tracing::error!(%reference, %error, "{context}");
        Self::Internal { reference }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    /// On the server these are requests that never reached the function: arguments that do not
    /// decode answer 400 with a plain message (never the framework's text, never 500); anything
    /// else is logged with a reference. In the browser they are network and decoding failures.
    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        #[cfg(feature = "ssr")]
        {
            use axum::http::StatusCode;
            let (status, error) = match &value {
                // On the server, Deserialization is the request body that could not be read
                // (not UTF-8, too large).
                ServerFnErrorErr::Args(_)
                | ServerFnErrorErr::MissingArg(_)
                | ServerFnErrorErr::Deserialization(_) => (
                    StatusCode::BAD_REQUEST,
                    AppError::Request(UNREADABLE_REQUEST.to_owned()),
                ),
                _ => (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    AppError::internal("server function failed", &value),
                ),
            };
            tracing::debug!(error = %value, "server function request refused");
            if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
                response.set_status(status);
            }
            error
        }
        #[cfg(not(feature = "ssr"))]
        AppError::Request(value.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_message_for_a_field_wins() {
        let mut errors = FieldErrors::new();
        errors.add("title", "Title is required.");
        errors.add("title", "Title is too long.");
        assert_eq!(errors.get("title"), Some("Title is required."));
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn empty_errors_pass_the_value_through() {
        assert_eq!(FieldErrors::new().into_result(7), Ok(7));
        let mut errors = FieldErrors::new();
        errors.add("x", "bad");
        assert!(matches!(
            errors.into_result(7),
            Err(AppError::Validation(_))
        ));
    }

    #[test]
    fn internal_errors_show_only_the_reference() {
        let error = AppError::Internal {
            reference: "abc123".into(),
        };
        assert_eq!(
            error.to_string(),
            "Something went wrong on our side. Reference: abc123."
        );
    }
}
