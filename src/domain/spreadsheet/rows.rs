//! One spreadsheet row checked into an initiative to create, or every problem it has, each
//! named by its line and column. What only the installation knows (its partners, users and
//! sectors) comes in as [`SheetReferences`].

use std::collections::HashMap;

use chrono::NaiveDate;

use super::SheetColumn;
use crate::domain::validation::{MAX_LINE, storable_text};
use crate::domain::{
    Confidentiality, InitiativeFields, InitiativeInput, Obligor, Status, Strength,
};
use crate::error::FieldErrors;

/// The installation's names for what a row may mention, normalised for lookup.
#[derive(Debug, Clone, Default)]
pub struct SheetReferences {
    /// Partner names and keys → (id, retired).
    partners: HashMap<String, (i64, bool)>,
    /// Active users' e-mail addresses → id.
    users: HashMap<String, i64>,
    /// Sector names, keys and synonyms → id.
    sectors: HashMap<String, i64>,
}

/// How names are compared: case and surrounding or repeated spaces do not matter.
pub(super) fn key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl SheetReferences {
    pub fn add_partner(&mut self, id: i64, name: &str, slug: &str, retired: bool) {
        self.partners.insert(key(name), (id, retired));
        // A partner planned in the review has no key yet: an empty cell must not find it.
        if !slug.trim().is_empty() {
            self.partners.entry(key(slug)).or_insert((id, retired));
        }
    }

    pub fn add_user(&mut self, id: i64, email: &str) {
        self.users.insert(key(email), id);
    }

    pub fn add_sector(&mut self, id: i64, names: &[&str]) {
        for name in names {
            self.sectors.entry(key(name)).or_insert(id);
        }
    }
}

/// A problem with one cell (or with the row as a whole, `column: None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    /// The line of the file, as a spreadsheet numbers it (the header is line 1).
    pub line: usize,
    pub column: Option<SheetColumn>,
    pub message: String,
}

/// A row that can be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    pub line: usize,
    pub external_ref: Option<String>,
    pub fields: InitiativeFields,
    pub status: Status,
    /// The day of the meeting the commitment came from, when the sheet says.
    pub meeting_on: Option<NaiveDate>,
}

/// What a row comes to: an initiative to create, or its problems; and the partner it names
/// when no partner has that name (offered for creation in the review).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowCheck {
    pub outcome: Result<SheetRow, Vec<CellProblem>>,
    pub unknown_partner: Option<String>,
}

/// A date as spreadsheets in these offices write it: 2027-03-31, 31.03.2027 or 31/03/2027.
pub fn sheet_date(raw: &str) -> Option<NaiveDate> {
    let raw = raw.trim();
    ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(raw, format).ok())
}

/// A status by its key or its name in English, Russian or Kazakh; empty means proposed.
pub fn sheet_status(raw: &str) -> Option<Status> {
    let word = key(raw);
    if word.is_empty() {
        return Some(Status::Proposed);
    }
    if let Some(status) = Status::ALL
        .iter()
        .copied()
        .find(|s| s.as_str() == word || key(s.label()) == word)
    {
        return Some(status);
    }
    let named = [
        (
            Status::Proposed,
            &[
                "предложено",
                "предложена",
                "ұсынылған",
                "ұсынылды",
                "planned",
                "запланировано",
            ][..],
        ),
        (
            Status::Active,
            &[
                "в работе",
                "активно",
                "выполняется",
                "орындалуда",
                "жұмыста",
                "in progress",
                "ongoing",
            ][..],
        ),
        (
            Status::Blocked,
            &[
                "заблокировано",
                "заблокирована",
                "приостановлено",
                "бөгелген",
                "on hold",
            ][..],
        ),
        (
            Status::Completed,
            &[
                "выполнено",
                "выполнена",
                "завершено",
                "орындалды",
                "орындалған",
                "done",
            ][..],
        ),
        (
            Status::Dropped,
            // "Тоқтатылған" is Accord's own Kazakh word for dropped (see the glossary).
            &[
                "отменено",
                "снято",
                "снята",
                "қайтарылды",
                "тоқтатылған",
                "cancelled",
                "canceled",
            ][..],
        ),
    ];
    named
        .iter()
        .find(|(_, words)| words.contains(&word.as_str()))
        .map(|(status, _)| *status)
}

