//! Spreadsheet exports: which columns a list has, and the one rule every cell obeys.
//!
//! A spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` (and, in some programs, a
//! tab or carriage return before one) as a formula: a title typed as `=HYPERLINK(...)` would
//! become a live link, or worse, in the manager's workbook. Such cells are written with a
//! leading apostrophe, which spreadsheets show as text and do not display (OWASP's advice for
//! CSV injection). Every cell, from any column, goes through [`spreadsheet_safe`].

use std::borrow::Cow;

use chrono::{NaiveDate, NaiveDateTime};

use super::changes::{ChangeItem, ChangeKind, DeadlineShift, Holder, Reassignment};
use super::dashboard::DashboardRow;
use super::{Health, InitiativeSummary, Status};

/// How the cells that name a closed value (a status, a health, a kind of change) are written:
/// in the reader's language on the server, by their labels where no language is known.
pub trait CellNames {
    fn status(&self, status: Status) -> String;
    fn health(&self, health: Health) -> String;
    fn change_kind(&self, kind: ChangeKind) -> String;
    /// "from Aida Nurlanova to Yerlan Ospanov".
    fn reassignment(&self, reassignment: &Reassignment) -> String;
    /// "from 1 May 2026 to 3 August 2026".
    fn deadline_shift(&self, shift: &DeadlineShift) -> String;
}

/// The values' own (English) labels.
pub struct Labels;

impl CellNames for Labels {
    fn status(&self, status: Status) -> String {
        status.label().to_owned()
    }

    fn health(&self, health: Health) -> String {
        health.label().to_owned()
    }

    fn change_kind(&self, kind: ChangeKind) -> String {
        kind.label().to_owned()
    }

    fn reassignment(&self, reassignment: &Reassignment) -> String {
        let holder = |holder: &Holder| match holder {
            Holder::Nobody => "nobody".to_owned(),
            Holder::User(name) => name.clone(),
            Holder::Gone(id) => format!("user {id}"),
        };
        format!(
            "from {} to {}",
            holder(&reassignment.from),
            holder(&reassignment.to)
        )
    }

    fn deadline_shift(&self, shift: &DeadlineShift) -> String {
        let day = |d: Option<NaiveDate>| d.map_or_else(|| "none".to_owned(), |d| d.to_string());
        format!("from {} to {}", day(shift.from), day(shift.to))
    }
}

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

/// One cell of an export, typed so that a workbook keeps numbers and dates sortable while
/// CSV writes them as text.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text as typed by someone, or the server's own words.
    Text(String),
    /// A count or an id.
    Integer(i64),
    /// A calendar date.
    Date(NaiveDate),
    /// A moment, in UTC.
    Time(NaiveDateTime),
    /// Nothing to show (a missing deadline, a percentage with nothing to judge).
    Empty,
}

impl Cell {
    /// The cell as CSV text, spreadsheet-safe: a CSV cell is read by a spreadsheet that
    /// guesses what it is, so formula-like text is neutralised here. (A workbook's text cell
    /// is text by its type and needs no such care.)
    pub fn csv_text(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(text) => spreadsheet_safe(text),
            Cell::Integer(number) => Cow::Owned(number.to_string()),
            Cell::Date(date) => Cow::Owned(date.to_string()),
            Cell::Time(time) => Cow::Owned(time.format("%Y-%m-%d %H:%M").to_string()),
            Cell::Empty => Cow::Borrowed(""),
        }
    }
}

fn text(value: impl Into<String>) -> Cell {
    Cell::Text(value.into())
}

fn count(value: impl TryInto<i64>) -> Cell {
    value.try_into().map_or(Cell::Empty, Cell::Integer)
}

/// A record as CSV text cells.
pub fn csv_record(cells: &[Cell]) -> Vec<Cow<'_, str>> {
    cells.iter().map(Cell::csv_text).collect()
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

/// One initiative as a row of [`INITIATIVE_COLUMNS`]; `base` is the installation's address
/// for the link column (empty: a path).
pub fn initiative_record(row: &InitiativeSummary, base: &str, names: &impl CellNames) -> Vec<Cell> {
    vec![
        Cell::Integer(row.id),
        text(&row.title),
        text(&row.partner_name),
        row.owner_name.as_deref().map_or(Cell::Empty, text),
        text(names.status(row.status)),
        text(names.health(row.health)),
        row.deadline.map_or(Cell::Empty, Cell::Date),
        Cell::Date(row.last_activity_on),
        Cell::Time(row.updated_at.naive_utc()),
        text(format!("{base}/initiatives/{}", row.id)),
    ]
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
pub fn dashboard_record(row: &DashboardRow) -> Vec<Cell> {
    let percent = |value: Option<i64>| value.map_or(Cell::Empty, Cell::Integer);
    vec![
        text(&row.name),
        count(row.total),
        count(row.status(Status::Proposed)),
        count(row.status(Status::Active)),
        count(row.status(Status::Blocked)),
        count(row.status(Status::Completed)),
        count(row.status(Status::Dropped)),
        count(row.open()),
        count(row.overdue),
        count(row.due_soon),
        count(row.stale),
        count(row.on_track),
        percent(row.completion_percent()),
        percent(row.on_time_percent()),
    ]
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
pub fn change_record(item: &ChangeItem, base: &str, names: &impl CellNames) -> Vec<Cell> {
    vec![
        text(&item.partner_name),
        text(names.change_kind(item.kind)),
        Cell::Date(item.on),
        Cell::Integer(item.initiative_id),
        text(&item.title),
        match (&item.reassigned, &item.deadline_shift) {
            (Some(reassignment), _) => text(names.reassignment(reassignment)),
            (None, Some(shift)) => text(names.deadline_shift(shift)),
            (None, None) => Cell::Empty,
        },
        text(format!("{base}/initiatives/{}", item.initiative_id)),
    ]
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

    #[test]
    fn csv_text_neutralises_typed_text_only() {
        let date = NaiveDate::from_ymd_opt(2026, 12, 2).expect("a date");
        let cells = [
            Cell::Text("=SUM(A1)".into()),
            Cell::Integer(-3),
            Cell::Date(date),
            Cell::Time(date.and_hms_opt(9, 5, 0).expect("a time")),
            Cell::Empty,
        ];
        assert_eq!(
            csv_record(&cells),
            ["'=SUM(A1)", "-3", "2026-12-02", "2026-12-02 09:05", ""]
        );
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
