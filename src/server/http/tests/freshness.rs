//! The kept reference data, the kept pages and the page view's versions never serve stale
//! pages: a role change, a deactivation, a renamed partner, a new title and a status change
//! made by a second server process on the same database each show on the very next page of
//! the first.

use axum::http::StatusCode;

use super::{get_with, sign_in_as};
use crate::domain::{Initiative, InitiativeFields, NewPartner, Role, Status, StatusChangeInput};
use crate::server::seed;
use crate::server::store::Store;
use crate::server::store::test_support::{TODAY, another_instance, fields_of, on_both_databases};

on_both_databases!(
    a_session_ended_or_changed_by_another_process_is_seen_on_the_next_request,
    changes_by_another_process_show_on_the_next_page,
    kept_data_renders_the_pages_byte_for_byte_as_a_cold_start_does,
);

/// The first active initiative of the demo data.
async fn an_active_initiative(store: &Store) -> Initiative {
    let every = crate::server::store::test_support::every_initiative(store).await;
    every
        .into_iter()
        .find(|i| i.status == Status::Active)
        .expect("an active initiative in the demo data")
}

async fn page(store: &Store, uri: &str, cookie: &str) -> String {
    let (status, body) = get_with(store, uri, Some(cookie)).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {body}");
    body
}

/// The session id a `name=value` cookie carries.
fn session_id(cookie: &str) -> tower_sessions::session::Id {
    let (_, value) = cookie.split_once('=').expect("name=value");
    value.parse().expect("a session id")
}

/// The first process keeps signed-in sessions' records (`auth::kept_sessions`); a sign-out
/// or a change of the stored record by the second is seen by the first on its next request.
async fn a_session_ended_or_changed_by_another_process_is_seen_on_the_next_request(first: &Store) {
    use tower_sessions::SessionStore;
    seed::seed_demo(first, TODAY).await.expect("seed");
    let second = another_instance(first).await;

    let cookie = sign_in_as(first, Role::Manager).await;
    page(first, "/dashboard", &cookie).await;
    page(first, "/dashboard", &cookie).await;
    let logout = axum::http::Request::post("/logout")
        .header(axum::http::header::COOKIE, &cookie)
        .body(axum::body::Body::empty())
        .expect("request");
    let logout = super::send(&second, logout).await;
    assert_eq!(logout.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        get_with(first, "/dashboard", Some(&cookie)).await.0,
        StatusCode::SEE_OTHER,
        "signed out on the second process: signed out on the first"
    );

    // The stored record changed by the second process (here its epoch, as if the session had
    // been started before a password reset): the first reads it afresh and ends it.
    let cookie = sign_in_as(first, Role::Manager).await;
    page(first, "/dashboard", &cookie).await;
    let id = session_id(&cookie);
    let backend = second.session_backend();
    let mut record = backend.load(&id).await.expect("load").expect("stored");
    record
        .data
        .insert(crate::server::auth::session::EPOCH.into(), (-1).into());
    backend.save(&record).await.expect("save");
    assert_eq!(
        get_with(first, "/dashboard", Some(&cookie)).await.0,
        StatusCode::SEE_OTHER,
        "the changed record, not the kept one, decides"
    );

    // Unchanged, the kept record serves: the session works on both processes.
    let cookie = sign_in_as(first, Role::Manager).await;
    page(first, "/dashboard", &cookie).await;
    page(&second, "/dashboard", &cookie).await;
    page(first, "/meetings", &cookie).await;
}

