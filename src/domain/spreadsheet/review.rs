//! The dry run of a spreadsheet import: every row's outcome under the user's plan (what each
//! column holds, which unknown partners to add and where, which rows to leave out), and the
//! key that finds a row again when the same file is imported twice.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::file::SheetFile;
use super::rows::key;
use super::{CellProblem, SheetColumn, SheetReferences, SheetRow, check_row, guess_columns};
use crate::domain::WorldRegion;

/// Why a confirmed import was refused: the partners changed after the review.
pub const PARTNERS_CHANGED: &str =
    "The partners Accord knows have changed since this review: check the file again.";
/// Why a confirmed import was refused: a kept row still has a problem.
pub const ROWS_STILL_WRONG: &str =
    "Some rows still have problems: correct the file or leave them out, then check again.";
/// Why a new partner cannot go under the partner the plan names.
pub const PARENT_RETIRED: &str = "Choose a partner that is still tracked to put it under.";

/// Where a partner the file names, and the installation lacks, is to be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PartnerPlace {
    /// A country (or organisation) of a world region, at the top of the hierarchy.
    CountryIn(WorldRegion),
    /// A region under partner `id`, in that partner's world region.
    PartOf(i64),
}

impl PartnerPlace {
    /// The value a select sends for this place.
    pub fn as_value(self) -> String {
        match self {
            Self::CountryIn(region) => format!("region:{}", region.as_str()),
            Self::PartOf(id) => format!("part-of:{id}"),
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        if let Some(region) = raw.strip_prefix("region:") {
            return WorldRegion::parse(region).map(Self::CountryIn);
        }
        raw.strip_prefix("part-of:")?
            .parse()
            .ok()
            .filter(|id| *id > 0)
            .map(Self::PartOf)
    }
}

/// Ids from here up stand for partners the import is to create (real ids never get there):
/// a row naming one is checked like any other until the transaction creates it.
const PLANNED_IDS: i64 = 1 << 60;

/// The id a row carries for the `index`th unknown partner the user chose to add.
pub fn planned_partner_id(index: usize) -> i64 {
    PLANNED_IDS + i64::try_from(index).unwrap_or(0)
}

/// The unknown partner a planned id stands for.
pub fn planned_partner_index(id: i64) -> Option<usize> {
    id.checked_sub(PLANNED_IDS)
        .and_then(|k| usize::try_from(k).ok())
}

/// What the user decided in the review. Travels in the review page's query (and the import
/// form's hidden field) as `c0=title&c1=partner&…`, `p0=region:europe`, `skip=7`: column
/// numbers, keys and row numbers only, never the file's text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetPlan {
    pub mapping: Vec<Option<SheetColumn>>,
    /// The `k`th unknown partner (in the order the review lists them) → where to add it.
    pub new_partners: BTreeMap<usize, PartnerPlace>,
    /// Rows (by number) the user left out.
    pub skipped: BTreeSet<usize>,
}

/// The marker a review form sends, so that "no column chosen" is not read as "not yet mapped".
const MAPPED: &str = "mapped";

impl SheetPlan {
    /// The plan `pairs` describe for a file with `headers`; the guessed mapping when the
    /// pairs carry none.
    pub fn read(headers: &[String], pairs: &[(String, String)]) -> Self {
        let get = |name: &str| {
            pairs
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.as_str())
        };
        let mapping = if get(MAPPED).is_some() {
            (0..headers.len())
                .map(|k| get(&format!("c{k}")).and_then(SheetColumn::parse))
                .collect()
        } else {
            guess_columns(headers)
        };
        let new_partners = pairs
            .iter()
            .filter_map(|(name, value)| {
                let index = name.strip_prefix('p')?.parse().ok()?;
                Some((index, PartnerPlace::parse(value)?))
            })
            .collect();
        let skipped = pairs
            .iter()
            .filter(|(name, _)| name == "skip")
            .filter_map(|(_, value)| value.parse().ok())
            .collect();
        Self {
            mapping,
            new_partners,
            skipped,
        }
    }

    /// The plan as query pairs (see [`SheetPlan`]).
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = vec![(MAPPED.to_owned(), "1".to_owned())];
        for (k, column) in self.mapping.iter().enumerate() {
            let value = column.map(SheetColumn::as_str).unwrap_or_default();
            pairs.push((format!("c{k}"), value.to_owned()));
        }
        for (index, place) in &self.new_partners {
            pairs.push((format!("p{index}"), place.as_value()));
        }
        for line in &self.skipped {
            pairs.push(("skip".to_owned(), line.to_string()));
        }
        pairs
    }

    fn holds(&self, column: SheetColumn) -> bool {
        self.mapping.contains(&Some(column))
    }
}

