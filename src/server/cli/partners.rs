//! `accord partner add | list | retire | merge`: the partners a ministry tracks, set up and
//! tidied from a script.

use anyhow::bail;

use super::PartnerCommand;
use super::users::explain;
use crate::domain::partner::{PartnerInput, tree_order};
use crate::error::{AppError, FieldErrors};
use crate::server::store::{Store, StoreError};

/// Field messages named by the flag that sets the field.
fn by_flag(error: AppError) -> anyhow::Error {
    let Some(fields) = error.field_errors() else {
        return explain(error);
    };
    let mut renamed = FieldErrors::new();
    for (field, message) in fields.iter() {
        let flag = match field {
            "world_region" => "region",
            "iso_code" => "iso",
            "parent_id" => "parent",
            other => other,
        };
        renamed.add(flag, message);
    }
    explain(AppError::Validation(renamed))
}

pub(super) async fn run(store: &Store, command: PartnerCommand) -> anyhow::Result<()> {
    match command {
        add @ PartnerCommand::Add { .. } => add_partner(store, add).await,
        PartnerCommand::List => list(store).await,
        PartnerCommand::Retire { key, restore } => retire(store, &key, restore).await,
        PartnerCommand::Merge { key, into } => merge(store, &key, &into).await,
    }
}

/// `accord partner add`.
async fn add_partner(store: &Store, command: PartnerCommand) -> anyhow::Result<()> {
    let PartnerCommand::Add {
        name,
        kind,
        parent,
        region,
        iso,
        slug,
    } = command
    else {
        bail!("not an add command");
    };
    // The parent is named by its key, which a script knows; the form takes its id.
    let parent = match parent {
        Some(key) => Some(by_key(store, &key).await?),
        None => None,
    };
    let input = PartnerInput {
        name,
        slug: slug.unwrap_or_default(),
        kind,
        iso_code: iso.unwrap_or_default(),
        parent_id: parent
            .as_ref()
            .map(|p| p.id.to_string())
            .unwrap_or_default(),
        world_region: region.unwrap_or_default(),
    };
    let new = input
        .parse(parent.as_ref().map(|p| p.world_region))
        .map_err(by_flag)?;
    let created = store
        .create_partner(&new, None)
        .await
        .map_err(|error| match error {
            StoreError::Invalid(error) => by_flag(error),
            other => other.into(),
        })?;
    println!(
        "Added {} ({}, {}) with the key {}.",
        created.name,
        created.kind.label(),
        created.world_region.label(),
        created.slug
    );
    Ok(())
}

/// `accord partner list`.
async fn list(store: &Store) -> anyhow::Result<()> {
    for (partner, depth) in tree_order(&store.list_partners().await?) {
        let state = match (partner.merged_into, partner.is_retired()) {
            (Some(_), _) => ", merged",
            (None, true) => ", retired",
            (None, false) => "",
        };
        println!(
            "{:<32} {}{} ({}, {}{state})",
            partner.slug,
            "  ".repeat(depth),
            partner.name,
            partner.kind.as_str(),
            partner.world_region.as_str()
        );
    }
    Ok(())
}

/// `accord partner retire`.
async fn retire(store: &Store, key: &str, restore: bool) -> anyhow::Result<()> {
    let partner = by_key(store, key).await?;
    let changed = store
        .retire_partner(partner.id, partner.version, !restore, None)
        .await
        .map_err(|error| match error {
            StoreError::Invalid(error) => explain(error),
            other => other.into(),
        })?;
    let done = if changed.is_retired() {
        "Retired"
    } else {
        "Brought back"
    };
    println!("{done} {}.", changed.name);
    Ok(())
}

/// `accord partner merge`.
async fn merge(store: &Store, key: &str, into: &str) -> anyhow::Result<()> {
    let duplicate = by_key(store, key).await?;
    let kept = by_key(store, into).await?;
    let report = store
        .merge_partner(duplicate.id, duplicate.version, kept.id, None)
        .await
        .map_err(|error| match error {
            StoreError::Invalid(error) => explain(error),
            other => other.into(),
        })?;
    println!(
        "Merged {} into {}: {} meetings, {} initiatives and {} parts moved.",
        duplicate.name, kept.name, report.meetings, report.initiatives, report.parts
    );
    Ok(())
}

/// The partner with this key, or a message pointing at the list.
async fn by_key(store: &Store, key: &str) -> anyhow::Result<crate::domain::Partner> {
    match store.partner_by_slug(key).await? {
        Some(partner) => Ok(partner),
        None => bail!("no partner has the key {key} (see `accord partner list`)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::store::test_support::TestDb;

    fn add(name: &str, parent: Option<&str>, region: Option<&str>) -> PartnerCommand {
        PartnerCommand::Add {
            name: name.into(),
            kind: if parent.is_some() {
                "region"
            } else {
                "country"
            }
            .into(),
            parent: parent.map(str::to_owned),
            region: region.map(str::to_owned),
            iso: None,
            slug: None,
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn add_builds_the_tree_and_names_what_is_wrong() {
        let db = TestDb::sqlite().await;
        run(&db.store, add("Belgium", None, Some("europe")))
            .await
            .expect("country");
        run(&db.store, add("Limburg Province", Some("belgium"), None))
            .await
            .expect("region under it");
        let limburg = db
            .store
            .partner_by_slug("limburg-province")
            .await
            .expect("read")
            .expect("added");
        let belgium = db
            .store
            .partner_by_slug("belgium")
            .await
            .expect("read")
            .expect("added");
        assert_eq!(limburg.parent_id, Some(belgium.id));
        assert_eq!(limburg.world_region, belgium.world_region, "inherited");

        let error = run(&db.store, add("Belgium", None, Some("europe")))
            .await
            .expect_err("taken key");
        assert!(error.to_string().contains("--slug"), "{error}");
        let error = run(&db.store, add("Atlantis", None, None))
            .await
            .expect_err("no region");
        assert!(error.to_string().contains("--region"), "{error}");
        let error = run(&db.store, add("Somewhere", Some("nowhere"), None))
            .await
            .expect_err("unknown parent");
        assert!(error.to_string().contains("nowhere"), "{error}");
        run(&db.store, PartnerCommand::List).await.expect("list");

        run(&db.store, add("Limburg", Some("belgium"), None))
            .await
            .expect("a duplicate");
        let merge = |key: &str, into: &str| PartnerCommand::Merge {
            key: key.into(),
            into: into.into(),
        };
        let error = run(&db.store, merge("belgium", "limburg"))
            .await
            .expect_err("into its own part");
        assert!(error.to_string().contains("own parts"), "{error}");
        run(&db.store, merge("limburg", "limburg-province"))
            .await
            .expect("merged");
        let merged = db
            .store
            .partner_by_slug("limburg")
            .await
            .expect("read")
            .expect("kept");
        assert_eq!(merged.merged_into, Some(limburg.id));
        let retire = |key: &str, restore| PartnerCommand::Retire {
            key: key.into(),
            restore,
        };
        run(&db.store, retire("limburg-province", false))
            .await
            .expect("retired");
        run(&db.store, retire("limburg-province", true))
            .await
            .expect("back");
        let error = run(&db.store, retire("nowhere", false))
            .await
            .expect_err("unknown");
        assert!(error.to_string().contains("nowhere"), "{error}");
        db.cleanup().await;
    }
}
