//! Rolling per-partner figures up the partner tree into the rows of one level, and the
//! partner × sector matrix beside them.

use std::collections::HashMap;

use crate::domain::status::Status;

use super::{DashboardLevel, DashboardRow, MatrixCell, MatrixRow, PartnerFigures, PartnerNode};

/// Which row each partner counts in at `level`: (key, name, page).
fn rows_of(
    partners: &[PartnerNode],
    level: DashboardLevel,
) -> HashMap<i64, (String, String, Option<String>)> {
    let by_id: HashMap<i64, &PartnerNode> = partners.iter().map(|p| (p.id, p)).collect();
    // The chain from a partner up to the root, root first (cycles are refused by the store;
    // the bound keeps a corrupt tree from looping).
    let chain = |mut id: i64| {
        let mut path = vec![id];
        while let Some(Some(up)) = by_id.get(&id).map(|p| p.parent_id) {
            if path.len() > 32 {
                break;
            }
            path.push(up);
            id = up;
        }
        path.reverse();
        path
    };
    partners
        .iter()
        .filter_map(|partner| {
            let row = match level {
                DashboardLevel::World => (
                    format!("region={}", partner.world_region.as_str()),
                    partner.world_region.label().to_owned(),
                    None,
                ),
                DashboardLevel::Top | DashboardLevel::Sub => {
                    let depth = if level == DashboardLevel::Top { 0 } else { 1 };
                    // Above the chosen level: it belongs to no row there.
                    let row_id = *chain(partner.id).get(depth)?;
                    let name = by_id
                        .get(&row_id)
                        .map(|p| p.name.clone())
                        .unwrap_or_default();
                    (
                        format!("partner={row_id}"),
                        name,
                        Some(format!("/partners/{row_id}")),
                    )
                }
            };
            Some((partner.id, row))
        })
        .collect()
}

type RowOf = HashMap<i64, (String, String, Option<String>)>;

/// The row `partner_id` counts in, created on first use; `None` above the level.
fn row_entry<'a>(
    rows: &'a mut HashMap<String, DashboardRow>,
    row_of: &RowOf,
    partner_id: i64,
) -> Option<&'a mut DashboardRow> {
    let (key, name, page) = row_of.get(&partner_id)?;
    Some(rows.entry(key.clone()).or_insert_with(|| DashboardRow {
        key: key.clone(),
        page: page.clone(),
        name: name.clone(),
        by_status: vec![0; Status::ALL.len()],
        ..Default::default()
    }))
}

/// The rows at `level`: every partner (or world region) at that level, with its own
/// initiatives and those of every partner under it, most in need of attention first
/// (overdue, then stale, then due soon), then by name. Rows with nothing to count are left
/// out.
pub fn roll_up(
    partners: &[PartnerNode],
    figures: &[PartnerFigures],
    level: DashboardLevel,
) -> Vec<DashboardRow> {
    let row_of = rows_of(partners, level);
    let mut rows: HashMap<String, DashboardRow> = HashMap::new();
    for f in figures {
        let Some(row) = row_entry(&mut rows, &row_of, f.partner_id) else {
            continue;
        };
        for (sum, n) in row.by_status.iter_mut().zip(f.by_status) {
            *sum += n;
        }
        row.total += f.by_status.iter().sum::<i64>();
        row.overdue += f.overdue;
        row.due_soon += f.due_soon;
        row.stale += f.stale;
        row.on_track += f.on_track;
        row.due_within += f.due_within;
        row.completed_with_deadline += f.completed_with_deadline;
        row.on_time += f.on_time;
        row.on_time_current += f.on_time_current;
        row.deadline_moved += f.deadline_moved;
        row.deadline_moves += f.deadline_moves;
    }
    let mut rows: Vec<DashboardRow> = rows.into_values().filter(|r| r.total != 0).collect();
    rows.sort_by(|a, b| {
        (b.overdue, b.stale, b.due_soon)
            .cmp(&(a.overdue, a.stale, a.due_soon))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.key.cmp(&b.key))
    });
    rows
}

/// Which row (an index into `rows`) each partner's initiatives count in at `level`, for the
/// partners of those rows only (what the matrix of those rows needs to read).
pub fn matrix_groups(
    partners: &[PartnerNode],
    level: DashboardLevel,
    rows: &[DashboardRow],
) -> Vec<(i64, usize)> {
    let row_of = rows_of(partners, level);
    let index: HashMap<&str, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| (row.key.as_str(), i))
        .collect();
    let mut groups: Vec<(i64, usize)> = partners
        .iter()
        .filter_map(|p| {
            let (key, _, _) = row_of.get(&p.id)?;
            Some((p.id, *index.get(key.as_str())?))
        })
        .collect();
    groups.sort_unstable();
    groups
}

/// Open initiatives of one matrix row (an index into the rows) in one sector, and how many
/// of them are overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowCell {
    pub row: usize,
    pub sector_id: i64,
    pub open: i64,
    pub overdue: i64,
}

/// Sums per-partner cells into the rows `groups` puts their partners in.
pub fn cells_by_row(groups: &[(i64, usize)], cells: &[MatrixCell]) -> Vec<RowCell> {
    let row_of: HashMap<i64, usize> = groups.iter().copied().collect();
    let mut sums: std::collections::BTreeMap<(usize, i64), (i64, i64)> = Default::default();
    for cell in cells {
        if let Some(row) = row_of.get(&cell.partner_id) {
            let sum = sums.entry((*row, cell.sector_id)).or_default();
            sum.0 += cell.open;
            sum.1 += cell.overdue;
        }
    }
    sums.into_iter()
        .map(|((row, sector_id), (open, overdue))| RowCell {
            row,
            sector_id,
            open,
            overdue,
        })
        .collect()
}

/// The region × sector matrix: one row per row of `rows` (the dashboard's, in its order)
/// that has open initiatives, from `cells` indexed by those rows.
pub fn matrix_rows(rows: &[DashboardRow], cells: &[RowCell]) -> Vec<MatrixRow> {
    rows.iter()
        .enumerate()
        .filter_map(|(i, row)| {
            let mut cells: Vec<(i64, i64, i64)> = cells
                .iter()
                .filter(|cell| cell.row == i && cell.open != 0)
                .map(|cell| (cell.sector_id, cell.open, cell.overdue))
                .collect();
            if cells.is_empty() {
                return None;
            }
            cells.sort();
            Some(MatrixRow {
                key: row.key.clone(),
                name: row.name.clone(),
                cells,
            })
        })
        .collect()
}
