//! Server functions for importing a spreadsheet of existing commitments: the dry run of an
//! uploaded file under the user's plan, and the import itself. (The upload is a plain
//! multipart post to `/uploads/initiatives`, see `server::sheets`.)
//!
//! The plan travels as a query string of column numbers, keys and row numbers (see
//! `domain::spreadsheet::SheetPlan`); the file's text stays in the store.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// Rows the review lists beyond those with problems (a 10,000-row file is counted, not shown).
pub const SHOWN_ROWS: usize = 500;
/// Rows with problems the review lists: a file where every row is wrong (the wrong sheet, a
/// wrong delimiter) is better fixed from the first thousand than read to the end.
pub const SHOWN_PROBLEM_ROWS: usize = 1_000;

/// A row of the dry run as the review shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetRowView {
    pub line: usize,
    pub title: String,
    pub partner: String,
    /// `create`, `imported`, `problems` or `skipped`.
    pub outcome: String,
    /// The initiative an earlier import created from this row.
    pub initiative_id: Option<i64>,
    pub problems: Vec<RowProblemView>,
}

/// One problem of a row as the review shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblemView {
    /// The column's header as the file writes it; empty when the file has no such column.
    pub header: String,
    /// The column's stored name (`SheetColumn`); empty for a problem of the whole row.
    pub column: String,
    /// In English, as the domain wrote it: the page shows it in the reader's language.
    pub message: String,
}

/// A partner the file names that the installation lacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnknownPartnerView {
    pub index: usize,
    pub name: String,
    /// The place chosen for it (a `PartnerPlace` value), empty when it is not to be added.
    pub chosen: String,
}

/// An uploaded spreadsheet under review.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetImportView {
    pub id: i64,
    pub file_name: String,
    /// Set once imported: how many initiatives the import created.
    pub created_count: Option<i64>,
    pub headers: Vec<String>,
    /// What each column holds (a `SheetColumn` key), empty when it is not imported.
    pub mapping: Vec<String>,
    pub rows: Vec<SheetRowView>,
    /// Rows without problems that are counted but not listed.
    pub unlisted: usize,
    /// Rows with problems beyond those listed.
    pub unlisted_problems: usize,
    pub total: usize,
    pub creates: usize,
    pub already_imported: usize,
    pub invalid: usize,
    pub skipped: usize,
    pub unknown_partners: Vec<UnknownPartnerView>,
    /// (value, label) of the places a new partner may go; empty for someone who may not add
    /// partners.
    pub partner_places: Vec<(String, String)>,
    /// Labels of the columns every import needs that no column holds.
    pub missing: Vec<String>,
    /// The plan as a query string, for the import form.
    pub plan: String,
    pub ready: bool,
}

#[cfg(feature = "ssr")]
mod server;

/// The dry run of uploaded spreadsheet `id` under `plan` (a query string; empty for the
/// guessed plan). 404 for anyone but its uploader and admins.
#[server(endpoint = "get_sheet_import")]
pub async fn get_sheet_import(id: String, plan: String) -> Result<SheetImportView, AppError> {
    let result = async {
        let (user, store) = server::importer().await?;
        let draft = server::own_draft(&store, &user, &id).await?;
        if draft.created_count.is_some() {
            return Ok(server::imported_view(&draft));
        }
        let checked = server::checked(&store, &user, &draft, &plan).await?;
        server::view(&store, &user, &draft, checked).await
    }
    .await;
    if let Err(error) = &result {
        crate::server::response::set_error_status(error);
    }
    result
}

/// Imports uploaded spreadsheet `id` under `plan`, all or nothing; then its page, which says
/// what was created.
#[server(endpoint = "import_sheet")]
pub async fn import_sheet(id: String, plan: String) -> Result<i64, AppError> {
    let result = async {
        let (user, store) = server::importer().await?;
        let draft = server::own_draft(&store, &user, &id).await?;
        if draft.created_count.is_some() {
            // Confirmed before (another tab, the back button): its page says what it did.
            return Ok(draft.id);
        }
        let checked = server::checked(&store, &user, &draft, &plan).await?;
        if checked.partners_changed {
            return Err(AppError::field(
                "plan",
                crate::domain::spreadsheet::review::PARTNERS_CHANGED,
            ));
        }
        if !checked.review.ready() {
            return Err(AppError::field(
                "plan",
                crate::domain::spreadsheet::review::ROWS_STILL_WRONG,
            ));
        }
        let today = crate::server::auth::today();
        store
            .import_sheet(
                draft.id,
                &checked.review,
                &checked.partners,
                Some(user.id),
                today,
            )
            .await?;
        Ok(draft.id)
    }
    .await;
    let pages = "/initiatives/import";
    let input = (id.clone(), plan.clone());
    crate::api::forms::saved_or_rejected(result, "sheet-import", &input, pages).await
}
