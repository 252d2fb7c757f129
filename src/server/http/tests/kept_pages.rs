//! Which pages the process keeps and serves again (see `server::http::kept_pages`): a
//! dashboard read whole from the summary, never a filtered one or a viewer's (counted afresh
//! over the initiatives); lists of initiatives and initiatives' pages, each reader's own; each
//! response with its own nonce.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use super::{body, send, sign_in_as};
use crate::domain::Role;
use crate::server::seed;
use crate::server::store::Store;
use crate::server::store::test_support::{TODAY, on_both_databases};

on_both_databases!(
    only_a_dashboard_from_the_summary_is_kept_and_each_copy_has_its_own_nonce,
    lists_are_kept_for_each_reader_until_a_record_changes,
    an_initiative_page_is_kept_for_each_reader_until_its_history_grows,
);

/// The page, its policy's nonce, and whether the private "may keep" header left the server.
async fn fetch(store: &Store, uri: &str, cookie: &str) -> (String, String, bool) {
    let request = Request::get(uri)
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .expect("request");
    let response = send(store, request).await;
    assert_eq!(response.status(), StatusCode::OK, "{uri}");
    let leaked = response.headers().contains_key("x-accord-may-keep");
    let policy = response
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let nonce = policy
        .split_once("'nonce-")
        .and_then(|(_, rest)| rest.split_once('\''))
        .map(|(nonce, _)| nonce.to_owned())
        .expect("a nonce in the policy");
    (body(response).await, nonce, leaked)
}

async fn only_a_dashboard_from_the_summary_is_kept_and_each_copy_has_its_own_nonce(store: &Store) {
    seed::seed_demo(store, TODAY).await.expect("seed");
    let manager = sign_in_as(store, Role::Manager).await;
    assert_eq!(store.kept_page_count(), (0, 0));
    // The first dashboard of the day brings the summary to today (a write, so a new version):
    // what it kept is never found again.
    fetch(store, "/dashboard", &manager).await;

    let (first, first_nonce, leaked) = fetch(store, "/dashboard", &manager).await;
    assert!(!leaked, "the private header stays on the server");
    let (kept, found) = store.kept_page_count();
    let (second, second_nonce, leaked) = fetch(store, "/dashboard", &manager).await;
    assert!(!leaked);
    assert_eq!(
        store.kept_page_count(),
        (kept, found + 1),
        "the second is the kept page"
    );
    assert_ne!(
        first_nonce, second_nonce,
        "every response has its own nonce"
    );
    assert!(second.contains(&format!("nonce=\"{second_nonce}\"")));
    assert!(
        !second.contains(&first_nonce),
        "no trace of the kept page's nonce"
    );
    assert_eq!(
        first.replace(&first_nonce, "NONCE"),
        second.replace(&second_nonce, "NONCE"),
        "the kept page is the rendered one"
    );

    // Filtered by sector, or read by a viewer: counted over the initiatives, never kept.
    let sector = store.list_sectors().await.expect("sectors")[0].id;
    for _ in 0..2 {
        fetch(store, &format!("/dashboard?sector={sector}"), &manager).await;
    }
    assert_eq!(store.kept_page_count(), (kept, found + 1), "filtered");
    let viewer = sign_in_as(store, Role::Viewer).await;
    for _ in 0..2 {
        fetch(store, "/dashboard", &viewer).await;
    }
    assert_eq!(store.kept_page_count(), (kept, found + 1), "a viewer's");

    // Another level of the same dashboard is another page (a new user changed the users'
    // version, so the manager's dashboard is kept anew too).
    fetch(store, "/dashboard?level=world", &manager).await;
    fetch(store, "/dashboard?level=world", &manager).await;
    assert_eq!(store.kept_page_count(), (kept + 1, found + 2));
}

