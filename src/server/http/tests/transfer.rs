//! How responses travel: compressed when the browser accepts it, and kept by browsers only
//! where that is safe (see `server::assets`).

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;

use super::{send, sign_in};
use crate::server::store::Store;
use crate::server::store::test_support::on_both_databases;

on_both_databases!(
    pages_are_compressed_as_the_browser_accepts,
    a_missing_static_file_is_not_kept,
    a_streamed_export_is_compressed_to_its_end,
);

async fn get(
    store: &Store,
    uri: &str,
    headers: &[(header::HeaderName, &str)],
) -> axum::response::Response {
    let mut request = Request::get(uri);
    for (name, value) in headers {
        request = request.header(name, *value);
    }
    send(store, request.body(Body::empty()).expect("request")).await
}

fn header_of(response: &axum::response::Response, name: header::HeaderName) -> Option<String> {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

async fn bytes(response: axum::response::Response) -> Vec<u8> {
    response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec()
}

async fn pages_are_compressed_as_the_browser_accepts(store: &Store) {
    crate::server::seed::seed_demo(store, crate::server::store::test_support::TODAY)
        .await
        .expect("seed");
    let cookie = sign_in(store).await;
    let plain = get(store, "/initiatives", &[(header::COOKIE, cookie.as_str())]).await;
    assert_eq!(plain.status(), StatusCode::OK);
    assert_eq!(header_of(&plain, header::CONTENT_ENCODING), None);
    let plain = bytes(plain).await;
    assert!(plain.starts_with(b"<!DOCTYPE html>"));

    let gzip = get(
        store,
        "/initiatives",
        &[
            (header::COOKIE, cookie.as_str()),
            (header::ACCEPT_ENCODING, "gzip"),
        ],
    )
    .await;
    assert_eq!(
        header_of(&gzip, header::CONTENT_ENCODING).as_deref(),
        Some("gzip")
    );
    assert!(
        header_of(&gzip, header::VARY).is_some_and(|vary| vary.contains("accept-encoding")),
        "a cache must not give a compressed page to a browser that did not ask for it"
    );
    assert_eq!(
        header_of(&gzip, header::CACHE_CONTROL).as_deref(),
        Some("no-store")
    );
    let gzip = bytes(gzip).await;
    assert!(
        gzip.len() * 2 < plain.len(),
        "{} of {} bytes",
        gzip.len(),
        plain.len()
    );
    let mut read = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(gzip.as_slice()),
        &mut read,
    )
    .expect("a whole gzip stream");
    // The same page but for its nonce, which has the same length each time.
    assert!(read.starts_with(b"<!DOCTYPE html>"));
    assert_eq!(read.len(), plain.len());

    // A page the process keeps goes out as the gzip it made once (`server::gzip_pieces`),
    // also to a browser that would take brotli; one rendered afresh each time as brotli.
    let kept = get(
        store,
        "/initiatives",
        &[
            (header::COOKIE, cookie.as_str()),
            (header::ACCEPT_ENCODING, "gzip, deflate, br, zstd"),
        ],
    )
    .await;
    assert_eq!(
        header_of(&kept, header::CONTENT_ENCODING).as_deref(),
        Some("gzip")
    );
    assert!(header_of(&kept, header::VARY).is_some_and(|vary| vary.contains("accept-encoding")));
    let mut read = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(bytes(kept).await.as_slice()),
        &mut read,
    )
    .expect("a whole gzip stream");
    assert_eq!(read.len(), plain.len(), "the same page but for its nonce");
    let brotli = get(
        store,
        "/meetings",
        &[
            (header::COOKIE, cookie.as_str()),
            (header::ACCEPT_ENCODING, "gzip, deflate, br"),
        ],
    )
    .await;
    assert_eq!(
        header_of(&brotli, header::CONTENT_ENCODING).as_deref(),
        Some("br")
    );
    let plain_meetings =
        bytes(get(store, "/meetings", &[(header::COOKIE, cookie.as_str())]).await).await;
    assert!(bytes(brotli).await.len() * 2 < plain_meetings.len());
}

async fn a_missing_static_file_is_not_kept(store: &Store) {
    let response = get(store, "/pkg/accord.0123456789.css", &[]).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        header_of(&response, header::CACHE_CONTROL).as_deref(),
        Some("no-store")
    );
}

/// The CSV export streams page by page; compressed, it still ends cleanly with every row.
async fn a_streamed_export_is_compressed_to_its_end(store: &Store) {
    crate::server::seed::seed_demo(store, crate::server::store::test_support::TODAY)
        .await
        .expect("seed");
    let cookie = sign_in(store).await;
    let plain = get(
        store,
        "/exports/initiatives",
        &[(header::COOKIE, cookie.as_str())],
    )
    .await;
    let plain = bytes(plain).await;
    for encoding in ["gzip", "br"] {
        let response = get(
            store,
            "/exports/initiatives",
            &[
                (header::COOKIE, cookie.as_str()),
                (header::ACCEPT_ENCODING, encoding),
            ],
        )
        .await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(
            header_of(&response, header::CONTENT_ENCODING).as_deref(),
            Some(encoding)
        );
        let compressed = bytes(response).await;
        assert!(!compressed.is_empty() && compressed.len() < plain.len());
        if encoding == "gzip" {
            let mut read = Vec::new();
            std::io::Read::read_to_end(
                &mut flate2::read::GzDecoder::new(compressed.as_slice()),
                &mut read,
            )
            .expect("a whole gzip stream");
            assert_eq!(read, plain, "every row, as sent uncompressed");
        }
    }
}
