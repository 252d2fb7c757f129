//! `POST /uploads/initiatives`: a spreadsheet of existing commitments, uploaded by a plain
//! multipart form (so it works without JavaScript). A readable file is kept for its review
//! and the browser goes there; a file refused as a whole goes back to the upload page with
//! the problem's kind and position in the link (numbers only, never the file's text).

use axum::Extension;
use axum::extract::{Multipart, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::auth::SignedIn;
use super::state::AppState;
use super::store::{Store, StoreError};
use crate::domain::permission::{Action, RecordFacts, can};
use crate::domain::spreadsheet::file::{
    MAX_FILE_BYTES, ProblemKind, SheetFileProblem, read_sheet, sheet_text,
};
use crate::domain::spreadsheet::{
    SheetFile, SheetPlan, SheetReferences, SheetReview, review_sheet,
};

/// The upload page, where problems are shown.
const UPLOAD_PAGE: &str = "/initiatives/import";

/// The longest file name kept (it is only shown, as text).
const MAX_FILE_NAME: usize = 120;

/// The largest upload request read: the largest file and the form around it.
pub const MAX_UPLOAD_BYTES: usize = MAX_FILE_BYTES + 64 * 1024;

/// A multipart error as the upload page words it: a body over the limit is a file too big.
fn upload_problem(error: axum::extract::multipart::MultipartError) -> SheetFileProblem {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        SheetFileProblem::new(ProblemKind::TooBig)
    } else {
        SheetFileProblem::new(ProblemKind::Unreadable)
    }
}

fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

fn refused(problem: SheetFileProblem) -> Response {
    see_other(&format!("{UPLOAD_PAGE}?{}", problem.to_query()))
}

/// The uploaded file's name (shown in the review, never used as a path) and bytes, read no
/// further than the size limit.
async fn uploaded_file(multipart: &mut Multipart) -> Result<(String, Vec<u8>), SheetFileProblem> {
    while let Some(mut field) = multipart.next_field().await.map_err(upload_problem)? {
        if field.name() != Some("file") {
            continue;
        }
        let name: String = field
            .file_name()
            .unwrap_or("spreadsheet.csv")
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_FILE_NAME)
            .collect();
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(upload_problem)? {
            if bytes.len() + chunk.len() > MAX_FILE_BYTES {
                return Err(SheetFileProblem::new(ProblemKind::TooBig));
            }
            bytes.extend_from_slice(&chunk);
        }
        return Ok((name, bytes));
    }
    Err(SheetFileProblem::new(ProblemKind::Empty))
}

/// `POST /uploads/initiatives`.
pub async fn upload_initiatives(
    State(state): State<AppState>,
    signed_in: Option<Extension<SignedIn>>,
    mut multipart: Multipart,
) -> Response {
    let Some(Extension(SignedIn(user))) = signed_in else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    if !can(
        user.actor(),
        Action::CreateInitiative,
        RecordFacts::default(),
    ) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let (name, bytes) = match uploaded_file(&mut multipart).await {
        Ok(file) => file,
        Err(problem) => return refused(problem),
    };
    let text = match sheet_text(&bytes) {
        Ok(text) => text,
        Err(problem) => return refused(problem),
    };
    if let Err(problem) = read_sheet(text) {
        return refused(problem);
    }
    match state.store.save_sheet_draft(&name, text, user.id).await {
        Ok(id) => see_other(&format!("{UPLOAD_PAGE}/{id}")),
        Err(error) => {
            tracing::error!(%error, "keeping an uploaded spreadsheet failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The installation's names for what rows may mention: every partner (retired ones are
/// named as such), active users' e-mails, sectors in use with their synonyms.
async fn references(store: &Store) -> Result<SheetReferences, StoreError> {
    let mut references = SheetReferences::default();
    for partner in store.list_partners().await? {
        references.add_partner(
            partner.id,
            &partner.name,
            &partner.slug,
            partner.is_retired(),
        );
    }
    for user in store.list_users().await? {
        if user.active {
            references.add_user(user.id, &user.email);
        }
    }
    for sector in store
        .list_sectors()
        .await?
        .into_iter()
        .filter(|s| !s.is_retired())
    {
        let mut names = vec![sector.name.as_str(), sector.slug.as_str()];
        names.extend(sector.synonyms.iter().map(String::as_str));
        references.add_sector(sector.id, &names);
    }
    Ok(references)
}

/// The dry run of `file` under `plan` against the store: every row checked, rows imported
/// before found. With `only_owned_by`, rows for other owners are refused (for someone who
/// may not give initiatives to others).
pub async fn dry_run(
    store: &Store,
    file: &SheetFile,
    plan: &SheetPlan,
    only_owned_by: Option<i64>,
) -> Result<SheetReview, StoreError> {
    let mut review = review_sheet(file, plan, &references(store).await?);
    if let Some(user_id) = only_owned_by {
        review.only_owned_by(user_id);
    }
    let imported = store.imported_initiatives(&review.keys()).await?;
    review.mark_imported(&imported);
    Ok(review)
}
