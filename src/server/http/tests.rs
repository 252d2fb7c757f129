//! Black-box tests of the router: real store (SQLite and PostgreSQL), real rendering, no socket.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use leptos::prelude::LeptosOptions;
use tower::ServiceExt;

use super::router;
use crate::domain::{NewUser, Role};
use crate::server::auth::password;
use crate::server::auth::session::AuthConfig;
use crate::server::seed;
use crate::server::state::AppState;
use crate::server::store::Store;
use crate::server::store::test_support::on_both_databases;

mod exports;
mod freshness;
mod fuzz;
mod hostile;
mod kept_pages;
mod languages;
mod passwords;
mod sheets;
mod time_zone;
mod transfer;
mod workbooks;

on_both_databases!(
    every_server_function_checks_who_is_asking,
    a_rejected_form_post_without_javascript_returns_to_the_form_filled_in,
    signed_out_visitors_are_sent_to_sign_in,
    server_functions_answer_401_without_a_session,
    wrong_passwords_and_unknown_users_get_the_same_answer,
    signing_in_rotates_the_session_and_signing_out_ends_it,
    deactivating_a_user_ends_their_session,
    repeated_failures_are_slowed_down_then_the_right_password_works,
    cross_site_posts_are_refused_and_headers_carry_the_policy,
    probes_answer,
    readiness_fails_when_the_database_is_gone,
    the_home_page_names_the_flanders_meeting,
    the_meetings_page_filters_on_the_server,
    a_meeting_page_shows_its_participants,
    unknown_pages_and_meetings_are_404,
);

const PASSWORD: &str = "a long test password";

fn state(store: &Store) -> AppState {
    let leptos_options = LeptosOptions::builder().output_name("accord").build();
    AppState {
        leptos_options,
        store: store.clone(),
        auth: AuthConfig::default(),
        default_language: crate::domain::Language::English,
    }
}

async fn send(store: &Store, request: Request<Body>) -> axum::response::Response {
    router(state(store))
        .oneshot(request)
        .await
        .expect("response")
}

async fn body(response: axum::response::Response) -> String {
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn location(response: &axum::response::Response) -> String {
    response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// The session cookie a response sets, as `name=value`.
fn session_cookie(response: &axum::response::Response) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("accord_session="))
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
}

/// Makes (once) a user with [`PASSWORD`]; returns their id.
async fn user(store: &Store, email: &str, role: Role) -> i64 {
    if let Some(existing) = store.user_by_email(email).await.expect("lookup") {
        return existing.id;
    }
    let created = store
        .create_user(
            &NewUser {
                email: email.into(),
                display_name: "Test User".into(),
                role,
            },
            None,
        )
        .await
        .expect("user");
    let hash = password::hash(PASSWORD.into()).await.expect("hash");
    store
        .set_password_hash(created.id, &hash, None)
        .await
        .expect("password");
    created.id
}

async fn post_login(
    store: &Store,
    email: &str,
    password: &str,
    cookie: Option<&str>,
) -> axum::response::Response {
    let form = serde_urlencoded::to_string([
        ("email", email),
        ("password", password),
        ("next", "/meetings"),
    ])
    .expect("form");
    let mut request =
        Request::post("/login").header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    send(store, request.body(Body::from(form)).expect("request")).await
}

/// Signs in as an officer; returns the session cookie.
async fn sign_in(store: &Store) -> String {
    user(store, "officer@test.kz", Role::Officer).await;
    let response = post_login(store, "officer@test.kz", PASSWORD, None).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/meetings");
    session_cookie(&response).expect("a session cookie")
}

/// GETs `uri` as a signed-in officer.
async fn get(store: &Store, uri: &str) -> (StatusCode, String) {
    let cookie = sign_in(store).await;
    get_with(store, uri, Some(&cookie)).await
}

/// GETs `uri` with `cookie`; a redirect answers with its location instead of the body.
async fn get_with(store: &Store, uri: &str, cookie: Option<&str>) -> (StatusCode, String) {
    let mut request = Request::get(uri);
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    let response = send(store, request.body(Body::empty()).expect("request")).await;
    let status = response.status();
    let location = location(&response);
    let text = body(response).await;
    (status, if location.is_empty() { text } else { location })
}

