//! The spreadsheet import over HTTP, as a browser without JavaScript drives it: a multipart
//! upload, the review page, the confirming form post; and the files refused as a whole
//! (wrong encoding, a 5 MB cell) come back to the upload page with a clear message and
//! nothing kept.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use super::{body, get_with, location, send, sign_in_as};
use crate::domain::Role;
use crate::server::seed;
use crate::server::store::Store;
use crate::server::store::test_support::{TODAY, on_both_databases};

on_both_databases!(
    an_upload_is_reviewed_then_imported_once_without_javascript,
    files_that_cannot_be_read_are_refused_with_a_message_and_nothing_kept,
);

const BOUNDARY: &str = "accord-test-boundary";

async fn upload(store: &Store, cookie: &str, bytes: &[u8]) -> axum::response::Response {
    let mut form = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"desk <b>.csv\"\r\n\
         Content-Type: text/csv\r\n\r\n"
    )
    .into_bytes();
    form.extend_from_slice(bytes);
    form.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let request = Request::post("/uploads/initiatives")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::COOKIE, cookie)
        .body(Body::from(form))
        .expect("request");
    send(store, request).await
}

async fn drafts(store: &Store) -> i64 {
    crate::server::store::with_db!(store.db(), pool => {
        sqlx::query_scalar("SELECT COUNT(*) FROM sheet_imports").fetch_one(pool).await.expect("count")
    })
}

async fn an_upload_is_reviewed_then_imported_once_without_javascript(store: &Store) {
    seed::seed_demo(store, TODAY).await.expect("demo");
    let cookie = sign_in_as(store, Role::Officer).await;
    let sheet = "Ref;Title;Partner;Owner e-mail;Status\n\
                 T-1;Forum in Ghent;Flanders;;proposed\n\
                 T-2;Student exchange;Flanders;officer@test.kz;\n\
                 T-3;<script>alert(1)</script>;Flanders;;\n";
    let response = upload(store, &cookie, sheet.as_bytes()).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let review = location(&response);
    assert!(review.starts_with("/initiatives/import/"), "{review}");

    let (status, page) = get_with(store, &review, Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("3 will be created"), "{page}");
    assert!(
        page.contains("desk &lt;b&gt;.csv"),
        "the file name is shown as text"
    );
    assert!(!page.contains("<script>alert"), "a cell is shown as text");

    // Someone else's upload does not exist for them.
    let other = sign_in_as(store, Role::Manager).await;
    let (status, _) = get_with(store, &review, Some(&other)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let id = review.trim_start_matches("/initiatives/import/");
    let confirm = |cookie: String| {
        Request::post("/api/import_sheet")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "text/html")
            .header(header::REFERER, format!("http://127.0.0.1:3000{review}"))
            .header(header::COOKIE, cookie)
            .body(Body::from(format!("id={id}&plan=mapped%3D1%26c0%3Dexternal_ref%26c1%3Dtitle%26c2%3Dpartner%26c3%3Downer_email%26c4%3Dstatus")))
            .expect("request")
    };
    let response = send(store, confirm(cookie.clone())).await;
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(location(&response), review);
    let (_, page) = get_with(store, &review, Some(&cookie)).await;
    assert!(
        page.contains("has been imported: 3 initiatives created"),
        "{page}"
    );

    // Confirming again, or uploading the same file again, creates nothing.
    let again = send(store, confirm(cookie.clone())).await;
    assert!(again.status().is_redirection());
    let second = location(&upload(store, &cookie, sheet.as_bytes()).await);
    let (_, page) = get_with(store, &second, Some(&cookie)).await;
    assert!(page.contains("0 will be created"), "{page}");
    assert!(page.contains("3 were imported before"), "{page}");
    assert!(page.contains("There is nothing new to import"), "{page}");

    // A viewer may not upload.
    let viewer = sign_in_as(store, Role::Viewer).await;
    let refused = upload(store, &viewer, sheet.as_bytes()).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let _ = body(refused).await;
}

async fn files_that_cannot_be_read_are_refused_with_a_message_and_nothing_kept(store: &Store) {
    seed::seed_demo(store, TODAY).await.expect("demo");
    let cookie = sign_in_as(store, Role::Officer).await;
    // Windows-1251: "Title,Partner" then "Форум,Flanders".
    let mut cp1251 = b"Title,Partner\n".to_vec();
    cp1251.extend_from_slice(&[0xD4, 0xEE, 0xF0, 0xF3, 0xEC]);
    cp1251.extend_from_slice(b",Flanders\n");
    let huge = format!(
        "Title,Partner\n\"{}\",Flanders\n",
        "=x".repeat(5 * 512 * 1024)
    );
    for (bytes, problem, message) in [
        (cp1251, "problem=not_utf8&line=2", "Row 2 is not UTF-8 text"),
        (
            huge.into_bytes(),
            "problem=cell_too_long&line=2&column=1",
            "Row 2, column 1 holds 5,242,880 characters",
        ),
        (
            b"Title,Partner\n".to_vec(),
            "problem=no_rows",
            "no commitments under it",
        ),
    ] {
        let response = upload(store, &cookie, &bytes).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let target = location(&response);
        assert!(
            target.starts_with(&format!("/initiatives/import?{problem}")),
            "{target}"
        );
        let (status, page) = get_with(store, &target, Some(&cookie)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains(message), "{message}: {page}");
    }
    assert_eq!(drafts(store).await, 0, "nothing was kept");
}
