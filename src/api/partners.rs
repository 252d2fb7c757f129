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
        let today = crate::server::auth::today();
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

/// One partner as the admins' list shows it: where it sits in the tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListedPartner {
    pub partner: Partner,
    /// 0 for a top-level partner, 1 for one under it, and so on.
    pub depth: usize,
}

/// Every partner in tree order, for the admins' partners page.
#[server(endpoint = "admin_partners")]
pub async fn admin_partners() -> Result<Vec<ListedPartner>, AppError> {
    use crate::domain::partner::tree_order;
    use crate::domain::permission::{Action, RecordFacts};
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::ManagePartners, RecordFacts::default())?;
    let store = crate::server::state::store()?;
    Ok(tree_order(&store.list_partners().await?)
        .into_iter()
        .map(|(partner, depth)| ListedPartner { partner, depth })
        .collect())
}

/// Adds a partner (under a parent, taking its world region unless another is chosen) and
/// goes to its page. Admins only.
#[server(endpoint = "admin_create_partner")]
pub async fn create_partner(input: crate::domain::partner::PartnerInput) -> Result<i64, AppError> {
    use crate::api::forms::saved_or_rejected;
    let result = async {
        let (user, store, new) = checked_partner(&input).await?;
        Ok(store.create_partner(&new, Some(user.id)).await?.id)
    }
    .await;
    saved_or_rejected(result, "new-partner", &input, "/partners").await
}

/// Saves an edit of partner `id` made on top of `version`: rename, move under another
/// parent (never under itself or its own parts), kind, world region (its parts follow), ISO
/// code, key. When someone else saved first the answer is [`AppError::Conflict`] and nothing
/// is written. Admins only.
#[server(endpoint = "admin_update_partner")]
pub async fn update_partner(
    id: i64,
    version: i64,
    input: crate::domain::partner::PartnerInput,
) -> Result<i64, AppError> {
    use crate::api::forms::saved_or_rejected;
    let result = async {
        let (user, store, new) = checked_partner(&input).await?;
        Ok(store
            .update_partner(id, version, &new, Some(user.id))
            .await?
            .id)
    }
    .await;
    saved_or_rejected(result, "edit-partner", &input, "/partners").await
}

/// What the merge form sends: the partner that stays.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeInput {
    pub into: String,
}

/// What the retire form sends: `yes` to retire, `no` to bring the partner back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetireInput {
    pub retire: String,
}

/// Retires partner `id` (seen at `version`): hidden from the pickers, its records kept and
/// counted; or brings it back. Admins only.
#[server(endpoint = "admin_retire_partner")]
pub async fn retire_partner(id: i64, version: i64, input: RetireInput) -> Result<i64, AppError> {
    use crate::api::forms::saved_or_rejected;
    let result = async {
        let (user, store) = partner_admin().await?;
        let retire = input.retire == "yes";
        Ok(store
            .retire_partner(id, version, retire, Some(user.id))
            .await?
            .id)
    }
    .await;
    saved_or_rejected(result, "retire-partner", &input, "/admin/partners").await
}

/// Merges partner `id` (a duplicate, seen at `version`) into the partner the form names: its
/// meetings, initiatives and parts move there, and it is retired. Goes to the partner that
/// stays. Admins only.
#[server(endpoint = "admin_merge_partner")]
pub async fn merge_partner(id: i64, version: i64, input: MergeInput) -> Result<i64, AppError> {
    use crate::api::forms::saved_or_rejected;
    let result = async {
        let (user, store) = partner_admin().await?;
        let into = input
            .into
            .trim()
            .parse::<i64>()
            .map_err(|_| AppError::field("into", "Choose the partner to merge into."))?;
        store
            .merge_partner(id, version, into, Some(user.id))
            .await?;
        Ok(into)
    }
    .await;
    saved_or_rejected(result, "merge-partner", &input, "/admin/partners").await
}

/// The signed-in user if they may manage partners, and the store.
#[cfg(feature = "ssr")]
async fn partner_admin() -> Result<(crate::domain::User, crate::server::store::Store), AppError> {
    use crate::domain::permission::{Action, RecordFacts};
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::ManagePartners, RecordFacts::default())?;
    Ok((user, crate::server::state::store()?))
}

/// The signed-in admin, the store and the partner the form describes (its world region
/// defaulting to its parent's), for adding or editing one.
#[cfg(feature = "ssr")]
async fn checked_partner(
    input: &crate::domain::partner::PartnerInput,
) -> Result<
    (
        crate::domain::User,
        crate::server::store::Store,
        crate::domain::NewPartner,
    ),
    AppError,
> {
    let (user, store) = partner_admin().await?;
    let parent_region = parent_region(&store, input).await?;
    let new = input.parse(parent_region)?;
    Ok((user, store, new))
}

/// The world region of the parent the form names; a parent that does not exist is a
/// message for its field.
#[cfg(feature = "ssr")]
async fn parent_region(
    store: &crate::server::store::Store,
    input: &crate::domain::partner::PartnerInput,
) -> Result<Option<crate::domain::WorldRegion>, AppError> {
    use crate::server::store::StoreError;
    match input.parent_id()? {
        None => Ok(None),
        Some(id) => match store.partner(id).await {
            Ok(parent) => Ok(Some(parent.world_region)),
            Err(StoreError::NotFound(_)) => Err(AppError::field(
                "parent_id",
                "Choose a parent partner that exists.",
            )),
            Err(error) => Err(error.into()),
        },
    }
}
