//! The HTTP side: the router (pages, server functions, probes, static files), request logging
//! and graceful shutdown.

use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::middleware;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use super::auth;
use super::state::AppState;

mod guard;
pub mod kept_pages;
pub mod language;

use crate::app::{App, shell};

/// Brotli or gzip, as the browser accepts, for pages, server functions' JSON, the stylesheet,
/// the islands' JS and wasm (tower-http leaves images and tiny bodies alone). Quality 1, paid
/// on every page: the 100k dashboard's 206 KB become 22 KB (18.8 KB at quality 4), and the
/// server answers 483 compressed dashboards a second against 551 plain (334 at quality 4).
fn compression() -> CompressionLayer {
    CompressionLayer::new()
        .br(true)
        .gzip(true)
        .quality(CompressionLevel::Precise(1))
}

/// How long `/readyz` waits for the database before calling it unavailable.
const READY_TIMEOUT: Duration = Duration::from_secs(2);

/// The whole application as one axum router.
///
/// Layers, outermost first: request logging, security headers, the same-origin check on
/// state-changing requests, sessions, the sign-in requirement for pages, the choice of the
/// request's language (which reads the signed-in user), then the pages kept in the process
/// (whose key names the user and the language).
pub fn router(state: AppState) -> Router {
    let routes = route_list();
    let sessions = state.store.session_backend().layer(&state.auth);
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/login", post(auth::routes::login))
        .route("/logout", post(auth::routes::logout))
        .route("/language", post(language::switch_language))
        .route(
            "/exports/initiatives",
            get(crate::server::exports::initiatives_csv),
        )
        .route(
            "/exports/dashboard",
            get(crate::server::exports::dashboard_csv),
        )
        .route("/exports/changes", get(crate::server::exports::changes_csv))
        .route(
            "/exports/xlsx/initiatives",
            get(crate::server::exports::initiatives_workbook),
        )
        .route(
            "/exports/xlsx/dashboard",
            get(crate::server::exports::dashboard_workbook),
        )
        .route(
            "/exports/xlsx/changes",
            get(crate::server::exports::changes_workbook),
        )
        .route(
            "/uploads/initiatives",
            post(crate::server::sheets::upload_initiatives)
                // Room for the largest file and the form around it; past that the route says
                // "too big" on the upload page rather than a bare 413.
                .layer(axum::extract::DefaultBodyLimit::max(
                    crate::server::sheets::MAX_UPLOAD_BYTES,
                )),
        )
        .leptos_routes(&state, routes, {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(middleware::from_fn(guard::unknown_server_functions))
        .layer(middleware::from_fn(kept_pages::kept_pages))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            language::choose_language,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            guard::require_sign_in,
        ))
        .layer(sessions)
        .layer(middleware::from_fn(guard::same_origin_only))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            guard::security_headers,
        ))
        .layer(compression())
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &axum::http::Request<_>| {
                    tracing::info_span!(
                        "request",
                        method = %request.method(),
                        uri = %loggable_uri(request.uri()),
                        version = ?request.version(),
                    )
                })
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .with_state(state)
}

/// A request's URI as the log may keep it: the secret of a set-password link is left out (a
/// log reader must not be able to take over an account).
fn loggable_uri(uri: &axum::http::Uri) -> String {
    const LINK_PAGE: &str = "/set-password/";
    let uri = uri.to_string();
    match uri.find(LINK_PAGE) {
        Some(start) => format!("{}{LINK_PAGE}…", &uri[..start]),
        None => uri,
    }
}

/// The page routes, found by rendering the route table once per process: the listing is
/// static, and generating it sets thread-local state in leptos_router that renders running at
/// the same moment on other routers (tests build one per request) must not see.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// The process is up and answering.
async fn healthz() -> impl IntoResponse {
    (StatusCode::OK, "ok\n")
}

/// The process can reach its database; 503 when it cannot.
async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    match tokio::time::timeout(READY_TIMEOUT, state.store.ping()).await {
        Ok(Ok(())) => (StatusCode::OK, "ready\n"),
        Ok(Err(error)) => {
            tracing::warn!(%error, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
        }
        Err(_) => {
            tracing::warn!("readiness check timed out");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
        }
    }
}

/// Serves until SIGINT or SIGTERM, then lets in-flight requests finish.
pub async fn serve(state: AppState) -> anyhow::Result<()> {
    let addr = state.leptos_options.site_addr;
    let store = state.store.clone();
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|error| anyhow::anyhow!("cannot listen on {addr}: {error}"))?;
    tracing::info!(
        "Accord listening on http://{addr} ({})",
        store.backend().name()
    );
    state
        .store
        .session_backend()
        .spawn_cleanup(Duration::from_secs(15 * 60));
    super::allocator::spawn_periodic_collection();
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    store.close().await;
    tracing::info!("Accord stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

#[cfg(test)]
mod tests;
