//! Spreadsheet exports, each as CSV and as an .xlsx workbook (`/exports/xlsx/...`).
//!
//! `/exports/initiatives?<the list's filters>` answers the rows the initiative list counts
//! for the same URL, read page after page by keyset, so 100,000 rows never sit in memory at
//! once: the CSV is streamed page by page, the workbook written row by row to a temporary
//! file (`workbook`). `/exports/dashboard` and `/exports/changes` are short (a row per
//! partner; a brief's items) and written whole. A viewer's export leaves restricted
//! initiatives out, as the list does. Every CSV cell is made spreadsheet-safe
//! (`domain::export`); a workbook's text cells are text by type.

mod workbook;

use axum::Extension;
use axum::body::{Body, Bytes};
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures::{StreamExt, stream};

use super::auth::SignedIn;
use super::state::AppState;
use super::store::{Store, StoreError};
use crate::api::dashboard::CHANGES_SHOWN;
use crate::domain::changes::{ChangeKind, group_by_partner, since_or_default};
use crate::domain::dashboard::DashboardQuery;
use crate::domain::download::FileKind;
use crate::domain::export::{
    CHANGES_COLUMNS, Cell, CellNames, DASHBOARD_COLUMNS, INITIATIVE_COLUMNS, change_record,
    csv_record, dashboard_record, initiative_record,
};
use crate::domain::listing::ListQuery;
use crate::domain::permission::{Action, RecordFacts, can, reads_restricted};
use crate::domain::{Cursor, InitiativeFilter, InitiativeSort, InitiativeSummary, User};
use crate::domain::{Health, Language, Status};
use workbook::Sheet;

/// The reader's language, as the language middleware chose it (English without one).
type Reader = Option<Extension<Language>>;

fn language_of(reader: Reader) -> Language {
    reader
        .map(|Extension(language)| language)
        .unwrap_or_default()
}

/// Cells that name a value, in the reader's language.
struct InLanguage(Language);

impl CellNames for InLanguage {
    fn status(&self, status: Status) -> String {
        self.0.name_of(status)
    }

    fn health(&self, health: Health) -> String {
        self.0.name_of(health)
    }

    fn change_kind(&self, kind: ChangeKind) -> String {
        self.0.name_of(kind)
    }

    fn reassignment(&self, reassignment: &crate::domain::changes::Reassignment) -> String {
        self.0.reassignment(reassignment)
    }

    fn deadline_shift(&self, shift: &crate::domain::changes::DeadlineShift) -> String {
        self.0.deadline_shift(shift)
    }
}

/// A header row in the reader's language: each column's English name found in the
/// catalogue and written in `language` (`export-column-*` and the fields' own messages).
fn header_row(language: Language, english: &[&str]) -> Vec<String> {
    english
        .iter()
        .map(|name| language.translate_english(name))
        .collect()
}

/// Rows read per page of an export.
const EXPORT_PAGE: i64 = 1_000;

/// Where an export of the initiative list stands between two pages.
struct Reading {
    store: Store,
    filter: InitiativeFilter,
    sort: InitiativeSort,
    today: chrono::NaiveDate,
    language: Language,
    /// `None` before the first page; then the cursor of the next one, if any.
    next: Option<Option<Cursor>>,
}

impl Reading {
    /// The list that `pairs` (the list page's query) selects, as `user` may read it.
    fn of(state: &AppState, user: &User, pairs: &[(String, String)], language: Language) -> Self {
        let query = ListQuery::from_pairs(|name| {
            pairs
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.clone())
        });
        Self {
            store: state.store.clone(),
            filter: InitiativeFilter {
                hide_restricted: !reads_restricted(user.role),
                ..query.filter()
            },
            sort: query.sort(),
            today: state.store.today_for(user),
            language,
            next: None,
        }
    }

    /// The next page of rows; `None` once every page has been read.
    async fn next_page(&mut self) -> Option<Result<Vec<InitiativeSummary>, StoreError>> {
        let after = match &self.next {
            None => None,
            Some(None) => return None,
            Some(Some(cursor)) => Some(cursor.clone()),
        };
        let page = self
            .store
            .initiative_rows(
                &self.filter,
                self.sort,
                after.as_ref(),
                EXPORT_PAGE,
                self.today,
            )
            .await;
        Some(page.map(|(rows, next)| {
            self.next = Some(next);
            rows
        }))
    }
}

