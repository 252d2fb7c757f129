//! The language of a page: the user's saved choice, else the switcher's cookie, else the
//! browser's `Accept-Language`, else the installation's default; `<html lang>` follows, the
//! switcher works without JavaScript and never sends the browser off the site.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use super::{body, location, send, sign_in_as};
use crate::domain::{Language, Role};
use crate::server::store::Store;
use crate::server::store::test_support::on_both_databases;

on_both_databases!(
    the_browser_s_languages_choose_the_sign_in_page_s,
    the_switcher_saves_the_choice_and_returns_to_the_page,
    a_saved_choice_follows_the_user_to_another_browser,
    the_switcher_refuses_other_sites_and_unknown_languages,
    the_account_page_saves_a_language_and_a_time_zone,
    exports_are_written_in_the_reader_s_language,
    the_outage_page_speaks_the_browser_s_language,
);

/// GETs `uri` with these headers; the status and the body.
async fn page(
    store: &Store,
    uri: &str,
    headers: &[(header::HeaderName, &str)],
) -> (StatusCode, String) {
    let mut request = Request::get(uri);
    for (name, value) in headers {
        request = request.header(name, *value);
    }
    let response = send(store, request.body(Body::empty()).expect("request")).await;
    let status = response.status();
    (status, body(response).await)
}

async fn switch(
    store: &Store,
    language: &str,
    return_to: &str,
    cookie: Option<&str>,
) -> axum::response::Response {
    let form = serde_urlencoded::to_string([("language", language), ("return_to", return_to)])
        .expect("form");
    let mut request = Request::post("/language")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    send(store, request.body(Body::from(form)).expect("request")).await
}

fn language_cookie(response: &axum::response::Response) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("accord_language="))
        .map(str::to_owned)
}