/// Signs in as a new user of `role`; returns the session cookie.
async fn sign_in_as(store: &Store, role: Role) -> String {
    let email = format!("{}@test.kz", role.as_str());
    user(store, &email, role).await;
    let response = post_login(store, &email, PASSWORD, None).await;
    session_cookie(&response).expect("a session cookie")
}

/// Every server function, called by nobody and by each role: the status each gets. Extend the
/// table with every new server function.
async fn every_server_function_checks_who_is_asking(store: &Store) {
    use StatusCode as S;
    seed::seed_demo(store, crate::server::store::test_support::TODAY)
        .await
        .expect("seed");
    let meeting = store
        .list_meetings("Diependaele", 1, false)
        .await
        .expect("search")[0]
        .id;
    let meeting_body = format!("id={meeting}");
    let edit_meeting = format!("id={meeting}&version=1&input[title]=");
    let find = |title: &'static str| async move {
        let all = store
            .list_initiatives(
                &Default::default(),
                crate::domain::InitiativeSort::Title,
                None,
                200,
                crate::server::store::test_support::TODAY,
            )
            .await
            .expect("list");
        let row = all
            .rows
            .into_iter()
            .find(|row| row.title == title)
            .expect(title);
        store.initiative(row.id).await.expect("initiative")
    };
    let open = find("Next session of the intergovernmental commission with Mongolia").await;
    let restricted = find("Direct air link between Astana and Ulaanbaatar").await;
    let partner = open.partner_id;
    let yerlan = store
        .user_by_email("yerlan@demo.accord.test")
        .await
        .expect("lookup")
        .expect("yerlan")
        .id;
    let viewer_id = user(store, "viewer@test.kz", Role::Viewer).await;
    let get_open = format!("id={}", open.id);
    let get_restricted = format!("id={}", restricted.id);
    let defaults = format!("meeting={meeting}");
    let empty_initiative = "input[title]=&input[partner_id]=&input[status]=proposed";
    // A valid edit on a stale version: the callers allowed to edit get 409, nothing changes.
    let stale_edit = format!(
        "id={}&version=999&input[title]=Renamed&input[partner_id]={partner}&input[status]=active\
         &input[obligor]=joint&input[strength]=firm&input[confidentiality]=internal\
         &input[owner_id]={}&input[deadline]=2027-01-01",
        open.id,
        open.owner_id.unwrap_or_default()
    );
    let stale_status = format!(
        "id={}&version=999&input[to_status]=blocked&input[note]=held",
        open.id
    );
    // A readout Yerlan pasted: his and the admins' to review, nobody else's.
    let draft = store
        .save_readout_draft(
            &crate::domain::import::ReadoutText {
                text: "The parties agreed to hold a business forum in Astana.".into(),
                source_url: None,
            },
            yerlan,
        )
        .await
        .expect("draft");
    let get_draft = format!("id={draft}");
    // A spreadsheet Yerlan uploaded, with a partner nobody has: its import is refused.
    let sheet = store
        .save_sheet_draft("mine.csv", "Title,Partner\nForum,Atlantis\n", yerlan)
        .await
        .expect("sheet");
    let get_sheet = format!("id={sheet}&plan=");
    let import_sheet = format!("id={sheet}&plan=");
    let accept_draft = format!("id={draft}&input[meeting][title]=");
    let authors_only = [
        S::UNAUTHORIZED,
        S::OK,
        S::NOT_FOUND,
        S::NOT_FOUND,
        S::FORBIDDEN,
    ];
    let get_partner = format!("id={partner}");
    let edit_partner = format!("id={partner}&version=1&input[name]=");
    let update_user = format!("id={viewer_id}&version=1&role=viewer&active=true");
    let retire_partner = format!("id={partner}&version=999&input[retire]=yes");
    let merge_partner = format!("id={partner}&version=1&input[into]=");
    let edit_sector = "id=1&version=1&input[name]=";
    let retire_sector = "id=1&version=999&input[retire]=yes";
    let delete_open = format!("id={}&version={}&input[reason]=", open.id, open.version);
    let delete_meeting = format!("id={meeting}&version=1&input[reason]=");
    let admin_invalid = [
        S::UNAUTHORIZED,
        S::UNPROCESSABLE_ENTITY,
        S::FORBIDDEN,
        S::FORBIDDEN,
        S::FORBIDDEN,
    ];
    let reset_password = format!("id={yerlan}");
    let all_read = [S::UNAUTHORIZED, S::OK, S::OK, S::OK, S::OK];
    let admin_only = [
        S::UNAUTHORIZED,
        S::OK,
        S::FORBIDDEN,
        S::FORBIDDEN,
        S::FORBIDDEN,
    ];
    let invalid_unless_viewer = [
        S::UNAUTHORIZED,
        S::UNPROCESSABLE_ENTITY,
        S::UNPROCESSABLE_ENTITY,
        S::UNPROCESSABLE_ENTITY,
        S::FORBIDDEN,
    ];
    // The officer in this table owns nothing, so the owner's edits are refused to them.
    let stale_unless_not_owner = [
        S::UNAUTHORIZED,
        S::CONFLICT,
        S::CONFLICT,
        S::FORBIDDEN,
        S::FORBIDDEN,
    ];
    // (endpoint, body, [nobody, admin, manager, officer, viewer])
    let table: Vec<(&str, &str, [StatusCode; 5])> = vec![
        ("/api/list_meetings", "search=", all_read),
        ("/api/get_meeting", meeting_body.as_str(), all_read),
        ("/api/current_user", "", [S::OK, S::OK, S::OK, S::OK, S::OK]),
        ("/api/list_initiatives", "query[q]=", all_read),
        ("/api/my_initiatives", "", all_read),
        ("/api/form_options", "", all_read),
        ("/api/get_initiative", get_open.as_str(), all_read),
        (
            "/api/get_initiative",
            get_restricted.as_str(),
            [S::UNAUTHORIZED, S::OK, S::OK, S::OK, S::NOT_FOUND],
        ),
        (
            "/api/new_initiative_defaults",
            defaults.as_str(),
            [S::UNAUTHORIZED, S::OK, S::OK, S::OK, S::FORBIDDEN],
        ),
        (
            "/api/create_initiative",
            empty_initiative,
            invalid_unless_viewer,
        ),
        (
            "/api/update_initiative",
            stale_edit.as_str(),
            stale_unless_not_owner,
        ),
        (
            "/api/change_status",
            stale_status.as_str(),
            stale_unless_not_owner,
        ),
        (
            "/api/create_meeting",
            "input[title]=",
            invalid_unless_viewer,
        ),
        (
            "/api/update_meeting",
            edit_meeting.as_str(),
            invalid_unless_viewer,
        ),
        (
            "/api/start_readout_import",
            "input[text]=",
            invalid_unless_viewer,
        ),
        ("/api/get_readout_import", get_draft.as_str(), authors_only),
        (
            "/api/accept_readout_import",
            accept_draft.as_str(),
            [
                S::UNAUTHORIZED,
                S::UNPROCESSABLE_ENTITY,
                S::NOT_FOUND,
                S::NOT_FOUND,
                S::FORBIDDEN,
            ],
        ),
        ("/api/get_sheet_import", get_sheet.as_str(), authors_only),
        (
            "/api/import_sheet",
            import_sheet.as_str(),
            [
                S::UNAUTHORIZED,
                S::UNPROCESSABLE_ENTITY,
                S::NOT_FOUND,
                S::NOT_FOUND,
                S::FORBIDDEN,
            ],
        ),
        ("/api/get_partner", get_partner.as_str(), all_read),
        ("/api/get_dashboard", "query[level]=top", all_read),
        ("/api/get_changes", "since=2026-01-01", all_read),
        ("/api/admin_list_users", "", admin_only),
        ("/api/admin_audit", "query[kind]=meeting", admin_only),
        ("/api/admin_partners", "", admin_only),
        ("/api/admin_sectors", "", admin_only),
        ("/api/admin_create_sector", "input[name]=", admin_invalid),
        ("/api/admin_update_sector", edit_sector, admin_invalid),
        (
            "/api/admin_retire_sector",
            retire_sector,
            [
                S::UNAUTHORIZED,
                S::CONFLICT,
                S::FORBIDDEN,
                S::FORBIDDEN,
                S::FORBIDDEN,
            ],
        ),
        (
            "/api/admin_update_partner",
            edit_partner.as_str(),
            [
                S::UNAUTHORIZED,
                S::UNPROCESSABLE_ENTITY,
                S::FORBIDDEN,
                S::FORBIDDEN,
                S::FORBIDDEN,
            ],
        ),
        (
            "/api/admin_create_partner",
            "input[name]=",
            [
                S::UNAUTHORIZED,
                S::UNPROCESSABLE_ENTITY,
                S::FORBIDDEN,
                S::FORBIDDEN,
                S::FORBIDDEN,
            ],
        ),
        (
            "/api/admin_create_user",
            "input[email]=not-an-email&input[display_name]=X&input[role]=officer",
            [
                S::UNAUTHORIZED,
                S::UNPROCESSABLE_ENTITY,
                S::FORBIDDEN,
                S::FORBIDDEN,
                S::FORBIDDEN,
            ],
        ),
        ("/api/admin_update_user", update_user.as_str(), admin_only),
        (
            "/api/admin_retire_partner",
            retire_partner.as_str(),
            [
                S::UNAUTHORIZED,
                S::CONFLICT,
                S::FORBIDDEN,
                S::FORBIDDEN,
                S::FORBIDDEN,
            ],
        ),
        (
            "/api/admin_merge_partner",
            merge_partner.as_str(),
            admin_invalid,
        ),
        // Without a reason nothing is deleted, not even by an admin.
        (
            "/api/admin_delete_initiative",
            delete_open.as_str(),
            admin_invalid,
        ),
        (
            "/api/admin_delete_meeting",
            delete_meeting.as_str(),
            admin_invalid,
        ),
        (
            "/api/admin_reset_password",
            reset_password.as_str(),
            admin_only,
        ),
        // Public: the link is the proof; an unknown link is 404, using one is a field error.
        (
            "/api/password_link",
            "token=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            [S::NOT_FOUND; 5],
        ),
        (
            "/api/set_password_with_link",
            "token=0123&password=a%20long%20new%20password&repeat=a%20long%20new%20password",
            [S::UNPROCESSABLE_ENTITY; 5],
        ),
        (
            "/api/save_preferences",
            "input[language]=ru&input[time_zone]=Nowhere%2FCity",
            [
                S::UNAUTHORIZED,
                S::UNPROCESSABLE_ENTITY,
                S::UNPROCESSABLE_ENTITY,
                S::UNPROCESSABLE_ENTITY,
                S::UNPROCESSABLE_ENTITY,
            ],
        ),
        (
            "/api/change_password",
            "current=not%20it&password=&repeat=",
            [
                S::UNAUTHORIZED,
                S::UNPROCESSABLE_ENTITY,
                S::UNPROCESSABLE_ENTITY,
                S::UNPROCESSABLE_ENTITY,
                S::UNPROCESSABLE_ENTITY,
            ],
        ),
    ];
    // Every registered server function has a row.
    for (path, _) in leptos::server_fn::axum::server_fn_paths() {
        assert!(
            table.iter().any(|(endpoint, _, _)| *endpoint == path),
            "{path} has no row in the role matrix"
        );
    }
    let mut cookies = vec![None];
    for role in [Role::Admin, Role::Manager, Role::Officer, Role::Viewer] {
        cookies.push(Some(sign_in_as(store, role).await));
    }
    for (endpoint, form, expected) in table {
        for (who, cookie) in cookies.iter().enumerate() {
            let mut request = Request::post(endpoint)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
            if let Some(cookie) = cookie {
                request = request.header(header::COOKIE, cookie);
            }
            let response = send(
                store,
                request.body(Body::from(form.to_owned())).expect("request"),
            )
            .await;
            let status = response.status();
            let text = body(response).await;
            assert_eq!(status, expected[who], "{endpoint} as caller #{who}: {text}");
            if status == S::UNAUTHORIZED || status == S::FORBIDDEN {
                assert!(
                    !text.contains("Flanders"),
                    "{endpoint} leaks records to caller #{who}"
                );
            }
        }
    }
}

