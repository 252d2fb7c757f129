//! Black-box tests of the router: real store (SQLite and PostgreSQL), real rendering, no socket.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use leptos::prelude::LeptosOptions;
use tower::ServiceExt;

use super::router;
use crate::server::seed;
use crate::server::state::AppState;
use crate::server::store::Store;
use crate::server::store::test_support::on_both_databases;

on_both_databases!(
    probes_answer,
    readiness_fails_when_the_database_is_gone,
    the_home_page_names_the_flanders_meeting,
    the_meetings_page_filters_on_the_server,
    a_meeting_page_shows_its_participants,
    unknown_pages_and_meetings_are_404,
);

fn state(store: &Store) -> AppState {
    let leptos_options = LeptosOptions::builder().output_name("accord").build();
    AppState {
        leptos_options,
        store: store.clone(),
    }
}

async fn get(store: &Store, uri: &str) -> (StatusCode, String) {
    let response = router(state(store))
        .oneshot(Request::get(uri).body(Body::empty()).expect("request"))
        .await
        .expect("response");
    let status = response.status();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

async fn probes_answer(store: &Store) {
    assert_eq!(get(store, "/healthz").await.0, StatusCode::OK);
    assert_eq!(get(store, "/readyz").await.0, StatusCode::OK);
}

async fn readiness_fails_when_the_database_is_gone(store: &Store) {
    let app = router(state(store));
    store.close().await;
    let response = app
        .oneshot(
            Request::get("/readyz")
                .body(Body::empty())
                .expect("request"),
        )
        .await
        .expect("response");
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    // The process itself still answers.
    assert_eq!(get(store, "/healthz").await.0, StatusCode::OK);
}

async fn the_home_page_names_the_flanders_meeting(store: &Store) {
    seed::seed_demo(store, crate::server::store::test_support::TODAY)
        .await
        .expect("seed");
    let (status, html) = get(store, "/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Minister-President Diependaele of Flanders"),
        "{html}"
    );
    assert!(html.contains("<main"), "landmark");
}

async fn the_meetings_page_filters_on_the_server(store: &Store) {
    seed::seed_demo(store, crate::server::store::test_support::TODAY)
        .await
        .expect("seed");
    let (status, html) = get(store, "/meetings?q=mongolia").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Ministry of Foreign Affairs of Mongolia"),
        "{html}"
    );
    assert!(
        !html.contains("Minister-President Diependaele"),
        "filtered out"
    );
    assert!(html.contains("1 meeting matching"), "count shown");
}

async fn a_meeting_page_shows_its_participants(store: &Store) {
    seed::seed_demo(store, crate::server::store::test_support::TODAY)
        .await
        .expect("seed");
    let flanders = store.list_meetings("Diependaele", 5).await.expect("search");
    let (status, html) = get(store, &format!("/meetings/{}", flanders[0].id)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Roman Vassilenko"), "{html}");
    assert!(html.contains("Matthias Diependaele"));
}

async fn unknown_pages_and_meetings_are_404(store: &Store) {
    assert_eq!(get(store, "/no-such-page").await.0, StatusCode::NOT_FOUND);
    let (status, html) = get(store, "/meetings/987654").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Meeting was not found."), "{html}");
    assert_eq!(
        get(store, "/meetings/not-a-number").await.0,
        StatusCode::NOT_FOUND
    );
}
