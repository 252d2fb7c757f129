//! What a hostile user tries against the router (issue "Hardening"): each test failed on the
//! code before its fix.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use super::{
    PASSWORD, body, get_with, location, post_login, send, session_cookie, sign_in, sign_in_as, user,
};
use crate::domain::{Confidentiality, Role};
use crate::server::seed;
use crate::server::store::Store;
use crate::server::store::test_support::{TODAY, on_both_databases};

on_both_databases!(
    typed_titles_cannot_break_out_of_the_page_title,
    sign_in_never_redirects_to_another_site,
    a_password_reset_ends_the_users_sessions,
    a_reactivated_user_does_not_get_old_sessions_back,
    concurrent_wrong_guesses_are_counted_one_by_one,
    guessing_from_one_address_does_not_lock_the_owner_out_elsewhere,
    a_success_gives_the_address_its_attempt_back,
    viewers_never_see_restricted_initiatives_on_their_home_page,
    a_refused_form_is_kept_on_the_server_never_in_the_url,
    malformed_server_function_calls_answer_400_in_plain_words,
    signed_in_pages_are_not_stored_by_browsers,
    control_characters_typed_into_a_valid_form_are_dropped_before_storing,
    viewers_never_read_restricted_meetings,
    an_account_edit_from_a_stale_page_is_refused,
);

const HOSTILE_TITLE: &str =
    r#"X</title><meta http-equiv="refresh" content="0;url=https://evil.example"><b>"#;

/// A form post (as a script would send it: JSON back, no redirect) with a session cookie.
fn form_post(uri: &str, cookie: &str, form: String) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookie)
        .body(Body::from(form))
        .expect("request")
}

/// The document's `<head>`.
fn head(html: &str) -> &str {
    let end = html.find("</head>").unwrap_or(html.len());
    &html[..end]
}

async fn typed_titles_cannot_break_out_of_the_page_title(store: &Store) {
    seed::seed_demo(store, TODAY).await.expect("seed");
    let meeting = store
        .list_meetings("Diependaele", 1, false)
        .await
        .expect("search")[0]
        .id;
    let initiative = crate::server::store::test_support::every_initiative(store).await[0].id;
    crate::server::store::with_db!(store.db(), pool => {
        for table in ["meetings", "initiatives"] {
            let id = if table == "meetings" { meeting } else { initiative };
            sqlx::query(&format!("UPDATE {table} SET title = $1 WHERE id = $2"))
                .bind(HOSTILE_TITLE)
                .bind(id)
                .execute(pool)
                .await
                .expect("store a hostile title");
        }
    });
    let cookie = sign_in_as(store, Role::Admin).await;
    for uri in [
        format!("/meetings/{meeting}"),
        format!("/initiatives/{initiative}"),
        format!("/initiatives/{initiative}/edit"),
    ] {
        let (status, html) = get_with(store, &uri, Some(&cookie)).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        let head = head(&html);
        assert!(!head.contains("<meta http-equiv"), "{uri}: {head}");
        assert!(!head.contains("<b>"), "{uri}: {head}");
        assert!(head.contains("X&lt;/title&gt;&lt;meta"), "{uri}: {head}");
        assert_eq!(head.matches("<title>").count(), 1, "{uri}");
    }
}

async fn sign_in_never_redirects_to_another_site(store: &Store) {
    user(store, "officer@test.kz", Role::Officer).await;
    for next in [
        "/\t/evil.example",
        "/\n/evil.example",
        "/\\evil.example",
        "//evil.example",
    ] {
        let form = serde_urlencoded::to_string([
            ("email", "officer@test.kz"),
            ("password", PASSWORD),
            ("next", next),
        ])
        .expect("form");
        let response = send(
            store,
            Request::post("/login")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(form))
                .expect("request"),
        )
        .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&response), "/", "{next:?}");
    }
}

async fn a_password_reset_ends_the_users_sessions(store: &Store) {
    let cookie = sign_in(store).await;
    assert_eq!(
        get_with(store, "/meetings", Some(&cookie)).await.0,
        StatusCode::OK
    );
    let officer = store
        .user_by_email("officer@test.kz")
        .await
        .expect("lookup")
        .expect("exists");
    let hash = crate::server::auth::password::hash("another long password".into())
        .await
        .expect("hash");
    store
        .set_password_hash(officer.id, &hash, None)
        .await
        .expect("reset");
    assert_eq!(
        get_with(store, "/meetings", Some(&cookie)).await.0,
        StatusCode::SEE_OTHER,
        "the session from before the reset is over"
    );
}