/// `GET /exports/initiatives` (no dot in the path: a path that looks like a file is served as
/// a public, cacheable static file): the filtered initiative list as CSV (UTF-8 with a BOM, so
/// that spreadsheets read Kazakh and Russian names right), streamed page by page.
pub async fn initiatives_csv(
    State(state): State<AppState>,
    signed_in: Option<Extension<SignedIn>>,
    reader: Reader,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let user = match allowed(signed_in, Action::ReadInitiative) {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let reading = Reading::of(&state, &user, &pairs, language_of(reader));
    let stem = format!("initiatives-{}", reading.today);
    let body = stream::unfold(reading, |mut reading| async move {
        let first = reading.next.is_none();
        let page = reading.next_page().await?;
        let chunk = page
            .inspect_err(|error| tracing::error!(%error, "an export stopped: reading failed"))
            .map(|rows| csv_chunk(first, &rows, reading.language));
        Some((chunk, reading))
    })
    // The compression layer polls a body once more after its end; `unfold` panics on that.
    .fuse();
    csv_response(Body::from_stream(body), &stem)
}

/// `GET /exports/xlsx/initiatives`: the same rows as [`initiatives_csv`], as a workbook.
pub async fn initiatives_workbook(
    State(state): State<AppState>,
    signed_in: Option<Extension<SignedIn>>,
    reader: Reader,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let user = match allowed(signed_in, Action::ReadInitiative) {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let language = language_of(reader);
    let mut reading = Reading::of(&state, &user, &pairs, language);
    let header = header_row(language, &INITIATIVE_COLUMNS);
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut sheet = match Sheet::new("Initiatives", &header) {
        Ok(sheet) => sheet,
        Err(error) => return failed(error),
    };
    while let Some(page) = reading.next_page().await {
        let rows = match page {
            Ok(rows) => rows,
            Err(error) => return failed(error),
        };
        for row in &rows {
            if let Err(error) = sheet.append(&initiative_record(row, "", &InLanguage(language))) {
                return failed(error);
            }
        }
    }
    workbook_response(sheet, &format!("initiatives-{}", reading.today)).await
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

/// A download of `body` named `stem.extension` (the name made of the server's words and
/// dates only, never typed text).
fn download(body: Body, content_type: &'static str, stem: &str, extension: &str) -> Response {
    let filename = format!("attachment; filename=\"{stem}.{extension}\"");
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&filename) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

fn csv_response(body: Body, stem: &str) -> Response {
    download(body, "text/csv; charset=utf-8", stem, "csv")
}

/// The finished workbook as a download; compressing it runs off the async runtime.
async fn workbook_response(sheet: Sheet, stem: &str) -> Response {
    match tokio::task::spawn_blocking(move || sheet.finish()).await {
        Ok(Ok(bytes)) => download(
            Body::from(bytes),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            stem,
            "xlsx",
        ),
        Ok(Err(error)) => failed(error),
        Err(error) => failed(error),
    }
}

/// One page of CSV text (with the BOM and header row before the first).
fn csv_chunk(first: bool, rows: &[InitiativeSummary], language: Language) -> Bytes {
    let mut out = Vec::with_capacity(rows.len() * 160);
    if first {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut writer = csv::Writer::from_writer(out);
    let written = (|| {
        if first {
            writer.write_record(header_row(language, &INITIATIVE_COLUMNS))?;
        }
        for row in rows {
            writer.write_record(
                csv_record(&initiative_record(row, "", &InLanguage(language)))
                    .iter()
                    .map(|cell| cell.as_bytes()),
            )?;
        }
        writer.flush()
    })();
    if let Err(error) = written {
        tracing::error!(%error, "an export stopped: writing CSV failed");
    }
    Bytes::from(writer.into_inner().unwrap_or_default())
}

/// A whole CSV file (BOM, header, records) for the short exports, held in memory: a
/// dashboard has a row per partner, a brief at most [`CHANGES_SHOWN`] items of each kind.
fn csv_file(header: &[&str], records: &[Vec<Cell>]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    writer.write_record(header)?;
    for record in records {
        writer.write_record(csv_record(record).iter().map(|cell| cell.as_bytes()))?;
    }
    writer
        .into_inner()
        .map_err(|error| csv::Error::from(error.into_error()))
}

/// A short export as the file `format` asks for.
async fn short_export(
    format: FileKind,
    sheet_name: &str,
    header: &[String],
    records: &[Vec<Cell>],
    stem: &str,
) -> Response {
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let header = header.as_slice();
    match format {
        FileKind::Csv => match csv_file(header, records) {
            Ok(bytes) => csv_response(Body::from(bytes), stem),
            Err(error) => failed(error),
        },
        FileKind::Workbook => {
            let filled = Sheet::new(sheet_name, header).and_then(|mut sheet| {
                records.iter().try_for_each(|record| sheet.append(record))?;
                Ok(sheet)
            });
            match filled {
                Ok(sheet) => workbook_response(sheet, stem).await,
                Err(error) => failed(error),
            }
        }
    }
}

/// A store, CSV or workbook failure, logged; the user gets a 500 with nothing half-written.
fn failed(error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "an export failed");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// `GET /exports/dashboard?<the dashboard's query>`: every row of the dashboard's table at
/// the query's level and filters (all rows, not only the first the page shows), as the
/// page counts them: a viewer's figures leave restricted initiatives out.
pub async fn dashboard_csv(
    state: State<AppState>,
    signed_in: Option<Extension<SignedIn>>,
    reader: Reader,
    query: Query<DashboardQuery>,
) -> Response {
    dashboard_export(FileKind::Csv, state, signed_in, language_of(reader), query).await
}

/// `GET /exports/xlsx/dashboard?<the dashboard's query>`: [`dashboard_csv`] as a workbook.
pub async fn dashboard_workbook(
    state: State<AppState>,
    signed_in: Option<Extension<SignedIn>>,
    reader: Reader,
    query: Query<DashboardQuery>,
) -> Response {
    dashboard_export(
        FileKind::Workbook,
        state,
        signed_in,
        language_of(reader),
        query,
    )
    .await
}

async fn dashboard_export(
    format: FileKind,
    State(state): State<AppState>,
    signed_in: Option<Extension<SignedIn>>,
    language: Language,
    Query(query): Query<DashboardQuery>,
) -> Response {
    let user = match allowed(signed_in, Action::ViewDashboard) {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let today = state.store.today_for(&user);
    let filter = query.filter(!reads_restricted(user.role));
    let figures = match state
        .store
        .dashboard(today, &filter, query.level(), true)
        .await
    {
        Ok(figures) => figures,
        Err(error) => return failed(error),
    };
    let records: Vec<_> = figures
        .rows
        .iter()
        .map(|row| {
            let mut named = row.clone();
            named.name = language.dashboard_row_name(&row.key, &row.name);
            dashboard_record(&named)
        })
        .collect();
    let stem = format!("dashboard-{today}");
    let header = header_row(language, &DASHBOARD_COLUMNS);
    short_export(format, "Dashboard", &header, &records, &stem).await
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
    state: State<AppState>,
    signed_in: Option<Extension<SignedIn>>,
    reader: Reader,
    query: Query<ChangesQuery>,
) -> Response {
    changes_export(FileKind::Csv, state, signed_in, language_of(reader), query).await
}

/// `GET /exports/xlsx/changes?since=YYYY-MM-DD`: [`changes_csv`] as a workbook.
pub async fn changes_workbook(
    state: State<AppState>,
    signed_in: Option<Extension<SignedIn>>,
    reader: Reader,
    query: Query<ChangesQuery>,
) -> Response {
    changes_export(
        FileKind::Workbook,
        state,
        signed_in,
        language_of(reader),
        query,
    )
    .await
}

async fn changes_export(
    format: FileKind,
    State(state): State<AppState>,
    signed_in: Option<Extension<SignedIn>>,
    language: Language,
    Query(query): Query<ChangesQuery>,
) -> Response {
    let user = match allowed(signed_in, Action::ViewDashboard) {
        Ok(user) => user,
        Err(refused) => return refused,
    };
    let today = state.store.today_for(&user);
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
    let records: Vec<_> = groups
        .iter()
        .flat_map(|group| {
            ChangeKind::ALL
                .iter()
                .flat_map(|kind| group.list(*kind))
                .map(|item| change_record(item, "", &InLanguage(language)))
        })
        .collect();
    let stem = format!("changes-{since}-to-{today}");
    let header = header_row(language, &CHANGES_COLUMNS);
    short_export(format, "Changes", &header, &records, &stem).await
}
