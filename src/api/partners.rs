//! Server functions for partners: a partner's page and its brief for the next meeting.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api::initiatives::Choice;
use crate::domain::{InitiativeSummary, MeetingSummary, Partner};
use crate::error::AppError;

/// A partner as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerDetail {
    pub partner: Partner,
    pub parent: Option<Choice>,
    pub children: Vec<Choice>,
    /// Open initiatives with this partner and those under it, what needs attention first.
    pub brief: Vec<InitiativeSummary>,
    /// All initiatives with this partner and those under it.
    pub initiative_total: i64,
    pub meetings: Vec<MeetingSummary>,
}

/// How many meetings a partner page lists.
#[cfg(feature = "ssr")]
const PARTNER_MEETINGS: i64 = 50;

#[server(endpoint = "get_partner")]
pub async fn get_partner(id: String) -> Result<PartnerDetail, AppError> {
    let result = async {
        use crate::api::initiatives::ATTENTION_LIMIT;
        use crate::domain::listing::attention_rank;
        use crate::domain::permission::{Action, RecordFacts};
        use crate::domain::{InitiativeFilter, InitiativeSort};
        let user = crate::server::auth::require_user().await?;
        crate::server::auth::authorize(&user, Action::ReadInitiative, RecordFacts::default())?;
        let id = crate::api::path_id(&id, "Partner")?;
        let store = crate::server::state::store()?;
        let partner = store.partner(id).await?;
        let partners = store.list_partners().await?;
        let choice = |p: &Partner| Choice {
            id: p.id,
            label: p.name.clone(),
        };
        let parent = partner
            .parent_id
            .and_then(|parent| partners.iter().find(|p| p.id == parent))
            .map(choice);
        let children = partners
            .iter()
            .filter(|p| p.parent_id == Some(id))
            .map(choice)
            .collect();
        let filter = InitiativeFilter {
            partner_id: Some(id),
            hide_restricted: !crate::domain::permission::reads_restricted(user.role),
            ..Default::default()
        };
        let today = crate::server::state::today();
        let page = store
            .list_initiatives(
                &filter,
                InitiativeSort::Deadline,
                None,
                ATTENTION_LIMIT,
                today,
            )
            .await?;
        let mut brief: Vec<InitiativeSummary> = page
            .rows
            .into_iter()
            .filter(|row| !row.status.is_closed())
            .collect();
        brief.sort_by_key(|row| attention_rank(row.health));
        let hide_restricted = !crate::domain::permission::reads_restricted(user.role);
        let meetings = store
            .partner_meetings(id, PARTNER_MEETINGS, hide_restricted)
            .await?;
        Ok(PartnerDetail {
            partner,
            parent,
            children,
            brief,
            initiative_total: page.total,
            meetings,
        })
    }
    .await;
    if let Err(AppError::NotFound(_)) = &result {
        crate::server::response::set_status(axum::http::StatusCode::NOT_FOUND);
    }
    result
}