async fn a_reactivated_user_does_not_get_old_sessions_back(store: &Store) {
    let cookie = sign_in(store).await;
    let officer = store
        .user_by_email("officer@test.kz")
        .await
        .expect("lookup")
        .expect("exists");
    for (changes, active) in [false, true].into_iter().enumerate() {
        store
            .update_user(
                officer.id,
                officer.version + changes as i64,
                &officer.display_name,
                officer.role,
                active,
                None,
            )
            .await
            .expect("deactivate, then reactivate");
    }
    assert_eq!(
        get_with(store, "/meetings", Some(&cookie)).await.0,
        StatusCode::SEE_OTHER
    );
    // Signing in again works.
    let again = post_login(store, "officer@test.kz", PASSWORD, None).await;
    let cookie = session_cookie(&again).expect("a new session");
    assert_eq!(
        get_with(store, "/meetings", Some(&cookie)).await.0,
        StatusCode::OK
    );
}

async fn concurrent_wrong_guesses_are_counted_one_by_one(store: &Store) {
    user(store, "officer@test.kz", Role::Officer).await;
    let guesses = (0..16).map(|i| {
        let store = store.clone();
        tokio::spawn(async move {
            let response = post_login(
                &store,
                "officer@test.kz",
                &format!("wrong guess {i:02}"),
                None,
            )
            .await;
            location(&response)
        })
    });
    let mut checked = 0;
    for guess in guesses {
        let target = guess.await.expect("guess");
        if target.starts_with("/login?error=invalid") {
            checked += 1;
        } else {
            assert!(target.starts_with("/login?error=throttled"), "{target}");
        }
    }
    assert_eq!(
        checked,
        crate::domain::throttle::ACCOUNT_FROM_ADDRESS.free,
        "only the free attempts reach the password check"
    );
}

/// A login post from a given client address (what `ConnectInfo` says).
async fn post_login_from(
    store: &Store,
    address: [u8; 4],
    email: &str,
    password: &str,
) -> axum::response::Response {
    let form =
        serde_urlencoded::to_string([("email", email), ("password", password)]).expect("form");
    let mut request = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .expect("request");
    request
        .extensions_mut()
        .insert(axum::extract::ConnectInfo(std::net::SocketAddr::from((
            address, 40000,
        ))));
    send(store, request).await
}

async fn guessing_from_one_address_does_not_lock_the_owner_out_elsewhere(store: &Store) {
    user(store, "admin@test.kz", Role::Admin).await;
    let attacker = [203, 0, 113, 9];
    for _ in 0..12 {
        post_login_from(store, attacker, "admin@test.kz", "a wrong guess!").await;
    }
    let refused = post_login_from(store, attacker, "admin@test.kz", PASSWORD).await;
    assert!(location(&refused).starts_with("/login?error=throttled"));
    let owner = post_login_from(store, [198, 51, 100, 7], "admin@test.kz", PASSWORD).await;
    assert_eq!(
        location(&owner),
        "/",
        "the owner signs in from their own desk"
    );
}

async fn a_success_gives_the_address_its_attempt_back(store: &Store) {
    let office = [192, 0, 2, 44];
    let free = crate::domain::throttle::ADDRESS.free;
    // A whole office signing in at once, each after one typo, does not make the office wait
    // (below the free allowance; old typos are forgotten one a minute).
    for n in 0..free - 1 {
        let email = format!("officer{n}@test.kz");
        user(store, &email, Role::Officer).await;
        let typo = post_login_from(store, office, &email, "a typo in it").await;
        assert!(location(&typo).starts_with("/login?error=invalid"), "{n}");
        let right = post_login_from(store, office, &email, PASSWORD).await;
        assert_eq!(location(&right), "/", "officer {n}");
    }
    let failures = store
        .login_failures("address:192.0.2.44")
        .await
        .expect("read")
        .expect("counted");
    assert_eq!(failures.count, free - 1, "typos count, successes do not");
}