async fn signed_out_visitors_are_sent_to_sign_in(store: &Store) {
    assert_eq!(
        get_with(store, "/", None).await,
        (StatusCode::SEE_OTHER, "/login".into())
    );
    assert_eq!(
        get_with(store, "/meetings?q=x", None).await,
        (
            StatusCode::SEE_OTHER,
            "/login?next=%2Fmeetings%3Fq%3Dx".into()
        )
    );
    let (status, html) = get_with(store, "/login", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Sign in to Accord"), "{html}");
}

async fn server_functions_answer_401_without_a_session(store: &Store) {
    seed::seed_demo(store, crate::server::store::test_support::TODAY)
        .await
        .expect("seed");
    let request = Request::post("/api/list_meetings")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("search="))
        .expect("request");
    let response = send(store, request).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let text = body(response).await;
    assert!(!text.contains("Flanders"), "no records leak: {text}");
}

async fn wrong_passwords_and_unknown_users_get_the_same_answer(store: &Store) {
    user(store, "officer@test.kz", Role::Officer).await;
    let wrong = post_login(store, "officer@test.kz", "not the password", None).await;
    let unknown = post_login(store, "nobody@test.kz", "not the password", None).await;
    assert_eq!(wrong.status(), StatusCode::SEE_OTHER);
    // The same answer but for the token naming the kept email (never the email itself).
    let shape = |response: &axum::response::Response| {
        let target = location(response);
        let token = target
            .split('&')
            .find_map(|pair| pair.strip_prefix("rejected="))
            .unwrap_or_default()
            .to_owned();
        (target.replace(&token, "TOKEN"), token.len())
    };
    assert_eq!(
        shape(&wrong),
        (
            "/login?error=invalid&rejected=TOKEN&next=%2Fmeetings".to_owned(),
            16
        )
    );
    assert_eq!(shape(&unknown), shape(&wrong));
    assert!(!location(&wrong).contains("officer"));
}