async fn the_browser_s_languages_choose_the_sign_in_page_s(store: &Store) {
    let (status, html) = page(
        store,
        "/login",
        &[(header::ACCEPT_LANGUAGE, "ru-RU,ru;q=0.9,en;q=0.5")],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"<html lang="ru""#), "{html}");
    assert!(html.contains(&Language::Russian.t("login-heading")));
    let (_, html) = page(
        store,
        "/login",
        &[(header::ACCEPT_LANGUAGE, "kk-KZ, ru;q=0.8")],
    )
    .await;
    assert!(html.contains(r#"<html lang="kk""#));
    assert!(html.contains(&Language::Kazakh.t("login-submit")));
    // No language of ours: the installation's default (English in the tests).
    let (_, html) = page(
        store,
        "/login",
        &[(header::ACCEPT_LANGUAGE, "de-DE, fr;q=0.9")],
    )
    .await;
    assert!(html.contains(r#"<html lang="en""#));
    assert!(html.contains("Sign in to Accord"));
    // The cookie beats the browser.
    let (_, html) = page(
        store,
        "/login",
        &[
            (header::ACCEPT_LANGUAGE, "ru"),
            (header::COOKIE, "accord_language=kk"),
        ],
    )
    .await;
    assert!(html.contains(r#"<html lang="kk""#));
}

async fn the_switcher_saves_the_choice_and_returns_to_the_page(store: &Store) {
    let session = sign_in_as(store, Role::Officer).await;
    let response = switch(store, "kk", "/initiatives?status=active", Some(&session)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/initiatives?status=active");
    let cookie = language_cookie(&response).expect("a language cookie");
    assert!(
        cookie.starts_with("accord_language=kk;") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    let officer = store
        .user_by_email("officer@test.kz")
        .await
        .expect("lookup")
        .expect("officer");
    assert_eq!(officer.language, Some(Language::Kazakh));
    // Same URL, now in Kazakh, even though the browser asks for English.
    let (status, html) = page(
        store,
        "/initiatives?status=active",
        &[
            (header::COOKIE, session.as_str()),
            (header::ACCEPT_LANGUAGE, "en"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"<html lang="kk""#));
    assert!(html.contains(&Language::Kazakh.t("nav-dashboard")));
    assert!(html.contains(r#"aria-pressed="true""#));
}

async fn a_saved_choice_follows_the_user_to_another_browser(store: &Store) {
    let session = sign_in_as(store, Role::Manager).await;
    switch(store, "ru", "/", Some(&session)).await;
    // Another browser: no language cookie, English asked for; the saved choice wins.
    let other = sign_in_as(store, Role::Manager).await;
    let (_, html) = page(
        store,
        "/dashboard",
        &[
            (header::COOKIE, other.as_str()),
            (header::ACCEPT_LANGUAGE, "en-GB"),
        ],
    )
    .await;
    assert!(html.contains(r#"<html lang="ru""#));
    assert!(html.contains(&Language::Russian.t("nav-initiatives")));
}

async fn the_switcher_refuses_other_sites_and_unknown_languages(store: &Store) {
    for forged in [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
    ] {
        let response = switch(store, "ru", forged, None).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&response), "/", "{forged}");
    }
    let response = switch(store, "de", "/", None).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(language_cookie(&response).is_none());
    // A signed-out visitor may switch (the sign-in page has the switcher); nothing is saved.
    let response = switch(store, "kk", "/login", None).await;
    assert_eq!(location(&response), "/login");
    assert!(language_cookie(&response).is_some());
}

async fn post_preferences(
    store: &Store,
    session: &str,
    language: &str,
    zone: &str,
) -> axum::response::Response {
    let form =
        serde_urlencoded::to_string([("input[language]", language), ("input[time_zone]", zone)])
            .expect("form");
    let request = Request::post("/api/save_preferences")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, "http://localhost/account")
        .header(header::COOKIE, session)
        .body(Body::from(form))
        .expect("request");
    send(store, request).await
}

async fn the_account_page_saves_a_language_and_a_time_zone(store: &Store) {
    let session = sign_in_as(store, Role::Viewer).await;
    let response = post_preferences(store, &session, "kk", "Asia/Almaty").await;
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(location(&response), "/account?preferences_saved=1");
    let viewer = store
        .user_by_email("viewer@test.kz")
        .await
        .expect("lookup")
        .expect("viewer");
    assert_eq!(viewer.language, Some(Language::Kazakh));
    assert_eq!(viewer.time_zone.as_deref(), Some("Asia/Almaty"));
    let (_, html) = page(
        store,
        "/account?preferences_saved=1",
        &[(header::COOKIE, session.as_str())],
    )
    .await;
    assert!(html.contains(&Language::Kazakh.t("account-preferences-saved")));
    assert!(
        html.contains(r#"<option value="Asia/Almaty" selected"#),
        "{html}"
    );

    // A zone nobody has comes back next to its field, in her language, the form kept.
    let response = post_preferences(store, &session, "ru", "Atlantis/Capital").await;
    assert!(response.status().is_redirection(), "{}", response.status());
    let back = location(&response);
    assert!(back.starts_with("/account?rejected="), "{back}");
    let (_, html) = page(store, &back, &[(header::COOKIE, session.as_str())]).await;
    assert!(
        html.contains(&Language::Kazakh.t("account-error-time-zone")),
        "{html}"
    );
    let viewer = store
        .user_by_email("viewer@test.kz")
        .await
        .expect("lookup")
        .expect("viewer");
    assert_eq!(viewer.language, Some(Language::Kazakh), "nothing saved");

    // Back to following the browser and the office.
    post_preferences(store, &session, "", "").await;
    let viewer = store
        .user_by_email("viewer@test.kz")
        .await
        .expect("lookup")
        .expect("viewer");
    assert_eq!((viewer.language, viewer.time_zone), (None, None));
}

async fn exports_are_written_in_the_reader_s_language(store: &Store) {
    use crate::domain::Status;
    crate::server::seed::seed_demo(store, crate::server::store::test_support::TODAY)
        .await
        .expect("seed");
    let session = sign_in_as(store, Role::Manager).await;
    let (status, csv) = page(
        store,
        "/exports/initiatives",
        &[
            (header::COOKIE, session.as_str()),
            (header::ACCEPT_LANGUAGE, "ru"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let header = csv.lines().next().expect("a header row");
    assert!(
        header.contains(&Language::Russian.t("field-title")),
        "{header}"
    );
    assert!(
        header.contains(&Language::Russian.t("export-column-link")),
        "{header}"
    );
    assert!(
        csv.contains(&Language::Russian.name_of(Status::Active)),
        "{csv}"
    );
    // World regions are rows the code names: in the reader's language too.
    let (status, csv) = page(
        store,
        "/exports/dashboard?level=world",
        &[
            (header::COOKIE, session.as_str()),
            (header::ACCEPT_LANGUAGE, "kk"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let europe = Language::Kazakh.name_of(crate::domain::WorldRegion::Europe);
    assert!(csv.contains(&europe), "{europe} in {csv}");
    assert!(!csv.contains("Europe"), "{csv}");
    // The same export in English, as the tests of the exports read it.
    let (_, csv) = page(
        store,
        "/exports/initiatives",
        &[(header::COOKIE, session.as_str())],
    )
    .await;
    assert!(
        csv.lines()
            .next()
            .expect("a header")
            .contains("Title,Partner"),
        "{csv}"
    );
}

/// When the database is away the user's own choice cannot be read: the page that says so is
/// in the browser's language, and says nothing typed by anyone.
async fn the_outage_page_speaks_the_browser_s_language(store: &Store) {
    let session = sign_in_as(store, Role::Officer).await;
    let app = super::router(super::state(store));
    store.close().await;
    let request = Request::get("/initiatives")
        .header(header::COOKIE, session.as_str())
        .header(header::ACCEPT_LANGUAGE, "kk-KZ, ru;q=0.8")
        .body(Body::empty())
        .expect("request");
    let response = tower::ServiceExt::oneshot(app, request)
        .await
        .expect("response");
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    let html = body(response).await;
    assert!(html.contains("<html lang=\"kk\">"), "{html}");
    for id in [
        "outage-heading-unavailable",
        "outage-saved",
        "outage-try-again",
    ] {
        let text = html_escape::encode_text(&Language::Kazakh.t(id)).into_owned();
        assert!(html.contains(&text), "{id} in {html}");
    }
    assert!(!html.contains("Nothing you saved"), "{html}");
}
