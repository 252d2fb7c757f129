//! Forms that work without JavaScript.
//!
//! A form posted by a browser without JavaScript expects a page back, not JSON. When the
//! server rejects such a post, it redirects back to the form's page with the error *and what
//! was typed* in the `rejected` query parameter, so the page re-renders the form filled in,
//! with each message next to its field. With JavaScript the same server function answers the
//! hydrated form directly and nothing leaves the page.

use serde::{Deserialize, Serialize, de::DeserializeOwned};

use crate::error::AppError;

/// The query parameter that carries a [`Rejection`] back to the form's page.
pub const REJECTED_PARAM: &str = "rejected";

/// A rejected form post: why, and the values to put back into the form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rejection<I> {
    /// Which form was rejected, so a page with several forms fills in only that one.
    pub form: String,
    pub error: AppError,
    pub input: I,
}

impl<I: DeserializeOwned> Rejection<I> {
    /// Reads the rejection for `form` from the `rejected` query value, if it is one.
    pub fn from_query(raw: Option<String>, form: &str) -> Option<Self> {
        let rejection: Self = serde_json::from_str(&raw?).ok()?;
        (rejection.form == form).then_some(rejection)
    }
}

/// Server side: the request behind the current server function.
#[cfg(feature = "ssr")]
mod server {
    use axum::http::header::{ACCEPT, REFERER};
    use axum::http::request::Parts;
    use leptos::prelude::use_context;
    use serde::Serialize;

    use super::{REJECTED_PARAM, Rejection};
    use crate::error::AppError;

    /// True when the request is a plain HTML form post (no JavaScript).
    pub fn is_plain_form_post() -> bool {
        use_context::<Parts>()
            .and_then(|parts| {
                parts
                    .headers
                    .get(ACCEPT)
                    .and_then(|value| value.to_str().ok())
                    .map(|value| value.contains("text/html"))
            })
            .unwrap_or(false)
    }

    /// The path and query of the page the form was posted from, without earlier rejections.
    fn referring_page() -> Option<String> {
        let parts = use_context::<Parts>()?;
        let referer = parts.headers.get(REFERER)?.to_str().ok()?;
        // Only a same-site path: drop the scheme and host, refuse anything else.
        let after_scheme = referer.split_once("://").map_or(referer, |(_, rest)| rest);
        let path = &after_scheme[after_scheme.find('/')?..];
        // "//host" and "/\host" would leave the site.
        if path.starts_with("//") || path.starts_with("/\\") {
            return None;
        }
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let kept: Vec<(String, String)> =
            serde_urlencoded::from_str::<Vec<(String, String)>>(query)
                .unwrap_or_default()
                .into_iter()
                .filter(|(name, _)| name != REJECTED_PARAM && name != "__path" && name != "__err")
                .collect();
        let query = serde_urlencoded::to_string(&kept).unwrap_or_default();
        Some(if query.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{query}")
        })
    }

    /// Passes `error` through, and for a plain form post sends the browser back to the form
    /// with the error and `input` (see the module documentation).
    pub fn reject<I: Serialize>(form: &str, error: AppError, input: &I) -> AppError {
        crate::server::http::set_error_status(&error);
        if is_plain_form_post() {
            if let Some(page) = referring_page() {
                let rejection = Rejection {
                    form: form.to_owned(),
                    error: error.clone(),
                    input,
                };
                if let Ok(json) = serde_json::to_string(&rejection) {
                    let param =
                        serde_urlencoded::to_string([(REJECTED_PARAM, json)]).unwrap_or_default();
                    let separator = if page.contains('?') { '&' } else { '?' };
                    leptos_axum::redirect(&format!("{page}{separator}{param}"));
                }
            }
        }
        error
    }

    /// The end of a server function that creates or saves a record: on success, go to its
    /// page (`{pages}/{id}`), with or without JavaScript; otherwise back to the form.
    pub fn saved_or_rejected<I: Serialize>(
        result: Result<i64, AppError>,
        form: &str,
        input: &I,
        pages: &str,
    ) -> Result<i64, AppError> {
        match result {
            Ok(id) => {
                leptos_axum::redirect(&format!("{pages}/{id}"));
                Ok(id)
            }
            Err(error) => Err(reject(form, error, input)),
        }
    }

    /// After a successful plain form post, go to `path` (with JavaScript, the page updates
    /// in place instead).
    pub fn redirect_plain_form(path: &str) {
        if is_plain_form_post() {
            leptos_axum::redirect(path);
        }
    }
}

#[cfg(feature = "ssr")]
pub use server::{is_plain_form_post, redirect_plain_form, reject, saved_or_rejected};