async fn signing_in_rotates_the_session_and_signing_out_ends_it(store: &Store) {
    let first = sign_in(store).await;
    assert_eq!(
        get_with(store, "/meetings", Some(&first)).await.0,
        StatusCode::OK
    );
    // Signing in again with that cookie: the session id changes and the old one stops working.
    let again = post_login(store, "officer@test.kz", PASSWORD, Some(&first)).await;
    let second = session_cookie(&again).expect("a new cookie");
    assert_ne!(first, second);
    assert_eq!(
        get_with(store, "/meetings", Some(&first)).await.0,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        get_with(store, "/meetings", Some(&second)).await.0,
        StatusCode::OK
    );

    let logout = Request::post("/logout")
        .header(header::COOKIE, &second)
        .body(Body::empty())
        .expect("request");
    let logout = send(store, logout).await;
    assert_eq!(
        (logout.status(), location(&logout)),
        (StatusCode::SEE_OTHER, "/login?signed_out=1".into())
    );
    assert_eq!(
        get_with(store, "/meetings", Some(&second)).await.0,
        StatusCode::SEE_OTHER
    );
}

async fn deactivating_a_user_ends_their_session(store: &Store) {
    let cookie = sign_in(store).await;
    let officer = store
        .user_by_email("officer@test.kz")
        .await
        .expect("lookup")
        .expect("exists");
    store
        .update_user(
            officer.id,
            officer.version,
            &officer.display_name,
            officer.role,
            false,
            None,
        )
        .await
        .expect("deactivate");
    assert_eq!(
        get_with(store, "/meetings", Some(&cookie)).await.0,
        StatusCode::SEE_OTHER
    );
    let response = post_login(store, "officer@test.kz", PASSWORD, None).await;
    assert!(
        location(&response).starts_with("/login?error=invalid"),
        "disabled users cannot sign in"
    );
}