async fn changes_by_another_process_show_on_the_next_page(first: &Store) {
    seed::seed_demo(first, TODAY).await.expect("seed");
    let second = another_instance(first).await;
    let cookie = sign_in_as(first, Role::Manager).await;
    let initiative = an_active_initiative(first).await;
    let list = format!("/initiatives?partner={}", initiative.partner_id);
    let detail = format!("/initiatives/{}", initiative.id);
    // The first process keeps every reference table and renders each page once.
    let before = page(first, &list, &cookie).await;
    assert!(before.contains(r#"<span class="account__role">Manager</span>"#));
    page(first, &detail, &cookie).await;
    // Twice: the second is served from the kept page.
    page(first, "/dashboard", &cookie).await;
    let dashboard = page(first, "/dashboard", &cookie).await;

    // A renamed partner.
    let partner = first.partner(initiative.partner_id).await.expect("partner");
    let renamed = NewPartner {
        slug: partner.slug.clone(),
        name: "Renamed by the second process".into(),
        kind: partner.kind,
        iso_code: partner.iso_code.clone(),
        parent_id: partner.parent_id,
        world_region: partner.world_region,
    };
    second
        .update_partner(partner.id, partner.version, &renamed, None)
        .await
        .expect("rename");
    let after = page(first, &list, &cookie).await;
    assert!(after.contains("Renamed by the second process"), "list");
    assert!(
        !after.contains(&format!(">{}</a>", partner.name)),
        "old name"
    );
    let shown = page(first, &detail, &cookie).await;
    assert!(shown.contains("Renamed by the second process"), "page");
    let renamed_dashboard = without_nonce(&page(first, "/dashboard", &cookie).await);
    let cold = without_nonce(&page(&another_instance(first).await, "/dashboard", &cookie).await);
    assert!(
        renamed_dashboard == cold,
        "the dashboard after the rename is a fresh one"
    );

    // A new title, which changes no figure of the summary: the list (kept under the records'
    // version) shows it on the next request.
    let kept_list = page(first, &list, &cookie).await;
    assert_eq!(without_nonce(&kept_list), without_nonce(&after), "kept");
    let retitled = second
        .update_initiative(
            initiative.id,
            initiative.version,
            &InitiativeFields {
                title: "Retitled by the second process".into(),
                ..fields_of(&initiative)
            },
            "",
            None,
            TODAY,
        )
        .await
        .expect("retitle");
    let after = page(first, &list, &cookie).await;
    assert!(after.contains("Retitled by the second process"), "list");
    let cold = page(&another_instance(first).await, &list, &cookie).await;
    assert!(
        without_nonce(&after) == without_nonce(&cold),
        "the list after the new title is a fresh one"
    );
    // Read twice: the second comes from what the first kept.
    page(first, &list, &cookie).await;

    // A status change.
    let to = initiative.status.next()[0];
    second
        .change_status(
            initiative.id,
            retitled.version,
            &StatusChangeInput {
                to_status: to.as_str().into(),
                note: "Changed by the second process".into(),
                evidence_url: String::new(),
            },
            None,
            TODAY,
        )
        .await
        .expect("status");
    let shown = page(first, &detail, &cookie).await;
    assert!(
        shown.contains(&format!("badge badge--status-{}", to.as_str())),
        "new status"
    );
    assert!(shown.contains("Changed by the second process"), "history");
    let listed = without_nonce(&page(first, &list, &cookie).await);
    assert!(
        listed.contains(&format!("badge badge--status-{}", to.as_str())),
        "the list shows the new status"
    );
    let cold = without_nonce(&page(&another_instance(first).await, &list, &cookie).await);
    assert!(listed == cold, "the list after the change is a fresh one");
    let after = without_nonce(&page(first, "/dashboard", &cookie).await);
    assert!(
        after != without_nonce(&dashboard),
        "the dashboard counted the change"
    );
    let cold = without_nonce(&page(&another_instance(first).await, "/dashboard", &cookie).await);
    assert!(
        after == cold,
        "the dashboard after the change is a fresh one"
    );

    // A role change: the next page is a viewer's.
    let manager = first
        .user_by_email("manager@test.kz")
        .await
        .expect("lookup")
        .expect("the manager");
    let viewer = second
        .update_user(
            manager.id,
            manager.version,
            &manager.display_name,
            Role::Viewer,
            true,
            None,
        )
        .await
        .expect("role");
    let after = page(first, &list, &cookie).await;
    assert!(
        after.contains(r#"<span class="account__role">Viewer</span>"#),
        "role"
    );

    // A deactivation: the next request is signed out.
    second
        .update_user(
            viewer.id,
            viewer.version,
            &viewer.display_name,
            Role::Viewer,
            false,
            None,
        )
        .await
        .expect("deactivate");
    let (status, location) = get_with(first, &list, Some(&cookie)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(location.starts_with("/login"), "{location}");
}

/// `html` with its CSP nonce (new on every response) replaced by a fixed word.
fn without_nonce(html: &str) -> String {
    let nonce = html
        .split_once("nonce=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(nonce, _)| nonce.to_owned());
    match nonce {
        Some(nonce) if !nonce.is_empty() => html.replace(&nonce, "NONCE"),
        _ => html.to_owned(),
    }
}

/// Every page read twice by a process that keeps the reference data (the second time from
/// what it kept) is, nonce aside, the page a fresh process renders from the database alone.
async fn kept_data_renders_the_pages_byte_for_byte_as_a_cold_start_does(first: &Store) {
    seed::seed_demo(first, TODAY).await.expect("seed");
    let cookie = sign_in_as(first, Role::Manager).await;
    let initiative = an_active_initiative(first).await;
    let partner = initiative.partner_id;
    let pages = [
        "/".to_owned(),
        "/dashboard".to_owned(),
        "/dashboard/changes".to_owned(),
        "/initiatives".to_owned(),
        format!("/initiatives?partner={partner}&status=active"),
        format!("/initiatives?partner={partner}&sort=title"),
        format!("/initiatives/{}", initiative.id),
        format!("/initiatives/{}/edit", initiative.id),
        "/initiatives/new".to_owned(),
        "/meetings".to_owned(),
        "/meetings/new".to_owned(),
        format!("/partners/{partner}"),
        "/account".to_owned(),
    ];
    for uri in &pages {
        // The second read is served from what the first kept (the dashboard is kept whole).
        page(first, uri, &cookie).await;
        let warm = without_nonce(&page(first, uri, &cookie).await);
        let cold = without_nonce(&page(&another_instance(first).await, uri, &cookie).await);
        assert!(warm == cold, "{uri} differs with kept data");
    }
}
