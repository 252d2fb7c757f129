//! Spreadsheet exports: which columns a list has, and the one rule every cell obeys.
//!
//! A spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` (and, in some programs, a
//! tab or carriage return before one) as a formula: a title typed as `=HYPERLINK(...)` would
//! become a live link, or worse, in the manager's workbook. Such cells are written with a
//! leading apostrophe, which spreadsheets show as text and do not display (OWASP's advice for
//! CSV injection). Every cell, from any column, goes through [`spreadsheet_safe`].

use std::borrow::Cow;

use super::changes::ChangeItem;
use super::dashboard::DashboardRow;
use super::{InitiativeSummary, Status};

/// Whether a spreadsheet would read `cell` as a formula.
pub fn looks_like_formula(cell: &str) -> bool {
    matches!(
        cell.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    )
}

/// `cell` as a spreadsheet shows it as typed, never runs it.
pub fn spreadsheet_safe(cell: &str) -> Cow<'_, str> {
    if looks_like_formula(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The initiative list's columns, as the header row names them.
pub const INITIATIVE_COLUMNS: [&str; 10] = [
    "Id",
    "Title",
    "Partner",
    "Owner",
    "Status",
    "Health",
    "Deadline",
    "Last activity",
    "Updated (UTC)",
    "Link",
];

/// One initiative as a row of [`INITIATIVE_COLUMNS`], each cell already safe; `base` is the
/// installation's address for the link column (empty: a path).
pub fn initiative_record(row: &InitiativeSummary, base: &str) -> Vec<String> {
    let cells = [
        row.id.to_string(),
        row.title.clone(),
        row.partner_name.clone(),
        row.owner_name.clone().unwrap_or_default(),
        row.status.label().to_owned(),
        row.health.label().to_owned(),
        row.deadline.map(|d| d.to_string()).unwrap_or_default(),
        row.last_activity_on.to_string(),
        row.updated_at.format("%Y-%m-%d %H:%M").to_string(),
        format!("{base}/initiatives/{}", row.id),
    ];
    safe_record(cells)
}

/// Every cell of a record made spreadsheet-safe.
fn safe_record<const N: usize>(cells: [String; N]) -> Vec<String> {
    cells
        .iter()
        .map(|cell| spreadsheet_safe(cell).into_owned())
        .collect()
}

/// The dashboard table's columns, as the header row names them: the figures of each row.
pub const DASHBOARD_COLUMNS: [&str; 14] = [
    "Partner or region",
    "Initiatives",
    "Proposed",
    "Active",
    "Blocked",
    "Completed",
    "Dropped",
    "Open",
    "Overdue",
    "Due soon",
    "Stale",
    "On track",
    "Completed (%)",
    "On time (%)",
];

/// One dashboard row as a record of [`DASHBOARD_COLUMNS`] (a percentage left empty where
/// there is nothing to judge, as the page shows a dash).
pub fn dashboard_record(row: &DashboardRow) -> Vec<String> {
    let percent = |value: Option<i64>| value.map(|v| v.to_string()).unwrap_or_default();
    safe_record([
        row.name.clone(),
        row.total.to_string(),
        row.status(Status::Proposed).to_string(),
        row.status(Status::Active).to_string(),
        row.status(Status::Blocked).to_string(),
        row.status(Status::Completed).to_string(),
        row.status(Status::Dropped).to_string(),
        row.open().to_string(),
        row.overdue.to_string(),
        row.due_soon.to_string(),
        row.stale.to_string(),
        row.on_track.to_string(),
        percent(row.completion_percent()),
        percent(row.on_time_percent()),
    ])
}

/// The changed-since brief's columns.
pub const CHANGES_COLUMNS: [&str; 7] = [
    "Partner",
    "What happened",
    "On",
    "Initiative id",
    "Initiative",
    "Detail",
    "Link",
];

/// One item of the brief as a record of [`CHANGES_COLUMNS`].
pub fn change_record(item: &ChangeItem, base: &str) -> Vec<String> {
    safe_record([
        item.partner_name.clone(),
        item.kind.label().to_owned(),
        item.on.to_string(),
        item.initiative_id.to_string(),
        item.title.clone(),
        item.detail.clone().unwrap_or_default(),
        format!("{base}/initiatives/{}", item.initiative_id),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formulas_are_written_as_text() {
        for cell in [
            "=1+1",
            "+7",
            "-2",
            "@SUM(A1)",
            "\t=x",
            "\r=x",
            "=HYPERLINK(\"http://x\")",
        ] {
            assert_eq!(spreadsheet_safe(cell), format!("'{cell}"), "{cell:?}");
        }
        for cell in ["Trade mission", "", "1+1=2", "Astana – Brussels", "'quoted"] {
            assert_eq!(spreadsheet_safe(cell), cell, "{cell:?}");
        }
    }

    proptest! {
        #[test]
        fn no_safe_cell_is_a_formula_and_the_text_is_kept(cell in ".{0,40}") {
            let safe = spreadsheet_safe(&cell);
            prop_assert!(!looks_like_formula(&safe));
            prop_assert!(safe.ends_with(cell.as_str()));
        }
    }
}
