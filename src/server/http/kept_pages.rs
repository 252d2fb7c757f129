//! Pages served again from the process while the data they show has not changed.
//!
//! A page opts in while it renders ([`may_keep_this_page`]) when what it shows is a function
//! of nothing but its URL, its reader (their row, language, time zone and today), and the
//! reference tables' and the dashboard summary's versions, all read with the signed-in user in
//! one statement. It is kept under a key naming every one of those; the next request with the
//! same key gets the same bytes with a new CSP nonce. A change by any instance gives a new
//! version, so the request after it finds nothing under its key and renders afresh.
//!
//! A browser that accepts gzip gets the kept page compressed once (`server::gzip_pieces`),
//! also on the request that kept it: the compression layer leaves an encoded body alone.

use axum::body::Body;
use axum::extract::Request;
use std::sync::Arc;

use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::api::forms::REJECTED_PARAM;
use crate::i18n::{DisplayZone, Language};
use crate::server::auth::SignedIn;
use crate::server::state::PageViewStore;
use crate::server::store::{KeptPage, Store};

/// The header a page's render sets to say it may be kept; never sent to the browser.
const MAY_KEEP: HeaderName = HeaderName::from_static("x-accord-may-keep");

/// The largest page kept; a larger one is served as rendered and not kept.
const MAX_KEPT_BODY: usize = 2 * 1024 * 1024;

/// Called by a page's data while it renders: what this page shows depends on nothing but what
/// [`page_key`] names (see the module's comment). Outside a render it does nothing.
pub fn may_keep_this_page() {
    if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(MAY_KEEP, HeaderValue::from_static("1"));
    }
}

/// The key a page view is kept under, with its store; `None` when the request may not be
/// served from or kept in the process (not a plain GET of a signed-in reader, or a page that
/// fills in a refused form from the session).
fn page_key(request: &Request) -> Option<(String, Store)> {
    if request.method() != Method::GET {
        return None;
    }
    let uri = request.uri().path_and_query()?.as_str();
    if request
        .uri()
        .query()
        .is_some_and(|query| query.contains(REJECTED_PARAM))
    {
        return None;
    }
    let extensions = request.extensions();
    let user = &extensions.get::<SignedIn>()?.0;
    let store = extensions.get::<PageViewStore>()?.0.clone();
    let versions = store.view_versions()?;
    let language = extensions.get::<Language>()?;
    let zone = extensions.get::<DisplayZone>()?;
    let today = store.today_for(user);
    let key = format!(
        "{uri}\n{}\n{language:?}\n{zone:?}\n{today}\n{versions:?}",
        user.id
    );
    Some((key, store))
}

/// Serves the page from the process when it was kept under this request's key, else renders
/// it and keeps it when it says it may be kept.
pub async fn kept_pages(request: Request, next: Next) -> Response {
    let Some((key, store)) = page_key(&request) else {
        let mut response = next.run(request).await;
        response.headers_mut().remove(MAY_KEEP);
        return response;
    };
    let gzip = accepts_gzip(request.headers());
    if let Some(page) = store.kept_page(&key) {
        let nonce = leptos::nonce::Nonce::new().to_string();
        return kept_response(page, nonce, gzip).await;
    }
    let response = next.run(request).await;
    keep_if_allowed(&store, key, response, gzip).await
}