/// What importing a row would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowOutcome {
    Create(SheetRow),
    /// Imported before (same reference, or same title and partner): it is not created again.
    AlreadyImported(i64),
    Problems(Vec<CellProblem>),
    /// Left out by the user.
    Skipped,
}

/// One row of the dry run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewedRow {
    pub line: usize,
    /// The title and partner as written, to recognise the row by.
    pub title: String,
    pub partner: String,
    /// What finds this row again in a later import.
    pub key: String,
    pub outcome: RowOutcome,
}

/// The whole dry run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetReview {
    pub rows: Vec<ReviewedRow>,
    /// Partners the file names that the installation lacks, first-seen order.
    pub unknown_partners: Vec<String>,
    /// Columns every import needs that no column is mapped to.
    pub missing: Vec<SheetColumn>,
}

impl SheetReview {
    pub fn count(&self, wanted: fn(&RowOutcome) -> bool) -> usize {
        self.rows.iter().filter(|row| wanted(&row.outcome)).count()
    }

    pub fn creates(&self) -> usize {
        self.count(|o| matches!(o, RowOutcome::Create(_)))
    }

    pub fn invalid(&self) -> usize {
        self.count(|o| matches!(o, RowOutcome::Problems(_)))
    }

    /// Whether the import may run: every column it needs is mapped and no kept row is
    /// invalid.
    pub fn ready(&self) -> bool {
        self.missing.is_empty() && self.invalid() == 0
    }

    /// Rows that would be created, and their keys.
    pub fn to_create(&self) -> Vec<(&SheetRow, &str)> {
        self.rows
            .iter()
            .filter_map(|row| match &row.outcome {
                RowOutcome::Create(created) => Some((created, row.key.as_str())),
                _ => None,
            })
            .collect()
    }

    /// Keys of the rows to create, to look up among initiatives imported before.
    pub fn keys(&self) -> Vec<String> {
        self.to_create()
            .into_iter()
            .map(|(_, key)| key.to_owned())
            .collect()
    }

    /// For someone who may only create initiatives they own: a row giving the initiative to
    /// someone else is a problem of its owner cell.
    pub fn only_owned_by(&mut self, user_id: i64) {
        for row in &mut self.rows {
            if let RowOutcome::Create(created) = &row.outcome
                && created
                    .fields
                    .owner_id
                    .is_some_and(|owner| owner != user_id)
            {
                row.outcome = RowOutcome::Problems(vec![CellProblem {
                    line: row.line,
                    column: Some(SheetColumn::OwnerEmail),
                    message: "You can only import initiatives you own: leave the cell empty, \
                              put your own e-mail, or ask a manager to import this row."
                        .to_owned(),
                }]);
            }
        }
    }

    /// Marks rows whose key an initiative already carries (`imported`: key → its id).
    pub fn mark_imported(&mut self, imported: &HashMap<String, i64>) {
        for row in &mut self.rows {
            if let (RowOutcome::Create(_), Some(id)) = (&row.outcome, imported.get(&row.key)) {
                row.outcome = RowOutcome::AlreadyImported(*id);
            }
        }
    }
}

