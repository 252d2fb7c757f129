//! Server functions for sectors, the controlled list of fields of cooperation that
//! initiatives are tagged with and readouts are searched for. Admins only
//! (`Action::ManageSectors`): add, rename, change the key or the synonyms, retire, restore;
//! every change versioned and audited.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Sector;
use crate::domain::sector::SectorInput;
use crate::error::AppError;

/// A sector as the admins' list shows it: how many initiatives carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListedSector {
    pub sector: Sector,
    pub initiatives: i64,
}

/// What the retire form sends: `yes` to retire, `no` to bring the sector back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectorStateInput {
    pub retire: String,
}

/// Every sector by name, with its use, for the admins' sectors page.
#[server(endpoint = "admin_sectors")]
pub async fn admin_sectors() -> Result<Vec<ListedSector>, AppError> {
    let (_, store) = sector_admin().await?;
    let uses = store.sector_uses().await?;
    Ok(store
        .list_sectors()
        .await?
        .into_iter()
        .map(|sector| ListedSector {
            initiatives: uses.get(&sector.id).copied().unwrap_or(0),
            sector,
        })
        .collect())
}

/// Adds a sector and goes back to the list.
#[server(endpoint = "admin_create_sector")]
pub async fn create_sector(input: SectorInput) -> Result<(), AppError> {
    let result = async {
        let (user, store) = sector_admin().await?;
        let new = input.parse()?;
        store.create_sector(&new, Some(user.id)).await?;
        Ok(())
    }
    .await;
    crate::api::forms::done_or_rejected(result, "new-sector", &input, "/admin/sectors").await
}

/// Saves an edit of sector `id` made on top of `version`: name, key, synonyms. When someone
/// else saved first the answer is [`AppError::Conflict`] and nothing is written.
#[server(endpoint = "admin_update_sector")]
pub async fn update_sector(id: i64, version: i64, input: SectorInput) -> Result<(), AppError> {
    let result = async {
        let (user, store) = sector_admin().await?;
        let new = input.parse()?;
        store
            .update_sector(id, version, &new, Some(user.id))
            .await?;
        Ok(())
    }
    .await;
    crate::api::forms::done_or_rejected(result, "edit-sector", &input, "/admin/sectors").await
}

/// Retires sector `id` (seen at `version`) or brings it back.
#[server(endpoint = "admin_retire_sector")]
pub async fn retire_sector(id: i64, version: i64, input: SectorStateInput) -> Result<(), AppError> {
    let result = async {
        let (user, store) = sector_admin().await?;
        let retire = input.retire == "yes";
        store
            .retire_sector(id, version, retire, Some(user.id))
            .await?;
        Ok(())
    }
    .await;
    crate::api::forms::done_or_rejected(result, "retire-sector", &input, "/admin/sectors").await
}

/// The signed-in user if they may manage sectors, and the store.
#[cfg(feature = "ssr")]
async fn sector_admin() -> Result<(crate::domain::User, crate::server::store::Store), AppError> {
    use crate::domain::permission::{Action, RecordFacts};
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::ManageSectors, RecordFacts::default())?;
    Ok((user, crate::server::state::store()?))
}
