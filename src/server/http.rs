//! The HTTP side: the router (pages, server functions, probes, static files), request logging
//! and graceful shutdown.

use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::middleware;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};
use tracing::Level;

use super::auth;
use super::state::AppState;

mod guard;

use crate::app::{App, shell};
pub use guard::page_csp;

/// How long `/readyz` waits for the database before calling it unavailable.
const READY_TIMEOUT: Duration = Duration::from_secs(2);

/// The whole application as one axum router.
///
/// Layers, outermost first: request logging, security headers, the same-origin check on
/// state-changing requests, sessions, then the sign-in requirement for pages.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let sessions = state.store.session_backend().layer(&state.auth);
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/login", post(auth::routes::login))
        .route("/logout", post(auth::routes::logout))
        .leptos_routes(&state, routes, {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            guard::require_sign_in,
        ))
        .layer(sessions)
        .layer(middleware::from_fn(guard::same_origin_only))
        .layer(middleware::from_fn(guard::security_headers))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(Level::INFO))
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .with_state(state)
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

/// Sets the status code of the response being rendered (a page or a server function).
pub fn set_status(status: StatusCode) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
}

/// Gives a failed server function the status that matches its error (leptos answers 500 for
/// every error otherwise).
pub fn set_error_status(error: &crate::error::AppError) {
    use crate::error::AppError;
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

#[cfg(test)]
mod tests;
