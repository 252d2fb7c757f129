//! The initiative list as a CSV download: the same rows the list counts, across many pages,
//! restricted ones left out for viewers, and nothing a spreadsheet would run as a formula.

use axum::http::StatusCode;

use super::{get_with, sign_in_as};
use crate::domain::listing::ListQuery;
use crate::domain::{InitiativeFilter, NewInitiative, Role, Status};
use crate::server::seed;
use crate::server::store::Store;
use crate::server::store::test_support::{TODAY, every_initiative, on_both_databases};

on_both_databases!(
    an_export_has_the_rows_the_list_counts_and_runs_no_formula,
    the_dashboard_and_the_brief_download_what_their_pages_count,
);

const FORMULA_TITLE: &str = "=HYPERLINK(\"https://evil.example\",\"Open me\")";

/// The data rows of a CSV download of initiatives (the BOM and header checked and dropped).
fn rows_of(csv_text: &str) -> Vec<csv::StringRecord> {
    rows_under(csv_text, &["Id", "Title"])
}

/// The data rows of a CSV download whose header begins with `first_columns`.
fn rows_under(csv_text: &str, first_columns: &[&str]) -> Vec<csv::StringRecord> {
    let text = csv_text
        .strip_prefix('\u{feff}')
        .expect("a BOM, so spreadsheets read UTF-8");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().expect("header").clone();
    for (k, name) in first_columns.iter().enumerate() {
        assert_eq!(&header[k], *name);
    }
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

async fn the_dashboard_and_the_brief_download_what_their_pages_count(store: &Store) {
    use crate::domain::dashboard::DashboardLevel;
    seed::seed_demo(store, TODAY).await.expect("demo");
    store
        .seed_synthetic(300, 7, TODAY)
        .await
        .expect("synthetic");

    for (role, hide_restricted) in [(Role::Manager, false), (Role::Viewer, true)] {
        let cookie = sign_in_as(store, role).await;
        // Every row of the table at a level (the page shows the first 50), with the page's
        // figures: the rows' initiatives add up to what the user may count.
        let (status, text) = get_with(store, "/exports/dashboard?level=top", Some(&cookie)).await;
        assert_eq!(status, StatusCode::OK);
        let rows = rows_under(&text, &["Partner or region", "Initiatives"]);
        let filter = InitiativeFilter {
            hide_restricted,
            ..InitiativeFilter::default()
        };
        let figures = store
            .dashboard(TODAY, &filter, DashboardLevel::Top, true)
            .await
            .expect("figures");
        assert_eq!(rows.len(), figures.row_count, "{role:?}: every row");
        for (row, figure) in rows.iter().zip(&figures.rows) {
            assert_eq!(&row[0], figure.name.as_str());
            assert_eq!(row[1].parse::<i64>().expect("a count"), figure.total);
            assert_eq!(row[8].parse::<i64>().expect("overdue"), figure.overdue);
        }
        let (_, text) = get_with(store, "/exports/dashboard?level=world", Some(&cookie)).await;
        let counted: i64 = rows_under(&text, &["Partner or region"])
            .iter()
            .map(|row| row[1].parse::<i64>().expect("a count"))
            .sum();
        assert_eq!(
            counted as usize,
            count(store, "", hide_restricted).await,
            "{role:?}"
        );

        // The brief: the items its page lists, partner by partner.
        let since = TODAY - chrono::Days::new(120);
        let (status, text) = get_with(
            store,
            &format!("/exports/changes?since={since}"),
            Some(&cookie),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let rows = rows_under(&text, &["Partner", "What happened"]);
        let items = store
            .changes_since(
                since,
                TODAY,
                hide_restricted,
                crate::api::dashboard::CHANGES_SHOWN,
            )
            .await
            .expect("items");
        assert!(!items.is_empty());
        assert_eq!(rows.len(), items.len(), "{role:?}");
        for row in &rows {
            assert!(
                row.iter()
                    .all(|cell| !cell.starts_with(['=', '+', '-', '@']))
            );
        }
    }
    let (status, _) = get_with(store, "/exports/dashboard", None).await;
    assert_ne!(status, StatusCode::OK, "signed out: no export");
    let (status, _) = get_with(store, "/exports/changes", None).await;
    assert_ne!(status, StatusCode::OK, "signed out: no export");
}