async fn lists_are_kept_for_each_reader_until_a_record_changes(store: &Store) {
    seed::seed_demo(store, TODAY).await.expect("seed");
    let manager = sign_in_as(store, Role::Manager).await;
    let viewer = sign_in_as(store, Role::Viewer).await;
    let list = "/initiatives?status=active";
    let (first, first_nonce, _) = fetch(store, list, &manager).await;
    let (kept, found) = store.kept_page_count();
    let (second, second_nonce, leaked) = fetch(store, list, &manager).await;
    assert!(!leaked, "the private header stays on the server");
    assert_eq!(store.kept_page_count(), (kept, found + 1), "served again");
    assert_eq!(
        first.replace(&first_nonce, "NONCE"),
        second.replace(&second_nonce, "NONCE"),
        "the kept list is the rendered one"
    );

    // A viewer's list of the same URL is their own page (restricted initiatives hidden).
    let (as_viewer, _, _) = fetch(store, list, &viewer).await;
    assert_eq!(
        store.kept_page_count(),
        (kept + 1, found + 1),
        "a page of its own"
    );
    let restricted = crate::server::store::test_support::every_initiative(store)
        .await
        .into_iter()
        .find(|i| {
            i.status == crate::domain::Status::Active
                && i.confidentiality == crate::domain::Confidentiality::Restricted
        })
        .expect("an active restricted initiative in the demo data");
    assert!(second.contains(&format!("/initiatives/{}\"", restricted.id)));
    assert!(!as_viewer.contains(&format!("/initiatives/{}\"", restricted.id)));

    // A status change gives the records a new version: the list is rendered afresh.
    let active = crate::server::store::test_support::every_initiative(store)
        .await
        .into_iter()
        .find(|i| i.status == crate::domain::Status::Active)
        .expect("an active initiative");
    store
        .change_status(
            active.id,
            active.version,
            &crate::domain::StatusChangeInput {
                to_status: "blocked".into(),
                note: "Waiting for the partner's draft.".into(),
                evidence_url: String::new(),
            },
            None,
            TODAY,
        )
        .await
        .expect("status");
    let (after, _, _) = fetch(store, list, &manager).await;
    let (_, found_after) = store.kept_page_count();
    assert_eq!(found_after, found + 1, "rendered afresh, not found");
    assert!(!after.contains(&format!("/initiatives/{}\"", active.id)));
}

async fn an_initiative_page_is_kept_for_each_reader_until_its_history_grows(store: &Store) {
    seed::seed_demo(store, TODAY).await.expect("seed");
    let manager = sign_in_as(store, Role::Manager).await;
    let officer = sign_in_as(store, Role::Officer).await;
    let active = crate::server::store::test_support::every_initiative(store)
        .await
        .into_iter()
        .find(|i| i.status == crate::domain::Status::Active)
        .expect("an active initiative");
    let page = format!("/initiatives/{}", active.id);
    let (first, first_nonce, _) = fetch(store, &page, &manager).await;
    let (kept, found) = store.kept_page_count();
    let (second, second_nonce, leaked) = fetch(store, &page, &manager).await;
    assert!(!leaked, "the private header stays on the server");
    assert_eq!(store.kept_page_count(), (kept, found + 1), "served again");
    assert_eq!(
        first.replace(&first_nonce, "NONCE"),
        second.replace(&second_nonce, "NONCE"),
        "the kept page is the rendered one"
    );
    fetch(store, &page, &officer).await;
    assert_eq!(
        store.kept_page_count(),
        (kept + 1, found + 1),
        "another reader's page is their own (what they may do differs)"
    );

    // A progress note (no change of status) adds to the history: rendered afresh, with it.
    store
        .change_status(
            active.id,
            active.version,
            &crate::domain::StatusChangeInput {
                to_status: "active".into(),
                note: "Kept pages show this note at once.".into(),
                evidence_url: String::new(),
            },
            None,
            TODAY,
        )
        .await
        .expect("note");
    let (after, _, _) = fetch(store, &page, &manager).await;
    assert_eq!(store.kept_page_count().1, found + 1, "rendered afresh");
    assert!(after.contains("Kept pages show this note at once."));

    // A page that is not found is never kept.
    let missing = "/initiatives/999999";
    let request = Request::get(missing)
        .header(header::COOKIE, &manager)
        .body(Body::empty())
        .expect("request");
    assert_eq!(send(store, request).await.status(), StatusCode::NOT_FOUND);
    let count = store.kept_page_count();
    let request = Request::get(missing)
        .header(header::COOKIE, &manager)
        .body(Body::empty())
        .expect("request");
    assert_eq!(send(store, request).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        store.kept_page_count(),
        count,
        "nothing kept, nothing found"
    );
}
