//! Spreadsheet exports, streamed: `/exports/initiatives?<the list's filters>` answers the
//! rows the initiative list counts for the same URL, read page after page by keyset, so
//! 100,000 rows never sit in memory at once. A viewer's export leaves restricted initiatives
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
use crate::domain::export::{INITIATIVE_COLUMNS, initiative_record};
use crate::domain::listing::ListQuery;
use crate::domain::permission::{Action, RecordFacts, can, reads_restricted};
use crate::domain::{Cursor, InitiativeFilter, InitiativeSort};

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
    let Some(Extension(SignedIn(user))) = signed_in else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    if !can(user.actor(), Action::ReadInitiative, RecordFacts::default()) {
        return StatusCode::FORBIDDEN.into_response();
    }
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
    let filename = format!("attachment; filename=\"initiatives-{today}.csv\"");
    let mut response = Body::from_stream(body).into_response();
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