async fn repeated_failures_are_slowed_down_then_the_right_password_works(store: &Store) {
    user(store, "officer@test.kz", Role::Officer).await;
    for _ in 0..6 {
        let response = post_login(store, "officer@test.kz", "wrong password!", None).await;
        assert!(location(&response).starts_with("/login?error="));
    }
    let refused = post_login(store, "officer@test.kz", PASSWORD, None).await;
    let refused_at = location(&refused);
    assert!(
        refused_at.starts_with("/login?error=throttled"),
        "{refused_at}"
    );
    assert!(refused_at.contains("retry="), "{refused_at}");
    // Not signed in: at most a session that keeps the typed email.
    if let Some(cookie) = session_cookie(&refused) {
        assert_eq!(
            get_with(store, "/meetings", Some(&cookie)).await.0,
            StatusCode::SEE_OTHER
        );
    }
    // Let the delay pass (without sleeping): move the last failure back in time.
    crate::server::store::with_db!(store.db(), pool => {
        sqlx::query("UPDATE login_failures SET last_failure_at = $1")
            .bind(store.now() - chrono::Duration::minutes(10))
            .execute(pool)
            .await
            .expect("age the failures");
    });
    let accepted = post_login(store, "officer@test.kz", PASSWORD, None).await;
    assert_eq!(location(&accepted), "/meetings");
    assert!(session_cookie(&accepted).is_some());
}