/// Whether `Accept-Encoding` takes gzip: named (or `*` while gzip is not named) without
/// `q=0`.
fn accepts_gzip(headers: &HeaderMap) -> bool {
    let mut star = false;
    for value in headers.get_all(header::ACCEPT_ENCODING) {
        let Ok(value) = value.to_str() else { continue };
        for coding in value.split(',') {
            let mut parts = coding.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default();
            let refused = parts.any(|parameter| {
                let parameter = parameter.to_ascii_lowercase();
                parameter
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            if name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip") {
                return !refused;
            }
            star |= name == "*" && !refused;
        }
    }
    star
}

/// A kept page as a response, with `nonce` (made as Leptos makes its own) in its body and its
/// policy, compressed when `gzip`. The pieces are sent as they are kept, never copied into one
/// body.
async fn kept_response(page: Arc<KeptPage>, nonce: String, gzip: bool) -> Response {
    let compressed = match (gzip, page.gzip_ready()) {
        (false, _) => None,
        (true, true) => page.gzip_body(&nonce),
        // Compressing a large page takes milliseconds: on a blocking thread, so that the
        // async workers go on serving (requests for the same page wait there too).
        (true, false) => {
            let (page, nonce) = (Arc::clone(&page), nonce.clone());
            tokio::task::spawn_blocking(move || page.gzip_body(&nonce))
                .await
                .ok()
                .flatten()
        }
    };
    let nonce = nonce.as_str();
    let encoded = compressed.is_some();
    let (chunks, length) = compressed.unwrap_or_else(|| page.body(nonce));
    let chunks = futures::stream::iter(chunks.into_iter().map(Ok::<_, std::convert::Infallible>));
    let mut response = Response::new(Body::from_stream(chunks));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    if let Ok(value) = HeaderValue::from_str(&page.content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    if let Ok(value) = HeaderValue::from_str(&crate::server::response::page_csp(nonce)) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    if encoded {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    // As the compression layer says of every page it could compress.
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    response
}

/// The nonce a page's policy names (`'nonce-…'`).
fn policy_nonce(response: &Response) -> Option<String> {
    let policy = response
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)?
        .to_str()
        .ok()?;
    let (_, rest) = policy.split_once("'nonce-")?;
    let (nonce, _) = rest.split_once('\'')?;
    (!nonce.is_empty()).then(|| nonce.to_owned())
}

/// `response`, kept first when its render allowed it and it is a whole page (and then sent
/// from what was kept, compressed when `gzip`).
async fn keep_if_allowed(
    store: &Store,
    key: String,
    mut response: Response,
    gzip: bool,
) -> Response {
    let allowed = response.headers_mut().remove(MAY_KEEP).is_some();
    if !allowed || response.status() != StatusCode::OK {
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(error) => {
            // The render failed midway: what a streamed page would have shown as a broken
            // page is an error page.
            tracing::warn!(%error, "a page's render failed midway");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let response = Response::from_parts(parts, Body::from(bytes.clone()));
    if bytes.len() > MAX_KEPT_BODY {
        return response;
    }
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok());
    if let (Some(nonce), Some(content_type), Ok(text)) = (
        policy_nonce(&response),
        content_type,
        std::str::from_utf8(&bytes),
    ) {
        let page = Arc::new(KeptPage::new(
            content_type.to_owned(),
            text.split(nonce.as_str())
                .map(|piece| bytes.slice_ref(piece.as_bytes()))
                .collect(),
        ));
        store.keep_page(key, page.clone());
        if gzip {
            let (parts, _) = response.into_parts();
            let mut kept = kept_response(page, nonce, true).await;
            // The rendered response's other headers (cookies among them) stay, every value.
            let own = kept.headers().clone();
            for (name, value) in &parts.headers {
                if !own.contains_key(name) {
                    kept.headers_mut().append(name, value.clone());
                }
            }
            *kept.status_mut() = parts.status;
            return kept;
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepting(values: &[&'static str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(header::ACCEPT_ENCODING, HeaderValue::from_static(value));
        }
        headers
    }

    #[test]
    fn gzip_is_sent_only_where_it_is_accepted() {
        for taken in [
            "gzip",
            "gzip, deflate, br, zstd",
            "br;q=1.0, GZIP;q=0.5",
            "*",
            "br, *;q=0.1",
            "x-gzip",
        ] {
            assert!(accepts_gzip(&accepting(&[taken])), "{taken}");
        }
        for refused in [
            "",
            "br",
            "identity",
            "gzip;q=0",
            "*, gzip;q=0",
            "*;q=0",
            "x-gzip2",
        ] {
            assert!(!accepts_gzip(&accepting(&[refused])), "{refused}");
        }
        assert!(accepts_gzip(&accepting(&["br", "gzip"])), "two headers");
        assert!(!accepts_gzip(&HeaderMap::new()), "no header");
    }
}
