//! `accord partner add | list`: the partners a ministry tracks, set up from a script.

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
        PartnerCommand::Add {
            name,
            kind,
            parent,
            region,
            iso,
            slug,
        } => {
            // The parent is named by its key, which a script knows; the form takes its id.
            let parent = match parent {
                Some(key) => match store.partner_by_slug(&key).await? {
                    Some(parent) => Some(parent),
                    None => bail!("no partner has the key {key} (see `accord partner list`)"),
                },
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
        }
        PartnerCommand::List => {
            for (partner, depth) in tree_order(&store.list_partners().await?) {
                println!(
                    "{:<32} {}{} ({}, {})",
                    partner.slug,
                    "  ".repeat(depth),
                    partner.name,
                    partner.kind.as_str(),
                    partner.world_region.as_str()
                );
            }
        }
    }
    Ok(())
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
        db.cleanup().await;
    }
}