async fn viewers_never_see_restricted_initiatives_on_their_home_page(store: &Store) {
    seed::seed_demo(store, TODAY).await.expect("seed");
    let cookie = sign_in_as(store, Role::Viewer).await;
    let viewer = store
        .user_by_email("viewer@test.kz")
        .await
        .expect("lookup")
        .expect("exists");
    // A restricted initiative owned by someone who has since become a viewer.
    let initiative = crate::server::store::test_support::every_initiative(store).await[0].clone();
    let restricted_title = "Restricted plan the viewer owns";
    crate::server::store::with_db!(store.db(), pool => {
        sqlx::query("UPDATE initiatives SET owner_id = $1, confidentiality = $2, title = $3 WHERE id = $4")
            .bind(viewer.id)
            .bind(Confidentiality::Restricted.as_str())
            .bind(restricted_title)
            .bind(initiative.id)
            .execute(pool)
            .await
            .expect("make it restricted and the viewer's");
    });
    let (status, html) = get_with(store, "/", Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!html.contains(restricted_title), "{html}");
    let (status, _) = get_with(
        store,
        &format!("/initiatives/{}", initiative.id),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

async fn a_refused_form_is_kept_on_the_server_never_in_the_url(store: &Store) {
    let cookie = sign_in_as(store, Role::Officer).await;
    let typed = "Typed text é, restricted notes";
    let form = serde_urlencoded::to_string([
        ("input[title]", ""),
        ("input[description]", typed),
        ("input[partner_id]", ""),
        ("input[status]", "proposed"),
    ])
    .expect("form");
    let response = send(
        store,
        Request::post("/api/create_initiative")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "text/html")
            .header(header::REFERER, "http://127.0.0.1:3000/initiatives/new")
            .header(header::COOKIE, cookie.as_str())
            .body(Body::from(form))
            .expect("request"),
    )
    .await;
    let target = location(&response);
    assert!(target.starts_with("/initiatives/new?rejected="), "{target}");
    assert!(!target.contains("Typed") && target.len() < 64, "{target}");
    // Its author gets the form back filled in, with the message next to the field.
    let (status, html) = get_with(store, &target, Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Typed text é, restricted notes"), "{html}");
    assert!(html.contains("Title is required."), "{html}");
    // The same link in anyone else's browser shows an empty form.
    let other = sign_in_as(store, Role::Manager).await;
    let (status, html) = get_with(store, &target, Some(&other)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!html.contains("Typed text"), "{html}");
    // A crafted rejection in the link is not read at all.
    let crafted = serde_urlencoded::to_string([(
        "rejected",
        r#"{"form":"initiative","error":{"Validation":{"title":"Call +1 555 0100 now"}},"input":{"title":"","description":"","partner_id":"","status":"proposed","confidentiality":"public"}}"#,
    )])
    .expect("query");
    let (status, html) =
        get_with(store, &format!("/initiatives/new?{crafted}"), Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!html.contains("Call +1 555"), "{html}");
}

async fn malformed_server_function_calls_answer_400_in_plain_words(store: &Store) {
    seed::seed_demo(store, TODAY).await.expect("seed");
    let cookie = sign_in_as(store, Role::Officer).await;
    for (path, form) in [
        ("/api/create_initiative", "nothing=here"),
        ("/api/change_status", "id=abc&version=x"),
        ("/api/list_meetings", "search=a&search=b&search=c"),
        ("/api/get_initiative", ""),
        ("/api/admin_update_user", "id=1&role=admin&active=maybe"),
    ] {
        let response = send(
            store,
            Request::post(path)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(header::COOKIE, cookie.as_str())
                .body(Body::from(form))
                .expect("request"),
        )
        .await;
        let status = response.status();
        let text = body(response).await;
        assert!(status.is_client_error(), "{path} {form}: {status} {text}");
        for internal in ["deserializ", "missing field", "server function arguments"] {
            assert!(!text.contains(internal), "{path}: {text}");
        }
    }
    let response = send(
        store,
        Request::post("/api/no_such_function")
            .header(header::COOKIE, cookie.as_str())
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(!body(response).await.contains("register_explicit"));
}

async fn signed_in_pages_are_not_stored_by_browsers(store: &Store) {
    let cookie = sign_in(store).await;
    for uri in ["/meetings", "/", "/login"] {
        let response = send(
            store,
            Request::get(uri)
                .header(header::COOKIE, cookie.as_str())
                .body(Body::empty())
                .expect("request"),
        )
        .await;
        assert_eq!(
            response
                .headers()
                .get(header::CACHE_CONTROL)
                .and_then(|v| v.to_str().ok()),
            Some("no-store"),
            "{uri}"
        );
    }
}

/// PostgreSQL refuses NUL in text: a valid form carrying control characters used to answer
/// 500 there. They are dropped; what can be shown is stored as typed.
async fn control_characters_typed_into_a_valid_form_are_dropped_before_storing(store: &Store) {
    seed::seed_demo(store, TODAY).await.expect("seed");
    let partner = crate::server::store::test_support::every_initiative(store).await[0].partner_id;
    let cookie = sign_in_as(store, Role::Officer).await;
    let post = |uri: &'static str, form: String| form_post(uri, &cookie, form);
    let partner = partner.to_string();
    let initiative = serde_urlencoded::to_string([
        ("input[title]", "Trade\u{0} forum\u{1b}[2J in Almaty"),
        ("input[description]", "First line\r\nsecond\u{0} line\u{7}"),
        ("input[partner_id]", partner.as_str()),
        ("input[status]", "proposed"),
        ("input[obligor]", "joint"),
        ("input[strength]", "soft"),
        ("input[confidentiality]", "internal"),
    ])
    .expect("form");
    let response = send(store, post("/api/create_initiative", initiative)).await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "{}",
        body(response).await
    );
    let stored = crate::server::store::test_support::every_initiative(store)
        .await
        .into_iter()
        .find(|i| i.title.starts_with("Trade"))
        .expect("created");
    assert_eq!(stored.title, "Trade forum[2J in Almaty");
    assert_eq!(stored.description, "First line\nsecond line");

    let meeting = serde_urlencoded::to_string([
        ("input[title]", "Talks\u{0} in Astana"),
        ("input[held_on]", "2026-11-20"),
        ("input[partner_id]", partner.as_str()),
        ("input[summary]", "Agreed\u{0}."),
        ("input[participants][0][name]", "A.\u{0} Example"),
        ("input[participants][0][side]", "ours"),
    ])
    .expect("form");
    let response = send(store, post("/api/create_meeting", meeting)).await;
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "{}",
        body(response).await
    );
    let found = store
        .list_meetings("Talks in Astana", 5, false)
        .await
        .expect("search");
    assert_eq!(found.len(), 1, "{found:?}");

    // Signing in with a NUL in the address is a wrong address, not a server error.
    let response = post_login(store, "aida@demo.accord.test\u{0}", "wrong password", None).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(
        location(&response).starts_with("/login?error="),
        "{}",
        location(&response)
    );
}

/// A viewer read the summary of a meeting whose commitments are restricted: the meeting has a
/// confidentiality level of its own now, and the demo's Mongolia meeting is restricted.
async fn viewers_never_read_restricted_meetings(store: &Store) {
    seed::seed_demo(store, TODAY).await.expect("seed");
    let all = store.list_meetings("", 50, false).await.expect("all");
    let restricted = all
        .iter()
        .find(|m| m.confidentiality == Confidentiality::Restricted)
        .expect("a restricted demo meeting");
    let open = all
        .iter()
        .find(|m| m.confidentiality != Confidentiality::Restricted)
        .expect("an open demo meeting");
    let page = format!("/meetings/{}", restricted.id);
    let viewer = sign_in_as(store, Role::Viewer).await;
    let (status, html) = get_with(store, &page, Some(&viewer)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!html.contains(&restricted.title), "{html}");
    let (status, html) = get_with(store, "/meetings", Some(&viewer)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !html.contains(&restricted.title) && html.contains(&open.title),
        "{html}"
    );
    let (status, html) = get_with(
        store,
        &format!("/partners/{}", restricted.partner_id),
        Some(&viewer),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(!html.contains(&restricted.title), "{html}");
    // An officer reads it, and its level is on the page.
    let officer = sign_in_as(store, Role::Officer).await;
    let (status, html) = get_with(store, &page, Some(&officer)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Restricted"), "{html}");
}

/// Two admins with the users page open: the second one's change, made on what the first one
/// already changed, is refused with 409 instead of silently undoing it.
async fn an_account_edit_from_a_stale_page_is_refused(store: &Store) {
    let admin = sign_in_as(store, Role::Admin).await;
    let target = user(store, "target@test.kz", Role::Officer).await;
    let post = |form: String| form_post("/api/admin_update_user", &admin, form);
    let first = send(
        store,
        post(format!("id={target}&version=1&role=manager&active=true")),
    )
    .await;
    assert_eq!(first.status(), StatusCode::OK, "{}", body(first).await);
    let second = send(
        store,
        post(format!("id={target}&version=1&role=viewer&active=false")),
    )
    .await;
    assert_eq!(
        second.status(),
        StatusCode::CONFLICT,
        "{}",
        body(second).await
    );
    let now = store.user(target).await.expect("read");
    assert_eq!(
        (now.role, now.active, now.version),
        (Role::Manager, true, 2)
    );
}