fn list_meetings_post(cookie: &str, extra: Option<(&'static str, &'static str)>) -> Request<Body> {
    let mut request = Request::post("/api/list_meetings")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::COOKIE, cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some((name, value)) = extra {
        request = request.header(name, value);
    }
    request.body(Body::from("search=")).expect("request")
}

async fn cross_site_posts_are_refused_and_headers_carry_the_policy(store: &Store) {
    let cookie = sign_in(store).await;
    for extra in [
        ("origin", "https://evil.example"),
        ("sec-fetch-site", "cross-site"),
    ] {
        let response = send(store, list_meetings_post(&cookie, Some(extra))).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{extra:?}");
    }
    let same_origin = send(
        store,
        list_meetings_post(&cookie, Some(("origin", "http://127.0.0.1:3000"))),
    )
    .await;
    assert_eq!(same_origin.status(), StatusCode::OK);

    let page = Request::get("/meetings")
        .header(header::COOKIE, &cookie)
        .body(Body::empty())
        .expect("request");
    let page = send(store, page).await;
    let headers = page.headers().clone();
    let csp = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(
        csp.contains("frame-ancestors 'none'") && csp.contains("'nonce-"),
        "{csp}"
    );
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("nonce")
        .to_owned();
    let html = body(page).await;
    assert!(
        html.contains(&format!("nonce=\"{nonce}\"")),
        "the page's scripts carry the nonce"
    );
    assert_eq!(
        headers
            .get(header::X_CONTENT_TYPE_OPTIONS)
            .map(|v| v.as_bytes()),
        Some(&b"nosniff"[..])
    );
    assert!(headers.get(header::REFERRER_POLICY).is_some());
    let probe = send(
        store,
        Request::get("/healthz")
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    assert!(
        probe
            .headers()
            .get(header::CONTENT_SECURITY_POLICY)
            .is_some()
    );
    let login = post_login(store, "officer@test.kz", PASSWORD, None).await;
    let set_cookie = login
        .headers()
        .get(header::SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"),
        "{set_cookie}"
    );
}

async fn probes_answer(store: &Store) {
    assert_eq!(get_with(store, "/healthz", None).await.0, StatusCode::OK);
    assert_eq!(get_with(store, "/readyz", None).await.0, StatusCode::OK);
}

async fn readiness_fails_when_the_database_is_gone(store: &Store) {
    let app = router(state(store));
    assert_eq!(get_with(store, "/healthz", None).await.0, StatusCode::OK);
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
    assert_eq!(get_with(store, "/healthz", None).await.0, StatusCode::OK);
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
    let flanders = store
        .list_meetings("Diependaele", 5, false)
        .await
        .expect("search");
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

async fn a_rejected_form_post_without_javascript_returns_to_the_form_filled_in(store: &Store) {
    let cookie = sign_in_as(store, Role::Officer).await;
    let post = |body: &'static str, referer: &'static str| {
        Request::post("/api/create_initiative")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "text/html,application/xhtml+xml")
            .header(header::REFERER, referer)
            .header(header::COOKIE, cookie.as_str())
            .body(Body::from(body))
            .expect("request")
    };
    let response = send(
        store,
        post(
            "input[title]=&input[description]=Typed+text+%C3%A9&input[partner_id]=&input[status]=proposed",
            "http://127.0.0.1:3000/initiatives/new?meeting=7&rejected=old",
        ),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let target = location(&response);
    assert!(
        target.starts_with("/initiatives/new?meeting=7&rejected="),
        "{target}"
    );
    assert_eq!(target.matches("rejected=").count(), 1, "{target}");
    // What the page then shows is checked in hostile.rs (the typed text stays on the server).
    assert!(!target.contains("Typed"), "{target}");

    // A referer on another site is never a redirect target.
    let response = send(store, post("input[title]=", "https://evil.example/steal")).await;
    let target = location(&response);
    assert!(
        target.starts_with('/') && !target.starts_with("//"),
        "{target}"
    );
}
