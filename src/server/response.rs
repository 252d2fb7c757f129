//! The status and security policy of the response being rendered (a page or a server
//! function): a leaf module anything on the server may call without tying itself to the router.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::{LeptosOptions, use_context};

use crate::error::AppError;
use crate::i18n::Language;

/// Sets the status code of the response being rendered (a page or a server function).
pub fn set_status(status: StatusCode) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
}

/// Gives a failed server function the status that matches its error (leptos answers 500 for
/// every error otherwise).
pub fn set_error_status(error: &AppError) {
    set_status(match error {
        AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::NotFound(_) => StatusCode::NOT_FOUND,
        AppError::Conflict => StatusCode::CONFLICT,
        AppError::Forbidden => StatusCode::FORBIDDEN,
        AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
        AppError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        AppError::Request(_) => StatusCode::BAD_REQUEST,
        AppError::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
    });
}

/// A page that needs no database: said when the signed-in user cannot be checked because the
/// database is away (503, try again) or something else failed (500 with its reference), in
/// `language` (the browser's: the user's own choice is in the database).
pub fn unavailable_page(error: &AppError, language: Language, options: &LeptosOptions) -> Response {
    let (status, heading) = match error {
        AppError::Unavailable => (
            StatusCode::SERVICE_UNAVAILABLE,
            language.t("outage-heading-unavailable"),
        ),
        _ => (
            StatusCode::INTERNAL_SERVER_ERROR,
            language.t("outage-heading-internal"),
        ),
    };
    let escape = |text: &str| html_escape::encode_text(text).into_owned();
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{heading} · Accord</title><link rel=\"stylesheet\" href=\"{stylesheet}\"></head>\
         <body><main id=\"main\" class=\"outage\"><h1>{heading}</h1><p>{message}</p>\
         <p>{saved} <a href=\"\">{retry}</a>.</p></main></body></html>",
        lang = language.as_str(),
        stylesheet = crate::server::assets::stylesheet_href(options),
        heading = escape(&heading),
        message = escape(&language.error(error)),
        saved = escape(&language.t("outage-saved")),
        retry = escape(&language.t("outage-try-again")),
    );
    let mut response = (status, axum::response::Html(html)).into_response();
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    response
}

/// The policy for responses that set none of their own (pages set one with their nonce).
pub const DEFAULT_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
    img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
    frame-ancestors 'none'";

/// The policy of a rendered page: its inline scripts carry `nonce`.
pub fn page_csp(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}
