//! The .xlsx downloads: read back as a spreadsheet reads them, each holds the same rows as
//! its CSV twin, with ids and counts as numbers, dates as dates, and typed text as text
//! (never a formula, and without the apostrophe CSV needs).

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use calamine::{Data, DataType, Reader, Xlsx, open_workbook_from_rs};
use http_body_util::BodyExt;

use super::{get_with, send, sign_in_as};
use crate::domain::export::spreadsheet_safe;
use crate::domain::{Confidentiality, NewInitiative, Role, Status};
use crate::server::seed;
use crate::server::store::Store;
use crate::server::store::test_support::{TODAY, every_initiative, fields_of, on_both_databases};

on_both_databases!(workbooks_hold_their_csv_rows_typed);

const FORMULA_TITLE: &str = "=HYPERLINK(\"https://evil.example\",\"Open me\")";

/// GETs `uri` as `cookie`'s user; the status, content type and body.
async fn download(store: &Store, uri: &str, cookie: &str) -> (StatusCode, String, Vec<u8>) {
    let request = Request::get(uri)
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .expect("request");
    let response = send(store, request).await;
    let status = response.status();
    let kind = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    (status, kind, bytes.to_vec())
}

/// The workbook's one worksheet `name`, header row first; and that it holds no formula.
fn sheet(bytes: Vec<u8>, name: &str) -> Vec<Vec<Data>> {
    let mut workbook: Xlsx<_> =
        open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("an .xlsx file");
    assert_eq!(workbook.sheet_names(), [name]);
    let formulas = workbook.worksheet_formula(name).expect("formulas");
    assert!(
        formulas.cells().all(|(_, _, formula)| formula.is_empty()),
        "no cell is a formula"
    );
    let range = workbook.worksheet_range(name).expect("the worksheet");
    range.rows().map(<[Data]>::to_vec).collect()
}

/// The CSV rows (header included) of a download.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').expect("a BOM");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|record| record.expect("a row").iter().map(str::to_owned).collect())
        .collect()
}

/// Whether a workbook cell shows what the CSV cell says (CSV text being the cell's text,
/// made spreadsheet-safe).
fn same_cell(data: &Data, csv: &str) -> bool {
    match data {
        Data::String(text) => spreadsheet_safe(text) == csv,
        Data::Float(number) => number.fract() == 0.0 && (*number as i64).to_string() == csv,
        Data::DateTime(_) => {
            let moment = data.as_datetime().expect("a date");
            moment.format("%Y-%m-%d %H:%M").to_string() == csv || moment.date().to_string() == csv
        }
        Data::Empty => csv.is_empty(),
        other => panic!("unexpected cell {other:?}"),
    }
}

/// The workbook at `/exports/xlsx/<list>?query` and the CSV at `/exports/<list>?query` hold
/// the same rows, cell for cell; the workbook's rows come back.
async fn same_as_csv(
    store: &Store,
    list_and_query: &str,
    sheet_name: &str,
    cookie: &str,
) -> Vec<Vec<Data>> {
    let (status, kind, bytes) =
        download(store, &format!("/exports/xlsx/{list_and_query}"), cookie).await;
    assert_eq!(status, StatusCode::OK, "{list_and_query}");
    assert_eq!(
        kind,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let rows = sheet(bytes, sheet_name);
    let (_, text) = get_with(store, &format!("/exports/{list_and_query}"), Some(cookie)).await;
    let csv = csv_rows(&text);
    assert_eq!(
        rows.len(),
        csv.len(),
        "{list_and_query}: as many rows as the CSV"
    );
    for (row, csv_row) in rows.iter().zip(&csv) {
        assert_eq!(row.len(), csv_row.len());
        for (cell, csv_cell) in row.iter().zip(csv_row) {
            assert!(same_cell(cell, csv_cell), "{cell:?} against {csv_cell:?}");
        }
    }
    rows
}

async fn workbooks_hold_their_csv_rows_typed(store: &Store) {
    seed::seed_demo(store, TODAY).await.expect("demo");
    store
        .seed_synthetic(1_300, 7, TODAY)
        .await
        .expect("synthetic");
    let some = every_initiative(store).await[0].clone();
    let mut fields = fields_of(&some);
    fields.title = FORMULA_TITLE.into();
    fields.confidentiality = Confidentiality::Internal;
    let typed = NewInitiative {
        fields,
        status: Status::Proposed,
    };
    store
        .create_initiative(&typed, None, TODAY)
        .await
        .expect("initiative");

    let manager = sign_in_as(store, Role::Manager).await;
    let rows = same_as_csv(store, "initiatives", "Initiatives", &manager).await;
    assert!(rows.len() > 1_300, "more rows than one page of reading");
    assert!(matches!(rows[1][0], Data::Float(_)), "the id is a number");
    let formula = rows
        .iter()
        .find(|row| row[1] == Data::String(FORMULA_TITLE.into()))
        .expect("the typed title, as typed");
    assert!(
        matches!(formula[7], Data::DateTime(_)),
        "last activity is a date"
    );

    let filtered = format!(
        "initiatives?status=active&partner={}&sort=title",
        some.partner_id
    );
    same_as_csv(store, &filtered, "Initiatives", &manager).await;
    same_as_csv(store, "dashboard?level=world", "Dashboard", &manager).await;
    let since = TODAY - chrono::Days::new(120);
    same_as_csv(
        store,
        &format!("changes?since={since}"),
        "Changes",
        &manager,
    )
    .await;

    let viewer = sign_in_as(store, Role::Viewer).await;
    let rows = same_as_csv(store, "initiatives", "Initiatives", &viewer).await;
    let restricted: Vec<f64> = every_initiative(store)
        .await
        .into_iter()
        .filter(|i| i.confidentiality == Confidentiality::Restricted)
        .map(|i| i.id as f64)
        .collect();
    assert!(!restricted.is_empty());
    assert!(
        rows.iter()
            .skip(1)
            .all(|row| !restricted.iter().any(|id| row[0] == Data::Float(*id))),
        "a viewer's workbook leaves restricted initiatives out"
    );

    for list in ["initiatives", "dashboard", "changes"] {
        let (status, to) = get_with(store, &format!("/exports/xlsx/{list}"), None).await;
        assert_eq!(
            status,
            StatusCode::SEE_OTHER,
            "signed out: no {list} workbook"
        );
        assert!(to.starts_with("/login"), "{to}");
    }
}
