//! Server function for the manager's dashboard.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::dashboard::{DashboardLevel, DashboardRow};
use crate::error::AppError;

/// The dashboard at one level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub level: DashboardLevel,
    pub rows: Vec<DashboardRow>,
}

/// Counts per partner at `level` (`top` or `sub`; anything else means `top`), read from the
/// tally kept with every change and from index ranges, never by counting every initiative.
#[server(endpoint = "get_dashboard")]
pub async fn get_dashboard(level: String) -> Result<Dashboard, AppError> {
    use crate::domain::dashboard::{PartnerNode, Tally, roll_up};
    use crate::domain::permission::{Action, RecordFacts};
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::ViewDashboard, RecordFacts::default())?;
    let level = DashboardLevel::parse(level.trim()).unwrap_or(DashboardLevel::Top);
    let store = crate::server::state::store()?;
    let partners: Vec<PartnerNode> = store
        .list_partners()
        .await?
        .into_iter()
        .map(|p| PartnerNode {
            id: p.id,
            parent_id: p.parent_id,
            name: p.name,
        })
        .collect();
    let tallies: Vec<Tally> = store
        .dashboard_counts(crate::server::state::today())
        .await?
        .into_iter()
        .map(|c| Tally {
            partner_id: c.partner_id,
            status: c.status,
            health: c.health,
            count: c.count,
        })
        .collect();
    Ok(Dashboard {
        level,
        rows: roll_up(&partners, &tallies, level),
    })
}
