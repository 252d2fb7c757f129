//! Passwords only their owner knows: set-password links, changing one's own password, and
//! a refused sign-in that keeps the typed email off the URL.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use super::{
    PASSWORD, body, get_with, location, post_login, send, session_cookie, sign_in, sign_in_as,
};
use crate::domain::Role;
use crate::server::store::Store;
use crate::server::store::test_support::on_both_databases;

on_both_databases!(
    an_admin_hands_out_a_link_and_never_sees_a_password,
    a_set_password_link_signs_its_user_in_once,
    a_refused_set_password_form_keeps_no_password,
    changing_ones_own_password_needs_the_current_one_and_ends_other_sessions,
    a_refused_sign_in_keeps_the_email_in_the_session_not_the_url,
);

const NEW_PASSWORD: &str = "correct horse battery staple";

/// A form post as a browser without JavaScript sends it (a page back, not JSON).
fn browser_post(
    uri: &str,
    referer: &str,
    cookie: Option<&str>,
    form: &[(&str, &str)],
) -> Request<Body> {
    let mut request = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, format!("http://127.0.0.1:3000{referer}"));
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    let form = serde_urlencoded::to_string(form).expect("form");
    request.body(Body::from(form)).expect("request")
}

/// Posts the set-password form of `link` (without JavaScript).
async fn set_password(
    store: &Store,
    link: &str,
    cookie: Option<&str>,
    password: &str,
    repeat: &str,
) -> axum::response::Response {
    let token = link.trim_start_matches("/set-password/");
    let form = [("token", token), ("password", password), ("repeat", repeat)];
    send(
        store,
        browser_post("/api/set_password_with_link", link, cookie, &form),
    )
    .await
}

/// The path of the link on the admin page's notice.
fn link_path(html: &str) -> String {
    let start = html.find("/set-password/").expect("a link on the page");
    html[start..start + "/set-password/".len() + 64].to_owned()
}