/// Confidentiality by key or name (Russian and Kazakh too); empty means internal.
pub fn sheet_confidentiality(raw: &str) -> Option<Confidentiality> {
    let word = key(raw);
    match word.as_str() {
        "" | "internal" | "для служебного пользования" | "дсп" | "ішкі" => {
            Some(Confidentiality::Internal)
        }
        "public" | "открыто" | "публично" | "ашық" => {
            Some(Confidentiality::Public)
        }
        "restricted" | "секретно" | "ограниченный" | "шектеулі" => {
            Some(Confidentiality::Restricted)
        }
        // Accord's own names (the catalogues' confidentiality-*), as its exports write them.
        "для внутреннего пользования" | "ішкі пайдалану үшін" => {
            Some(Confidentiality::Internal)
        }
        "открытый доступ" | "ашық қолжетімділік" => {
            Some(Confidentiality::Public)
        }
        "ограниченный доступ" | "шектеулі қолжетімділік" => {
            Some(Confidentiality::Restricted)
        }
        _ => None,
    }
}

/// Which column a field's message belongs to.
fn column_of(field: &str) -> Option<SheetColumn> {
    Some(match field {
        "title" => SheetColumn::Title,
        "description" => SheetColumn::Description,
        "partner_id" => SheetColumn::Partner,
        "owner_id" => SheetColumn::OwnerEmail,
        "deadline" => SheetColumn::Deadline,
        "sector_ids" => SheetColumn::Sectors,
        "confidentiality" => SheetColumn::Confidentiality,
        "status" => SheetColumn::Status,
        _ => return None,
    })
}

/// Whether a cell begins as a formula would. `-` is left to the export's apostrophe: a cell
/// like "- see the minutes" is ordinary text in these sheets.
fn runs_as_formula(cell: &str) -> bool {
    matches!(cell.chars().next(), Some('=' | '+' | '@'))
}

/// The start of a long cell, for a message.
fn ellipsis(cell: &str) -> String {
    const SHOWN: usize = 40;
    if cell.chars().count() > SHOWN {
        let start: String = cell.chars().take(SHOWN).collect();
        format!("{start}…")
    } else {
        cell.to_owned()
    }
}

