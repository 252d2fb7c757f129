//! Forms that work without JavaScript.
//!
//! A form posted by a browser without JavaScript expects a page back, not JSON. When the
//! server refuses such a post, it keeps the error *and what was typed* in the user's session
//! under a fresh token and redirects back to the form's page with only that token in the
//! `rejected` query parameter. The guard finds the kept rejection in the session (so a link
//! made by someone else finds nothing), and the page re-renders the form filled in, with each
//! message next to its field. Nothing typed ever travels in a URL. With JavaScript the same
//! server function answers the hydrated form directly and nothing leaves the page.

use serde::{Deserialize, Serialize, de::DeserializeOwned};

use crate::error::AppError;

/// The query parameter that names a kept [`Rejection`] (a token, never its content).
pub const REJECTED_PARAM: &str = "rejected";

/// The session key under which refused forms are kept.
pub const KEPT_REJECTIONS: &str = "rejected_forms";

/// How many refused forms a session keeps (one per open tab is plenty).
pub const KEPT_REJECTIONS_LIMIT: usize = 4;

/// A rejected form post: why, and the values to put back into the form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rejection<I> {
    /// Which form was rejected, so a page with several forms fills in only that one.
    pub form: String,
    pub error: AppError,
    pub input: I,
}

/// Refused forms kept in a session: (token, the rejection as JSON), oldest first.
pub type KeptRejections = Vec<(String, String)>;

/// The refused form the current page request names, as found in the session by the guard
/// (placed in the request's extensions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptRejection(pub String);

impl<I: DeserializeOwned> Rejection<I> {
    /// Reads the rejection for `form` from a kept rejection, if it is one.
    pub fn from_kept(kept: Option<&KeptRejection>, form: &str) -> Option<Self> {
        let rejection: Self = serde_json::from_str(&kept?.0).ok()?;
        (rejection.form == form).then_some(rejection)
    }
}

/// Whether `token` has the shape of a token [`reject`] makes (anything else is not looked up).
pub fn is_rejection_token(token: &str) -> bool {
    token.len() == 16 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Server side: the request behind the current server function.
#[cfg(feature = "ssr")]
mod server {
    use axum::http::header::{ACCEPT, REFERER};
    use axum::http::request::Parts;
    use leptos::prelude::use_context;
    use serde::Serialize;

    use super::{
        KEPT_REJECTIONS, KEPT_REJECTIONS_LIMIT, KeptRejections, REJECTED_PARAM, Rejection,
    };
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

    /// Passes `error` through, and for a plain form post keeps the error and `input` in the
    /// session and sends the browser back to the form (see the module documentation).
    pub async fn reject<I: Serialize>(form: &str, error: AppError, input: &I) -> AppError {
        crate::server::response::set_error_status(&error);
        if !is_plain_form_post() {
            return error;
        }
        let Some(page) = referring_page() else {
            return error;
        };
        let rejection = Rejection {
            form: form.to_owned(),
            error: error.clone(),
            input,
        };
        let kept = match serde_json::to_string(&rejection) {
            Ok(json) => keep(json).await,
            Err(failure) => Err(failure.to_string()),
        };
        match kept {
            Ok(token) => {
                let separator = if page.contains('?') { '&' } else { '?' };
                leptos_axum::redirect(&format!("{page}{separator}{REJECTED_PARAM}={token}"));
            }
            // The form comes back empty rather than not at all.
            Err(failure) => {
                tracing::warn!(%failure, "could not keep a refused form in the session");
                leptos_axum::redirect(&page);
            }
        }
        error
    }

    /// Keeps a refused form's JSON in the session of the current server function; returns
    /// its token.
    async fn keep(json: String) -> Result<String, String> {
        let session: tower_sessions::Session = leptos_axum::extract()
            .await
            .map_err(|failure| failure.to_string())?;
        keep_in_session(&session, json).await
    }

    /// Keeps a refused form in `session` (for routes outside server functions, such as
    /// sign-in); returns the token to name it by in the page's URL.
    pub async fn keep_rejection<I: Serialize>(
        session: &tower_sessions::Session,
        form: &str,
        error: AppError,
        input: &I,
    ) -> Result<String, String> {
        let rejection = Rejection {
            form: form.to_owned(),
            error,
            input,
        };
        let json = serde_json::to_string(&rejection).map_err(|failure| failure.to_string())?;
        keep_in_session(session, json).await
    }

    async fn keep_in_session(
        session: &tower_sessions::Session,
        json: String,
    ) -> Result<String, String> {
        let mut kept: KeptRejections = session
            .get(KEPT_REJECTIONS)
            .await
            .map_err(|failure| failure.to_string())?
            .unwrap_or_default();
        let token = uuid::Uuid::new_v4().simple().to_string()[..16].to_owned();
        kept.push((token.clone(), json));
        let surplus = kept.len().saturating_sub(KEPT_REJECTIONS_LIMIT);
        kept.drain(..surplus);
        session
            .insert(KEPT_REJECTIONS, kept)
            .await
            .map_err(|failure| failure.to_string())?;
        Ok(token)
    }

    /// The end of a server function that creates or saves a record: on success, go to its
    /// page (`{pages}/{id}`), with or without JavaScript; otherwise back to the form.
    pub async fn saved_or_rejected<I: Serialize>(
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
            Err(error) => Err(reject(form, error, input).await),
        }
    }

    /// The end of a server function whose success leaves the record's page (a deletion):
    /// go to `done` with or without JavaScript; otherwise back to the form.
    pub async fn done_or_rejected<I: Serialize>(
        result: Result<(), AppError>,
        form: &str,
        input: &I,
        done: &str,
    ) -> Result<(), AppError> {
        match result {
            Ok(()) => {
                leptos_axum::redirect(done);
                Ok(())
            }
            Err(error) => Err(reject(form, error, input).await),
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
pub use server::{
    done_or_rejected, is_plain_form_post, keep_rejection, redirect_plain_form, reject,
    saved_or_rejected,
};
