//! Server function for the manager's dashboard.

use chrono::NaiveDate;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api::initiatives::Choice;
use crate::domain::dashboard::{
    DashboardLevel, DashboardQuery, DashboardRow, MatrixRow, MonthCount,
};
use crate::error::AppError;

/// The dashboard at one level, filtered as the URL asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub query: DashboardQuery,
    pub level: DashboardLevel,
    pub rows: Vec<DashboardRow>,
    /// Open initiatives by row × sector, rows in the table's order.
    pub matrix: Vec<MatrixRow>,
    /// Every sector, for the matrix's columns and the filter.
    pub sectors: Vec<Choice>,
    /// People who own initiatives, for the filter.
    pub owners: Vec<Choice>,
    /// How many rows there are in all (`rows` holds the first [`ROWS_SHOWN`] unless the
    /// query asks for all).
    pub row_count: usize,
    /// Over every row: open, overdue, due in 30 days, stale, completed.
    pub totals: [i64; 5],
    /// The last day of "due in 30 days".
    pub due_until: NaiveDate,
    /// Opened and completed per month, oldest first, this month last.
    pub months: Vec<MonthCount>,
}

/// Counts per partner (or world region) at the query's level. Unfiltered, everything comes
/// from the summary kept in the same transaction as every change (a few hundred rows,
/// whatever the number of initiatives); filtered (or for a viewer, who never counts
/// restricted initiatives), from grouped statements over the matching rows.
#[server(endpoint = "get_dashboard")]
pub async fn get_dashboard(query: DashboardQuery) -> Result<Dashboard, AppError> {
    use crate::domain::InitiativeFilter;
    use crate::domain::dashboard::{
        DUE_WITHIN_DAYS, MATRIX_ROWS_SHOWN, MONTHS_SHOWN, PartnerFigures, PartnerNode, ROWS_SHOWN,
        cells_by_row, last_months, matrix_groups, matrix_rows, roll_up,
    };
    use crate::domain::permission::{Action, RecordFacts};
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::ViewDashboard, RecordFacts::default())?;
    let level = query.level();
    let store = crate::server::state::store()?;
    let today = crate::server::state::today();
    let due_until = today
        .checked_add_days(chrono::Days::new(DUE_WITHIN_DAYS))
        .unwrap_or(today);
    let filter = query.filter(!crate::domain::permission::reads_restricted(user.role));
    let month_ranges = last_months(today, MONTHS_SHOWN);
    // Unfiltered: the summary kept with every change (None when it cannot answer for today,
    // as when another instance's clock is a day ahead). Filtered: counted directly.
    let unfiltered = filter == InitiativeFilter::default();
    let summary = if unfiltered {
        store.summary_figures(today).await?
    } else {
        None
    };
    let (partners, figures, months) = match summary {
        Some(summary) => {
            let months = match store.summary_months(&month_ranges).await? {
                Some(months) => months,
                None => store.dashboard_months(&month_ranges, &filter).await?,
            };
            (summary.partners, summary.figures, months)
        }
        None => {
            let partners: Vec<PartnerNode> = store
                .list_partners()
                .await?
                .into_iter()
                .map(|p| PartnerNode {
                    id: p.id,
                    parent_id: p.parent_id,
                    name: p.name,
                    world_region: p.world_region,
                })
                .collect();
            let tallies = store.dashboard_counts_where(today, &filter).await?;
            let extras = store.dashboard_extras(today, due_until, &filter).await?;
            let months = store.dashboard_months(&month_ranges, &filter).await?;
            (
                partners,
                PartnerFigures::from_counts(&tallies, &extras),
                months,
            )
        }
    };
    let mut rows = roll_up(&partners, &figures, level);
    let row_count = rows.len();
    let totals = rows.iter().fold([0; 5], |acc, r| {
        [
            acc[0] + r.open(),
            acc[1] + r.overdue,
            acc[2] + r.due_within,
            acc[3] + r.stale,
            acc[4] + r.status(crate::domain::Status::Completed),
        ]
    });
    // Hundreds of rows read as noise and cost a page of HTML each: the rows needing most
    // attention, unless all are asked for.
    if !query.shows_all() {
        rows.truncate(ROWS_SHOWN);
    }
    // The matrix is a row per partner and a column per sector: the first rows only.
    let matrix_rows_shown = if query.shows_all() {
        rows.len()
    } else {
        MATRIX_ROWS_SHOWN.min(rows.len())
    };
    let groups = matrix_groups(&partners, level, &rows[..matrix_rows_shown]);
    let summary_cells = if unfiltered {
        store.summary_matrix(today, &groups).await?
    } else {
        None
    };
    let cells = match summary_cells {
        Some(cells) => cells,
        None => {
            let ids: Vec<i64> = groups.iter().map(|(id, _)| *id).collect();
            let cells = store.dashboard_matrix(today, &filter, Some(&ids)).await?;
            cells_by_row(&groups, &cells)
        }
    };
    let matrix = matrix_rows(&rows[..matrix_rows_shown], &cells);
    let sectors = crate::api::initiatives::server::sector_choices(&store).await?;
    // Former owners too: the dashboard may be filtered by who owned what.
    let owners = crate::api::initiatives::server::owner_choices(&store, false).await?;
    Ok(Dashboard {
        query,
        level,
        rows,
        matrix,
        sectors,
        owners,
        row_count,
        totals,
        due_until,
        months,
    })
}

/// How many items of each kind the brief lists at most.
pub const CHANGES_SHOWN: i64 = 500;

/// The "what changed since" brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangesBrief {
    pub since: NaiveDate,
    pub today: NaiveDate,
    pub groups: Vec<crate::domain::changes::PartnerChanges>,
    /// Some kind had more items than the brief lists.
    pub truncated: bool,
}

/// Per partner: what was created, completed, slipped or reassigned since `since` (a date;
/// anything else means the start of this quarter).
#[server(endpoint = "get_changes")]
pub async fn get_changes(since: String) -> Result<ChangesBrief, AppError> {
    use crate::domain::changes::{ChangeKind, group_by_partner, since_or_default};
    use crate::domain::permission::{Action, RecordFacts};
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::ViewDashboard, RecordFacts::default())?;
    let store = crate::server::state::store()?;
    let today = crate::server::state::today();
    let since = since_or_default(&since, today);
    let items = store
        .changes_since(
            since,
            today,
            !crate::domain::permission::reads_restricted(user.role),
            CHANGES_SHOWN,
        )
        .await?;
    let truncated = ChangeKind::ALL
        .iter()
        .any(|kind| items.iter().filter(|item| item.kind == *kind).count() as i64 >= CHANGES_SHOWN);
    Ok(ChangesBrief {
        since,
        today,
        groups: group_by_partner(items),
        truncated,
    })
}