/// Checks one row: `cells` as the file has them, `mapping` what each column holds.
// Long because: one row, checked column by column in the order a user reads them.
pub fn check_row(
    line: usize,
    cells: &[String],
    mapping: &[Option<SheetColumn>],
    references: &SheetReferences,
) -> RowCheck {
    let raw_cell = |wanted: SheetColumn| -> String {
        mapping
            .iter()
            .position(|c| *c == Some(wanted))
            .and_then(|k| cells.get(k))
            .map(|raw| storable_text(raw).trim().to_owned())
            .unwrap_or_default()
    };
    // A cell that a spreadsheet would run is refused, not stored: it would come back out in
    // a manager's export. Its column is then read as empty, so it gets this one message.
    let formulas: Vec<SheetColumn> = SheetColumn::ALL
        .iter()
        .copied()
        .filter(|column| runs_as_formula(&raw_cell(*column)))
        .collect();
    let cell = |wanted: SheetColumn| -> String {
        if formulas.contains(&wanted) {
            String::new()
        } else {
            raw_cell(wanted)
        }
    };
    let mut problems: Vec<CellProblem> = formulas
        .iter()
        .map(|column| CellProblem {
            line,
            column: Some(*column),
            message: format!(
                "“{}” begins with “{}”, which a spreadsheet would run as a formula: remove the \
                 sign, or begin the cell with a word.",
                ellipsis(&raw_cell(*column)),
                raw_cell(*column).chars().next().unwrap_or('='),
            ),
        })
        .collect();
    let mut problem = |column: SheetColumn, message: String| {
        problems.push(CellProblem {
            line,
            column: Some(column),
            message,
        });
    };
    let mut input = InitiativeInput {
        title: cell(SheetColumn::Title),
        description: cell(SheetColumn::Description),
        obligor: Obligor::Joint.as_str().to_owned(),
        strength: Strength::Firm.as_str().to_owned(),
        ..InitiativeInput::default()
    };

    let mut unknown_partner = None;
    let partner = cell(SheetColumn::Partner);
    match references.partners.get(&key(&partner)) {
        Some((id, false)) => input.partner_id = id.to_string(),
        Some((_, true)) => problem(
            SheetColumn::Partner,
            format!(
                "{} is retired: name the partner that took its place.",
                ellipsis(&partner)
            ),
        ),
        None if partner.is_empty() => {
            if !formulas.contains(&SheetColumn::Partner) {
                problem(SheetColumn::Partner, "Partner is required.".into());
            }
        }
        None if partner.chars().count() > MAX_LINE => problem(
            SheetColumn::Partner,
            format!(
                "“{}” is longer than a partner's name may be ({MAX_LINE} characters): check \
                 that this column holds partners.",
                ellipsis(&partner)
            ),
        ),
        None => {
            problem(
                SheetColumn::Partner,
                format!("No partner is called {partner}: add it, or correct the name."),
            );
            unknown_partner = Some(partner);
        }
    }

    let owner = cell(SheetColumn::OwnerEmail);
    if !owner.is_empty() {
        match references.users.get(&key(&owner)) {
            Some(id) => input.owner_id = id.to_string(),
            None => problem(
                SheetColumn::OwnerEmail,
                format!("No active user has the e-mail {}.", ellipsis(&owner)),
            ),
        }
    }

    let deadline = cell(SheetColumn::Deadline);
    match sheet_date(&deadline) {
        Some(date) => input.deadline = date.to_string(),
        None if deadline.is_empty() => {}
        None => problem(
            SheetColumn::Deadline,
            format!(
                "{} is not a date: write 2027-03-31 or 31.03.2027.",
                ellipsis(&deadline)
            ),
        ),
    }

    let status_text = cell(SheetColumn::Status);
    let status = sheet_status(&status_text);
    if status.is_none() {
        problem(
            SheetColumn::Status,
            format!(
                "{} is not a status: proposed, active, blocked, completed or dropped.",
                ellipsis(&status_text)
            ),
        );
    }
    input.status = status.map(|s| s.as_str().to_owned()).unwrap_or_default();

    for name in cell(SheetColumn::Sectors)
        .split([',', ';'])
        .map(str::trim)
        .filter(|name| !name.is_empty())
    {
        match references.sectors.get(&key(name)) {
            Some(id) => input.sector_ids.push(id.to_string()),
            None => problem(
                SheetColumn::Sectors,
                format!("No sector is called {}.", ellipsis(name)),
            ),
        }
    }

    let confidentiality = cell(SheetColumn::Confidentiality);
    match sheet_confidentiality(&confidentiality) {
        Some(level) => input.confidentiality = level.as_str().to_owned(),
        None => problem(
            SheetColumn::Confidentiality,
            format!(
                "{} is not public, internal or restricted.",
                ellipsis(&confidentiality)
            ),
        ),
    }

    let meeting_text = cell(SheetColumn::MeetingDate);
    let meeting_date = sheet_date(&meeting_text);
    if meeting_date.is_none() && !meeting_text.is_empty() {
        problem(
            SheetColumn::MeetingDate,
            format!(
                "{} is not a date: write 2027-03-31 or 31.03.2027.",
                ellipsis(&meeting_text)
            ),
        );
    }
    if let (Some(met), Some(due)) = (meeting_date, sheet_date(&deadline))
        && due < met
    {
        problem(
            SheetColumn::Deadline,
            "The deadline cannot be before the meeting it came from.".into(),
        );
    }

    let external_ref = cell(SheetColumn::ExternalRef);
    if external_ref.chars().count() > MAX_LINE {
        problem(
            SheetColumn::ExternalRef,
            format!("The reference must be at most {MAX_LINE} characters."),
        );
    }

    // The form's own rules (required title, lengths, deadline and owner of active work),
    // judged only where the columns above found nothing wrong, so a cell gets one message.
    let mut errors = FieldErrors::new();
    let fields = InitiativeFields::parse(&input, status, &mut errors);
    for (field, message) in errors.iter() {
        let column = column_of(field);
        if !problems.iter().any(|p| p.column == column) {
            problems.push(CellProblem {
                line,
                column,
                message: message.to_owned(),
            });
        }
    }
    let outcome = match (fields, status) {
        (Some(fields), Some(status)) if problems.is_empty() => Ok(SheetRow {
            line,
            external_ref: (!external_ref.is_empty()).then_some(external_ref),
            fields,
            status,
            meeting_on: meeting_date,
        }),
        _ => Err(problems),
    };
    RowCheck {
        outcome,
        unknown_partner,
    }
}

#[cfg(test)]
mod tests;
