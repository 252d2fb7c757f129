//! The initiative list as a CSV download: the same rows the list counts, across many pages,
//! restricted ones left out for viewers, and nothing a spreadsheet would run as a formula.

use axum::http::StatusCode;

use super::{get_with, sign_in_as};
use crate::domain::listing::ListQuery;
use crate::domain::{InitiativeFilter, NewInitiative, Role, Status};
use crate::server::seed;
use crate::server::store::Store;
use crate::server::store::test_support::{TODAY, every_initiative, on_both_databases};

on_both_databases!(an_export_has_the_rows_the_list_counts_and_runs_no_formula);

const FORMULA_TITLE: &str = "=HYPERLINK(\"https://evil.example\",\"Open me\")";

/// The data rows of a CSV download (the BOM and header checked and dropped).
fn rows_of(csv_text: &str) -> Vec<csv::StringRecord> {
    let text = csv_text
        .strip_prefix('\u{feff}')
        .expect("a BOM, so spreadsheets read UTF-8");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().expect("header").clone();
    assert_eq!(&header[0], "Id");
    assert_eq!(&header[1], "Title");
    reader
        .records()
        .map(|record| record.expect("a well-formed row"))
        .collect()
}

async fn count(store: &Store, query: &str, hide_restricted: bool) -> usize {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).expect("query");
    let query = ListQuery::from_pairs(|name| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    });
    let filter = InitiativeFilter {
        hide_restricted,
        ..query.filter()
    };
    store
        .count_initiatives(&filter, TODAY)
        .await
        .expect("count") as usize
}

async fn an_export_has_the_rows_the_list_counts_and_runs_no_formula(store: &Store) {
    seed::seed_demo(store, TODAY).await.expect("demo");
    store
        .seed_synthetic(2_300, 7, TODAY)
        .await
        .expect("synthetic");
    let some = every_initiative(store).await[0].clone();
    let mut fields = crate::server::store::test_support::fields_of(&some);
    fields.title = FORMULA_TITLE.into();
    store
        .create_initiative(
            &NewInitiative {
                fields,
                status: Status::Proposed,
            },
            None,
            TODAY,
        )
        .await
        .expect("initiative");

    let manager = sign_in_as(store, Role::Manager).await;
    let (status, text) = get_with(store, "/exports/initiatives", Some(&manager)).await;
    assert_eq!(status, StatusCode::OK);
    let rows = rows_of(&text);
    assert_eq!(rows.len(), count(store, "", false).await, "every page");
    let mut ids: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), rows.len(), "no row twice across pages");
    let formula = rows
        .iter()
        .find(|r| r[1].ends_with(FORMULA_TITLE))
        .expect("the typed title");
    assert_eq!(
        &formula[1],
        &format!("'{FORMULA_TITLE}"),
        "shown as text, never run"
    );
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell:?}");
        }
    }

    let filtered = format!("status=active&partner={}&sort=title", some.partner_id);
    let (_, text) = get_with(
        store,
        &format!("/exports/initiatives?{filtered}"),
        Some(&manager),
    )
    .await;
    let rows = rows_of(&text);
    assert_eq!(rows.len(), count(store, &filtered, false).await);
    assert!(rows.iter().all(|r| &r[4] == "Active"));
    let titles: Vec<&str> = rows.iter().map(|r| &r[1]).collect();
    assert!(
        titles.windows(2).all(|w| w[0] <= w[1]),
        "in the list's order"
    );

    let viewer = sign_in_as(store, Role::Viewer).await;
    let (_, text) = get_with(store, "/exports/initiatives", Some(&viewer)).await;
    let rows = rows_of(&text);
    assert_eq!(rows.len(), count(store, "", true).await);
    let restricted: Vec<String> = every_initiative(store)
        .await
        .into_iter()
        .filter(|i| i.confidentiality == crate::domain::Confidentiality::Restricted)
        .map(|i| i.id.to_string())
        .collect();
    assert!(!restricted.is_empty());
    assert!(
        rows.iter()
            .all(|r| !restricted.iter().any(|id| id == &r[0]))
    );

    let (status, _) = get_with(store, "/exports/initiatives", None).await;
    assert_ne!(status, StatusCode::OK, "signed out: no export");
}
