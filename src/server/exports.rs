//! Spreadsheet exports. `/exports/initiatives?<the list's filters>` is streamed: it answers
//! the rows the initiative list counts for the same URL, read page after page by keyset, so
//! 100,000 rows never sit in memory at once. `/exports/dashboard` and `/exports/changes` are
//! short (a row per partner; a brief's items) and written whole. A viewer's export leaves restricted initiatives
//! out, as the list does. Every cell is made spreadsheet-safe (`domain::export`).

use axum::Extension;
use axum::body::{Body, Bytes};
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures::stream;

use super::auth::SignedIn;
use super::state::AppState;
use super::store::{Store, StoreError};
use crate::api::dashboard::CHANGES_SHOWN;
use crate::domain::changes::{ChangeKind, group_by_partner, since_or_default};
use crate::domain::dashboard::DashboardQuery;
use crate::domain::export::{
    CHANGES_COLUMNS, DASHBOARD_COLUMNS, INITIATIVE_COLUMNS, change_record, dashboard_record,
    initiative_record,
};
use crate::domain::listing::ListQuery;
use crate::domain::permission::{Action, RecordFacts, can, reads_restricted};
use crate::domain::{Cursor, InitiativeFilter, InitiativeSort, User};

/// Rows read per page of an export.
const EXPORT_PAGE: i64 = 1_000;

/// Where an export stands between two pages.
struct Reading {
    store: Store,
    filter: InitiativeFilter,
    sort: InitiativeSort,
    today: chrono::NaiveDate,
    /// `None` before the first page; then the cursor of the next one, if any.
    next: Option<Option<Cursor>>,
}

/// `GET /exports/initiatives` (no dot in the path: a path that looks like a file is served as
/// a public, cacheable static file): the filtered initiative list as CSV (UTF-8 with a BOM, so
/// that spreadsheets read Kazakh and Russian names right).
pub async fn initiatives_csv(
    State(state): State<AppState>,
    signed_in: Option<Extension<SignedIn>>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let user = match allowed(signed_in, Action::ReadInitiative) {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let query = ListQuery::from_pairs(|name| {
        pairs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
    });
    let filter = InitiativeFilter {
        hide_restricted: !reads_restricted(user.role),
        ..query.filter()
    };
    let today = state.store.today();
    let reading = Reading {
        store: state.store.clone(),
        filter,
        sort: query.sort(),
        today,
        next: None,
    };
    let body = stream::unfold(reading, |mut reading| async move {
        let after = match &reading.next {
            None => None,
            Some(None) => return None,
            Some(Some(cursor)) => Some(cursor.clone()),
        };
        let chunk = next_chunk(&mut reading, after).await;
        Some((chunk, reading))
    });
    csv_response(Body::from_stream(body), &format!("initiatives-{today}"))
}

/// The signed-in user, if they may do `action`; else the refusal to answer.
fn allowed(signed_in: Option<Extension<SignedIn>>, action: Action) -> Result<User, Response> {
    let Some(Extension(SignedIn(user))) = signed_in else {
        return Err(StatusCode::UNAUTHORIZED.into_response());
    };
    if !can(user.actor(), action, RecordFacts::default()) {
        return Err(StatusCode::FORBIDDEN.into_response());
    }
    Ok(user)
}

/// A CSV download named `stem` (made of the server's words and dates only, never typed text).
fn csv_response(body: Body, stem: &str) -> Response {
    let filename = format!("attachment; filename=\"{stem}.csv\"");
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&filename) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// A whole CSV file (BOM, header, records) for the short exports, held in memory: a
/// dashboard has a row per partner, a brief at most [`CHANGES_SHOWN`] items of each kind.
fn csv_file<'a>(
    header: &[&str],
    records: impl Iterator<Item = Vec<String>> + 'a,
) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    writer.write_record(header)?;
    for record in records {
        writer.write_record(&record)?;
    }
    writer
        .into_inner()
        .map_err(|error| csv::Error::from(error.into_error()))
}

/// A store or CSV failure, logged; the user gets a 500 with nothing half-written.
fn failed(error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "an export failed");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// `GET /exports/dashboard?<the dashboard's query>`: every row of the dashboard's table at
/// the query's level and filters (all rows, not only the first the page shows), as the
/// page counts them: a viewer's figures leave restricted initiatives out.
pub async fn dashboard_csv(
    State(state): State<AppState>,
    signed_in: Option<Extension<SignedIn>>,
    Query(query): Query<DashboardQuery>,
) -> Response {
    let user = match allowed(signed_in, Action::ViewDashboard) {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let today = state.store.today();
    let filter = query.filter(!reads_restricted(user.role));
    let figures = match state
        .store
        .dashboard(today, &filter, query.level(), true)
        .await
    {
        Ok(figures) => figures,
        Err(error) => return failed(error),
    };
    match csv_file(
        &DASHBOARD_COLUMNS,
        figures.rows.iter().map(dashboard_record),
    ) {
        Ok(bytes) => csv_response(Body::from(bytes), &format!("dashboard-{today}")),
        Err(error) => failed(error),
    }
}

/// The query of the changed-since brief.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct ChangesQuery {
    since: String,
}

/// `GET /exports/changes?since=YYYY-MM-DD`: the "what changed since" brief's items, the
/// ones the page lists, partner by partner.
pub async fn changes_csv(
    State(state): State<AppState>,
    signed_in: Option<Extension<SignedIn>>,
    Query(query): Query<ChangesQuery>,
) -> Response {
    let user = match allowed(signed_in, Action::ViewDashboard) {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let today = state.store.today();
    let since = since_or_default(&query.since, today);
    let items = match state
        .store
        .changes_since(since, today, !reads_restricted(user.role), CHANGES_SHOWN)
        .await
    {
        Ok(items) => items,
        Err(error) => return failed(error),
    };
    let groups = group_by_partner(items);
    let records = groups.iter().flat_map(|group| {
        ChangeKind::ALL
            .iter()
            .flat_map(|kind| group.list(*kind))
            .map(|item| change_record(item, ""))
    });
    match csv_file(&CHANGES_COLUMNS, records) {
        Ok(bytes) => csv_response(Body::from(bytes), &format!("changes-{since}-to-{today}")),
        Err(error) => failed(error),
    }
}

/// The CSV text of the next page (with the BOM and header row before the first).
async fn next_chunk(reading: &mut Reading, after: Option<Cursor>) -> Result<Bytes, StoreError> {
    let first = reading.next.is_none();
    let (rows, next) = reading
        .store
        .initiative_rows(
            &reading.filter,
            reading.sort,
            after.as_ref(),
            EXPORT_PAGE,
            reading.today,
        )
        .await
        .inspect_err(|error| tracing::error!(%error, "an export stopped: reading a page failed"))?;
    reading.next = Some(next);
    let mut out = Vec::with_capacity(rows.len() * 160);
    if first {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut writer = csv::Writer::from_writer(out);
    let written = (|| {
        if first {
            writer.write_record(INITIATIVE_COLUMNS)?;
        }
        for row in &rows {
            writer.write_record(initiative_record(row, ""))?;
        }
        writer.flush()
    })();
    if let Err(error) = written {
        tracing::error!(%error, "an export stopped: writing CSV failed");
    }
    Ok(Bytes::from(writer.into_inner().unwrap_or_default()))
}
