//! Middleware that guards every request: security headers, same-origin writes, and signing in
//! before any page is shown.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

use crate::api::forms::{
    KEPT_REJECTIONS, KeptRejection, KeptRejections, REJECTED_PARAM, is_rejection_token,
};
use crate::server::auth::{SignedIn, session_user};
use crate::server::response::DEFAULT_CSP;
use crate::server::state::AppState;

/// Whether `path` is a static file (built CSS, wasm, JS, icons): the only responses a browser
/// or a proxy may keep.
fn is_static_file(path: &str) -> bool {
    path.starts_with("/pkg/")
        || path
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.'))
}

/// Adds the security headers every response carries; nothing but static files may be stored
/// by a browser or proxy (signed-in pages hold restricted records). A static file whose name
/// is its content's hash is kept for a year; the others are checked before each use.
pub async fn security_headers(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    let cache_control = if is_static_file(path) {
        crate::server::assets::static_cache_control(&state.leptos_options, path)
    } else {
        "no-store"
    };
    let mut response = next.run(request).await;
    let status = response.status();
    // An error is never kept: the file may exist a moment later.
    let kept = status.is_success() || status == StatusCode::NOT_MODIFIED;
    let headers = response.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if kept { cache_control } else { "no-store" }),
    );
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(DEFAULT_CSP),
        );
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    response
}

/// Whether the browser says this request comes from another site.
fn is_cross_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match (origin, host) {
        // "null" is what sandboxed frames and some redirects send: not ours.
        (Some(origin), Some(host)) => origin.split_once("://").map(|(_, rest)| rest) != Some(host),
        (Some(_), None) => true,
        // No Origin and no Sec-Fetch-Site: not a browser's cross-site request.
        (None, _) => false,
    }
}

/// Refuses state-changing requests (server functions, sign-in, sign-out) from other sites:
/// Leptos server functions do no such check themselves.
pub async fn same_origin_only(request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if !safe && is_cross_site(request.headers()) {
        tracing::warn!(path = %request.uri().path(), "refused a cross-site request");
        return (
            StatusCode::FORBIDDEN,
            "Cross-site requests are not accepted.",
        )
            .into_response();
    }
    next.run(request).await
}

/// Pages anyone may open: sign-in, and setting a password with a one-time link (the link is
/// the proof).
fn is_public_page(path: &str) -> bool {
    path == "/login" || path.starts_with("/set-password/")
}

/// Paths anyone may fetch: the public pages, probes, static files and server functions (which
/// check for themselves and answer 401).
fn is_public(path: &str) -> bool {
    is_public_page(path)
        || path == "/healthz"
        || path == "/readyz"
        || path == "/language"
        || path.starts_with("/api/")
        || is_static_file(path)
}

/// Answers a call to a server function that does not exist with a plain 404 (leptos answers
/// 400 with a paragraph about its own configuration).
pub async fn unknown_server_functions(request: Request, next: Next) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    let framework_text = response.status() == StatusCode::BAD_REQUEST
        && !response.headers().contains_key(header::CONTENT_TYPE);
    if is_api && framework_text {
        return (StatusCode::NOT_FOUND, "There is no such server function.").into_response();
    }
    response
}

/// The refused form that this page request names (`?rejected=TOKEN`), if this session kept
/// it: a token from anyone else's link finds nothing.
async fn kept_rejection(query: Option<&str>, session: Option<Session>) -> Option<KeptRejection> {
    let token = serde_urlencoded::from_str::<Vec<(String, String)>>(query?)
        .ok()?
        .into_iter()
        .find_map(|(name, value)| (name == REJECTED_PARAM).then_some(value))?;
    if !is_rejection_token(&token) {
        return None;
    }
    let kept: KeptRejections = session?.get(KEPT_REJECTIONS).await.ok()??;
    kept.into_iter()
        .find_map(|(kept_token, json)| (kept_token == token).then_some(KeptRejection(json)))
}

/// Puts the refused form this page request names into the request, for the page to fill in.
async fn with_kept_rejection(mut request: Request) -> Request {
    let query = request.uri().query().map(str::to_owned);
    let session = request.extensions().get::<Session>().cloned();
    if let Some(kept) = kept_rejection(query.as_deref(), session).await {
        request.extensions_mut().insert(kept);
    }
    request
}

/// Sends signed-out visitors of any page to `/login`, remembering where they were going; works
/// without JavaScript because it happens before rendering.
pub async fn require_sign_in(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    if is_static_file(path) || path == "/healthz" || path == "/readyz" {
        return next.run(request).await;
    }
    // A request that writes nothing reads the reference versions once, with its user (see
    // `Store::for_page_view`).
    let mut request = request;
    let state = if request.method() == Method::GET || request.method() == Method::HEAD {
        let store = state.store.for_page_view();
        request
            .extensions_mut()
            .insert(crate::server::state::PageViewStore(store.clone()));
        AppState { store, ..state }
    } else {
        state
    };
    let path = request.uri().path();
    // The user is resolved once here and handed on to the page, its layout and its server
    // functions (see `auth::SignedIn`).
    let user = match request.extensions().get::<Session>() {
        Some(session) => match session_user(session, &state).await {
            Ok(user) => user,
            Err(error) if is_public(path) => {
                // Server functions and public pages answer for themselves.
                tracing::debug!(%error, "could not resolve the user before a public path");
                None
            }
            Err(error) => {
                let language =
                    super::language::browser_language(request.headers(), state.default_language);
                return crate::server::response::unavailable_page(
                    &error,
                    language,
                    &state.leptos_options,
                );
            }
        },
        None => None,
    };
    let signed_in = user.is_some();
    if let Some(user) = user {
        request.extensions_mut().insert(SignedIn(user));
    }
    let path = request.uri().path();
    if is_public_page(path) || signed_in {
        return next.run(with_kept_rejection(request).await).await;
    }
    if is_public(path) {
        return next.run(request).await;
    }
    let wanted = request.uri().path_and_query().map_or("/", |p| p.as_str());
    let location = if wanted == "/" {
        "/login".to_owned()
    } else {
        format!(
            "/login?{}",
            serde_urlencoded::to_string([("next", wanted)]).unwrap_or_default()
        )
    };
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn cross_site_requests_are_recognised() {
        assert!(is_cross_site(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(is_cross_site(&headers(&[("sec-fetch-site", "same-site")])));
        assert!(!is_cross_site(&headers(&[(
            "sec-fetch-site",
            "same-origin"
        )])));
        assert!(is_cross_site(&headers(&[
            ("origin", "https://evil.example"),
            ("host", "127.0.0.1:3000")
        ])));
        assert!(is_cross_site(&headers(&[
            ("origin", "null"),
            ("host", "127.0.0.1:3000")
        ])));
        assert!(!is_cross_site(&headers(&[
            ("origin", "http://127.0.0.1:3000"),
            ("host", "127.0.0.1:3000")
        ])));
        assert!(!is_cross_site(&headers(&[])));
    }

    #[test]
    fn pages_are_not_public_but_assets_are() {
        for path in [
            "/login",
            "/set-password/0123abcd",
            "/healthz",
            "/pkg/accord.wasm",
            "/favicon.svg",
            "/api/list_meetings",
        ] {
            assert!(is_public(path), "{path}");
        }
        for path in ["/", "/meetings", "/meetings/1", "/admin/users"] {
            assert!(!is_public(path), "{path}");
        }
    }
}
