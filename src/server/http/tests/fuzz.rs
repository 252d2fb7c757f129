//! Hostile input at scale: thousands of generated requests (oversized, wrong types, broken
//! UTF-8, deep nesting, control characters, markup) to every server function and every plain
//! route, signed out and signed in as each role, through the real router. None may answer
//! 500 or panic, and a refused request writes nothing.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::{body, send, sign_in_as};
use crate::domain::Role;
use crate::server::seed;
use crate::server::store::Store;
use crate::server::store::test_support::{TODAY, on_both_databases};

on_both_databases!(generated_hostile_requests_never_answer_500_nor_write_when_refused);

/// Requests per engine (ACCORD_FUZZ_REQUESTS to try more or fewer).
fn requests() -> usize {
    std::env::var("ACCORD_FUZZ_REQUESTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000)
}

const KEYS: &[&str] = &[
    "id",
    "version",
    "search",
    "since",
    "role",
    "active",
    "title",
    "input",
    "query",
    "input[title]",
    "input[description]",
    "input[partner_id]",
    "input[deadline]",
    "input[status]",
    "input[sector_ids][0]",
    "input[sector_ids][]",
    "input[owner_id]",
    "input[confidentiality]",
    "input[obligor]",
    "input[strength]",
    "input[to_status]",
    "input[note]",
    "input[evidence_url]",
    "input[text]",
    "input[source_url]",
    "input[email]",
    "input[display_name]",
    "input[role]",
    "input[held_on]",
    "input[location]",
    "input[participants][0][name]",
    "input[participants][99999999][side]",
    "input[commitments][0][decision]",
    "input[commitments][0][existing_id]",
    "query[level]",
    "query[q]",
    "query[sort]",
    "query[cursor]",
    "query[partner]",
    "query[status]",
    "query[health]",
    "query[sector]",
    "query[owner]",
    "query[all]",
    "email",
    "password",
    "next",
    "__path",
    "__err",
    "rejected",
];

const VALUES: &[&str] = &[
    "",
    "1",
    "-1",
    "0",
    "2",
    "9223372036854775807",
    "99999999999999999999999",
    "1e309",
    "NaN",
    "abc",
    "true",
    "false",
    "null",
    "[]",
    "{}",
    "2026-02-30",
    "2026-12-03",
    "0000-00-00",
    "<script>alert(1)</script>",
    "X</title><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
    "=cmd|' /C calc'!A0",
    "+SUM(1)",
    "@x",
    "\u{0}",
    "\u{7}\u{1b}[2J",
    "\r\nSet-Cookie: x=y",
    "//evil.example",
    "/\t/evil.example",
    "../../etc/passwd",
    "\u{202e}gnp.exe",
    "１２",
    "🤝🏽",
    "Казахстан",
    "Қазақстан",
    "completed",
    "active",
    "proposed",
    "blocked",
    "dropped",
    "admin",
    "viewer",
    "restricted",
    "public",
    "top",
    "country",
    "sub_national",
    "aida@demo.accord.test",
    "%",
    "_",
    "\\",
    "'; DROP TABLE initiatives; --",
];

fn hostile_value(rng: &mut ChaCha8Rng) -> Vec<u8> {
    match rng.random_range(0..20) {
        // Oversized.
        0 => "x".repeat(rng.random_range(10_000..300_000)).into_bytes(),
        // Broken UTF-8.
        1 => vec![0xff, 0xfe, b'a', 0xc3, 0x28, 0xe2, 0x82],
        // Random bytes.
        2 => (0..rng.random_range(1..64)).map(|_| rng.random()).collect(),
        _ => VALUES[rng.random_range(0..VALUES.len())]
            .as_bytes()
            .to_vec(),
    }
}

fn hostile_key(rng: &mut ChaCha8Rng) -> String {
    match rng.random_range(0..15) {
        // Deep nesting.
        0 => format!("input{}", "[a]".repeat(rng.random_range(5..400))),
        1 => format!("{}[", KEYS[rng.random_range(0..KEYS.len())]),
        _ => KEYS[rng.random_range(0..KEYS.len())].to_owned(),
    }
}

/// A form-encoded body; raw bytes are percent-encoded as a browser would (or not at all).
fn form_body(rng: &mut ChaCha8Rng) -> Vec<u8> {
    let mut out = Vec::new();
    for k in 0..rng.random_range(0..10) {
        if k > 0 {
            out.push(b'&');
        }
        let key = hostile_key(rng);
        let value = hostile_value(rng);
        let raw = rng.random_bool(0.1);
        for (part, sep) in [(key.into_bytes(), b'='), (value, b'&')] {
            if raw {
                out.extend_from_slice(&part);
            } else {
                out.extend_from_slice(
                    serde_urlencoded::to_string([("", String::from_utf8_lossy(&part))])
                        .unwrap_or_default()
                        .trim_start_matches('=')
                        .as_bytes(),
                );
            }
            if sep == b'=' {
                out.push(b'=');
            }
        }
    }
    out
}

fn json_body(rng: &mut ChaCha8Rng) -> Vec<u8> {
    let depth = rng.random_range(0..300);
    let mut text = "[".repeat(depth);
    text.push_str(&format!(
        "{{\"input\":{{\"title\":{:?},\"id\":\"{}\"}}}}",
        String::from_utf8_lossy(&hostile_value(rng)),
        rng.random::<i64>()
    ));
    text.push_str(&"]".repeat(rng.random_range(0..=depth)));
    text.into_bytes()
}

fn page_path(rng: &mut ChaCha8Rng) -> String {
    let id = match rng.random_range(0..4) {
        0 => "1".to_owned(),
        1 => rng.random_range(1..40).to_string(),
        2 => "-5".to_owned(),
        _ => String::from_utf8_lossy(&hostile_value(rng))
            .chars()
            .take(40)
            .collect(),
    };
    let id = serde_urlencoded::to_string([("", id)])
        .unwrap_or_default()
        .trim_start_matches('=')
        .to_owned();
    let path = match rng.random_range(0..17) {
        0 => "/".to_owned(),
        1 => "/login".to_owned(),
        2 => "/dashboard".to_owned(),
        3 => "/dashboard/changes".to_owned(),
        4 => "/initiatives".to_owned(),
        5 => "/initiatives/new".to_owned(),
        6 => format!("/initiatives/{id}"),
        7 => format!("/initiatives/{id}/edit"),
        8 => "/meetings".to_owned(),
        9 => "/meetings/new".to_owned(),
        10 => "/meetings/import".to_owned(),
        11 => format!("/meetings/import/{id}"),
        12 => format!("/meetings/{id}"),
        13 => format!("/partners/{id}"),
        14 => "/admin/users".to_owned(),
        15 => "/readyz".to_owned(),
        _ => format!("/no/such/{id}"),
    };
    let query = String::from_utf8_lossy(&form_body(rng)).into_owned();
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

/// What refused requests must not change: counts of every table a write touches.
async fn fingerprint(store: &Store) -> Vec<i64> {
    let sql = "SELECT (SELECT COUNT(*) FROM initiatives), (SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM initiatives), \
               (SELECT COUNT(*) FROM meetings), (SELECT COUNT(*) FROM users), \
               (SELECT COUNT(*) FROM audit_events), (SELECT COUNT(*) FROM updates), \
               (SELECT COUNT(*) FROM readout_imports), (SELECT COUNT(*) FROM partners)";
    let row: (i64, i64, i64, i64, i64, i64, i64, i64) = crate::server::store::with_db!(store.db(), pool => {
        sqlx::query_as(sql).fetch_one(pool).await.expect("fingerprint")
    });
    vec![row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7]
}

async fn generated_hostile_requests_never_answer_500_nor_write_when_refused(store: &Store) {
    // What refused a request is in the log when a case fails.
    let _ = tracing_subscriber::fmt()
        .with_env_filter("accord=warn")
        .with_test_writer()
        .try_init();
    seed::seed_demo(store, TODAY).await.expect("seed");
    let mut cookies = vec![None];
    for role in [Role::Admin, Role::Manager, Role::Officer, Role::Viewer] {
        cookies.push(Some(sign_in_as(store, role).await));
    }
    let functions: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_owned())
        .collect();
    assert!(functions.len() > 20, "every server function is a target");
    let mut rng = ChaCha8Rng::seed_from_u64(15);
    let mut by_status = std::collections::BTreeMap::<u16, usize>::new();
    let started = std::time::Instant::now();
    for n in 0..requests() {
        let who = rng.random_range(0..cookies.len());
        let kind = rng.random_range(0..100);
        let (method, uri, content) = if kind < 60 {
            let path = functions[rng.random_range(0..functions.len())].clone();
            (axum::http::Method::POST, path, true)
        } else if kind < 62 {
            (axum::http::Method::POST, "/login".to_owned(), true)
        } else if kind < 63 && who == 0 {
            (axum::http::Method::POST, "/logout".to_owned(), true)
        } else {
            (axum::http::Method::GET, page_path(&mut rng), false)
        };
        let mut request = Request::builder()
            .method(method.clone())
            .uri(uri.as_str())
            .header(header::HOST, "127.0.0.1:3000");
        if rng.random_bool(0.5) {
            request = request
                .header(header::ACCEPT, "text/html")
                .header(header::REFERER, "http://127.0.0.1:3000/initiatives/new");
        }
        if let Some(cookie) = &cookies[who] {
            request = request.header(header::COOKIE, cookie.as_str());
        }
        let body_bytes = if content {
            match rng.random_range(0..10) {
                0 => {
                    request = request.header(header::CONTENT_TYPE, "application/json");
                    json_body(&mut rng)
                }
                1 => {
                    request = request.header(header::CONTENT_TYPE, "text/plain");
                    hostile_value(&mut rng)
                }
                2 => hostile_value(&mut rng),
                _ => {
                    request =
                        request.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
                    form_body(&mut rng)
                }
            }
        } else {
            Vec::new()
        };
        // Invalid URIs are refused by the HTTP layer before they reach the app.
        let shown_body = String::from_utf8_lossy(&body_bytes)
            .chars()
            .take(300)
            .collect::<String>();
        let Ok(request) = request.body(Body::from(body_bytes)) else {
            continue;
        };
        let before = fingerprint(store).await;
        let Ok(response) =
            tokio::time::timeout(std::time::Duration::from_secs(20), send(store, request)).await
        else {
            panic!(
                "request {n}: {method} {} {shown_body:?} as caller #{who} hung",
                uri.chars().take(200).collect::<String>()
            );
        };
        let status = response.status();
        let refused_form = super::location(&response).contains("rejected=");
        *by_status.entry(status.as_u16()).or_default() += 1;
        let text = body(response).await;
        assert!(
            status != StatusCode::INTERNAL_SERVER_ERROR,
            "request {n}: {method} {} {shown_body:?} as caller #{who} answered 500: {}",
            uri.chars().take(200).collect::<String>(),
            text.chars().take(400).collect::<String>()
        );
        for internal in [
            "error deserializing",
            "missing field `",
            "register_explicit",
        ] {
            assert!(!text.contains(internal), "request {n}: {uri}: {text:.400}");
        }
        if status.is_client_error() || refused_form {
            assert_eq!(
                fingerprint(store).await,
                before,
                "request {n}: {method} {uri:.200} was refused ({status}) but wrote"
            );
        }
    }
    println!(
        "{} hostile requests in {:?}, by status: {by_status:?}",
        requests(),
        started.elapsed()
    );
}