/// An admin creates an account without JavaScript; returns the link path the page shows.
async fn create_account(store: &Store, admin: &str, email: &str) -> String {
    let response = send(
        store,
        browser_post(
            "/api/admin_create_user",
            "/admin/users",
            Some(admin),
            &[
                ("input[email]", email),
                ("input[display_name]", "Dana Tulegenova"),
                ("input[role]", "officer"),
            ],
        ),
    )
    .await;
    assert_eq!(location(&response), "/admin/users");
    let (status, html) = get_with(store, "/admin/users", Some(admin)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Set-password link issued"), "{html}");
    link_path(&html)
}

async fn an_admin_hands_out_a_link_and_never_sees_a_password(store: &Store) {
    let admin = sign_in_as(store, Role::Admin).await;
    let link = create_account(store, &admin, "dana@mfa.test").await;
    // Shown once: the next view of the page has no link.
    let (_, html) = get_with(store, "/admin/users", Some(&admin)).await;
    assert!(!html.contains("/set-password/"), "{html}");
    // The account has no password until its owner sets one.
    let found = store
        .credentials("dana@mfa.test")
        .await
        .expect("read")
        .expect("exists");
    assert_eq!(found.password_hash, None);
    assert!(
        location(&post_login(store, "dana@mfa.test", "any password at all", None).await)
            .starts_with("/login?error=invalid")
    );
    // With JavaScript the link comes back in the answer (and still no password).
    let response = send(
        store,
        Request::post("/api/admin_reset_password")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, admin.as_str())
            .body(Body::from(format!("id={}", found.user.id)))
            .expect("request"),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let json = body(response).await;
    assert!(
        json.contains("/set-password/") && !json.contains("password\":"),
        "{json}"
    );
    // The reset replaced the first link.
    assert_eq!(get_with(store, &link, None).await.0, StatusCode::NOT_FOUND);
}

async fn a_set_password_link_signs_its_user_in_once(store: &Store) {
    let admin = sign_in_as(store, Role::Admin).await;
    let link = create_account(store, &admin, "dana@mfa.test").await;
    // Anyone holding the link sees whose it is, without signing in.
    let (status, html) = get_with(store, &link, None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("dana@mfa.test") && html.contains("Set my password"),
        "{html}"
    );
    let response = set_password(store, &link, None, NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(location(&response), "/account?password_set=1");
    let cookie = session_cookie(&response).expect("signed in");
    let (status, html) = get_with(store, "/account?password_set=1", Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Your password is set") && html.contains("dana@mfa.test"),
        "{html}"
    );
    // The link is used up.
    let (status, html) = get_with(store, &link, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("expired or was already used"), "{html}");
    let again = set_password(
        store,
        &link,
        None,
        "an attacker's password",
        "an attacker's password",
    )
    .await;
    assert!(
        location(&again).starts_with(&format!("{link}?rejected=")),
        "{}",
        location(&again)
    );
    // The chosen password signs in.
    let signed_in = post_login(store, "dana@mfa.test", NEW_PASSWORD, None).await;
    assert_eq!(location(&signed_in), "/meetings");
}

async fn a_refused_set_password_form_keeps_no_password(store: &Store) {
    let admin = sign_in_as(store, Role::Admin).await;
    let link = create_account(store, &admin, "dana@mfa.test").await;
    let typed = "short one";
    let response = set_password(store, &link, None, typed, typed).await;
    let target = location(&response);
    assert!(target.starts_with(&format!("{link}?rejected=")), "{target}");
    let cookie = session_cookie(&response).expect("the refusal is kept in a session");
    let (status, html) = get_with(store, &target, Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Use at least 12 characters."), "{html}");
    assert!(
        !html.contains(typed),
        "a typed password never comes back: {html}"
    );
    // Two different passwords: the second field says so.
    let response = set_password(
        store,
        &link,
        Some(&cookie),
        NEW_PASSWORD,
        "something else entirely",
    )
    .await;
    let (_, html) = get_with(store, &location(&response), Some(&cookie)).await;
    assert!(html.contains("The two passwords differ"), "{html}");
    // Nothing was used up.
    assert_eq!(get_with(store, &link, None).await.0, StatusCode::OK);
}

async fn changing_ones_own_password_needs_the_current_one_and_ends_other_sessions(store: &Store) {
    let here = sign_in(store).await;
    let elsewhere = sign_in(store).await;
    let change = |cookie: String, current: &'static str| async move {
        send(
            store,
            browser_post(
                "/api/change_password",
                "/account",
                Some(&cookie),
                &[
                    ("current", current),
                    ("password", NEW_PASSWORD),
                    ("repeat", NEW_PASSWORD),
                ],
            ),
        )
        .await
    };
    let refused = change(here.clone(), "not my password").await;
    let target = location(&refused);
    assert!(target.starts_with("/account?rejected="), "{target}");
    let (_, html) = get_with(store, &target, Some(&here)).await;
    assert!(
        html.contains("This is not your current password."),
        "{html}"
    );
    assert!(!html.contains(NEW_PASSWORD));

    let changed = change(here.clone(), PASSWORD).await;
    assert_eq!(location(&changed), "/account?password_set=1");
    // This browser carries on under a new session id; the other one is signed out.
    let moved = session_cookie(&changed).expect("a new session id");
    assert_ne!(moved, here);
    assert_eq!(
        get_with(store, "/meetings", Some(&moved)).await.0,
        StatusCode::OK
    );
    assert_eq!(
        get_with(store, "/meetings", Some(&elsewhere)).await.0,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        get_with(store, "/meetings", Some(&here)).await.0,
        StatusCode::SEE_OTHER
    );
    assert!(
        location(&post_login(store, "officer@test.kz", PASSWORD, None).await)
            .starts_with("/login?error=invalid"),
        "the old password no longer signs in"
    );
    assert_eq!(
        location(&post_login(store, "officer@test.kz", NEW_PASSWORD, None).await),
        "/meetings"
    );
}

async fn a_refused_sign_in_keeps_the_email_in_the_session_not_the_url(store: &Store) {
    super::user(store, "officer@test.kz", Role::Officer).await;
    let refused = post_login(store, "officer@test.kz", "not the password", None).await;
    let target = location(&refused);
    assert!(
        !target.contains("officer") && !target.contains("email="),
        "{target}"
    );
    let cookie = session_cookie(&refused).expect("the typed email is kept in a session");
    let (status, html) = get_with(store, &target, Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"value="officer@test.kz""#), "{html}");
    assert!(
        html.contains("The email or password is incorrect."),
        "{html}"
    );
    // The same link in another browser shows an empty form.
    let (_, html) = get_with(store, &target, None).await;
    assert!(!html.contains("officer@test.kz"), "{html}");
    // Signing in from that session still works and starts a new one.
    let signed_in = post_login(store, "officer@test.kz", PASSWORD, Some(&cookie)).await;
    assert_eq!(location(&signed_in), "/meetings");
    assert_ne!(session_cookie(&signed_in), Some(cookie));
}

#[test]
fn link_secrets_stay_out_of_the_log() {
    let uri: axum::http::Uri = "/set-password/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef?rejected=ab"
        .parse()
        .expect("uri");
    assert_eq!(super::super::loggable_uri(&uri), "/set-password/…");
    let uri: axum::http::Uri = "/meetings?q=x".parse().expect("uri");
    assert_eq!(super::super::loggable_uri(&uri), "/meetings?q=x");
}