/// The key that finds a row again: its own reference when the file has one, else its title
/// and partner as written (case and spacing aside).
pub fn row_key(external_ref: Option<&str>, title: &str, partner: &str) -> String {
    match external_ref {
        Some(reference) => format!("ref:{}", reference.trim()),
        None => format!("row:{}|{}", key(title), key(partner)),
    }
}

/// The dry run of `file` under `plan`, with the installation's `references`.
// Long because: two passes (find unknown partners, then check with the planned ones) and
// the row-level rules (ragged rows, repeated keys) beside the cell checks.
pub fn review_sheet(
    file: &SheetFile,
    plan: &SheetPlan,
    references: &SheetReferences,
) -> SheetReview {
    let missing: Vec<SheetColumn> = [SheetColumn::Title, SheetColumn::Partner]
        .into_iter()
        .filter(|column| !plan.holds(*column))
        .collect();
    let mut unknown_partners: Vec<String> = Vec::new();
    let mut unknown_keys: BTreeSet<String> = BTreeSet::new();
    for line in &file.rows {
        let check = check_row(line.line, &line.cells, &plan.mapping, references);
        if let Some(name) = check.unknown_partner
            && unknown_keys.insert(key(&name))
        {
            unknown_partners.push(name);
        }
    }
    let mut planned = references.clone();
    for (index, name) in unknown_partners.iter().enumerate() {
        if plan.new_partners.contains_key(&index) {
            planned.add_partner(planned_partner_id(index), name, "", false);
        }
    }
    let cell = |cells: &[String], wanted: SheetColumn| -> String {
        plan.mapping
            .iter()
            .position(|c| *c == Some(wanted))
            .and_then(|k| cells.get(k))
            .map(|raw| raw.trim().to_owned())
            .unwrap_or_default()
    };
    let width = file.headers.len();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let rows = file
        .rows
        .iter()
        .map(|line| {
            let title = cell(&line.cells, SheetColumn::Title);
            let partner = cell(&line.cells, SheetColumn::Partner);
            let reference = cell(&line.cells, SheetColumn::ExternalRef);
            let key = row_key(
                (!reference.is_empty()).then_some(reference.as_str()),
                &title,
                &partner,
            );
            let outcome = if plan.skipped.contains(&line.line) {
                RowOutcome::Skipped
            } else {
                let mut outcome = match check_row(line.line, &line.cells, &plan.mapping, &planned).outcome {
                    Ok(row) => RowOutcome::Create(row),
                    Err(problems) => RowOutcome::Problems(problems),
                };
                let extra_filled = line.cells.iter().skip(width).any(|c| !c.trim().is_empty());
                if line.cells.len() < width || extra_filled {
                    outcome = with_problem(outcome, CellProblem {
                        line: line.line,
                        column: None,
                        message: format!(
                            "This row has {} cells where the header has {width}: a cell with the \
                             delimiter in it must be in quotes.",
                            line.cells.len()
                        ),
                    });
                }
                if let Some(first) = seen.get(&key) {
                    let (column, message) = if reference.is_empty() {
                        (
                            SheetColumn::Title,
                            format!("Row {first} has the same title and partner: leave one of them out."),
                        )
                    } else {
                        (
                            SheetColumn::ExternalRef,
                            format!("Row {first} has the same reference: leave one of them out."),
                        )
                    };
                    outcome = with_problem(outcome, CellProblem {
                        line: line.line,
                        column: Some(column),
                        message,
                    });
                } else {
                    seen.insert(key.clone(), line.line);
                }
                outcome
            };
            ReviewedRow {
                line: line.line,
                title,
                partner,
                key,
                outcome,
            }
        })
        .collect();
    SheetReview {
        rows,
        unknown_partners,
        missing,
    }
}

fn with_problem(outcome: RowOutcome, problem: CellProblem) -> RowOutcome {
    match outcome {
        RowOutcome::Problems(mut problems) => {
            problems.push(problem);
            RowOutcome::Problems(problems)
        }
        _ => RowOutcome::Problems(vec![problem]),
    }
}

#[cfg(test)]
mod tests;
