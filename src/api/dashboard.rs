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

/// Counts per partner (or world region) at the query's level, as the URL filters them (a
/// viewer never counts restricted initiatives). Where the figures come from is the store's
/// choice ([`crate::server::store::Store::dashboard`]).
#[server(endpoint = "get_dashboard")]
pub async fn get_dashboard(query: DashboardQuery) -> Result<Dashboard, AppError> {
    use crate::domain::permission::{Action, RecordFacts, reads_restricted};
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::ViewDashboard, RecordFacts::default())?;
    let store = crate::server::state::store()?;
    let today = crate::server::auth::today();
    let level = query.level();
    let filter = query.filter(!reads_restricted(user.role));
    let (figures, source) = store
        .dashboard_from(today, &filter, level, query.shows_all())
        .await?;
    // From the summary, this page shows nothing the versions read with its reader do not
    // name: it may be served again until one of them changes.
    if source == crate::server::store::FiguresSource::Summary {
        crate::server::http::kept_pages::may_keep_this_page();
    }
    let sectors = crate::api::initiatives::server::sector_choices(&store).await?;
    // Former owners too: the dashboard may be filtered by who owned what.
    let owners = crate::api::initiatives::server::owner_choices(&store, false).await?;
    Ok(Dashboard {
        query,
        level,
        rows: figures.rows,
        matrix: figures.matrix,
        sectors,
        owners,
        row_count: figures.row_count,
        totals: figures.totals,
        due_until: figures.due_until,
        months: figures.months,
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
    let today = crate::server::auth::today();
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
