//! `accord sector add | list | edit | retire`: the sectors initiatives are tagged with and
//! readouts are searched for, set up from a script. The same checks, versions and audit
//! events as `/admin/sectors`.

use anyhow::bail;
use clap::Subcommand;

use super::users::{explain, explain_store};
use crate::domain::sector::SectorInput;
use crate::server::store::Store;

#[derive(Debug, Subcommand)]
pub(super) enum SectorCommand {
    /// Add a sector.
    Add {
        #[arg(long)]
        name: String,
        /// Words and phrases that name it in a readout, comma-separated.
        #[arg(long, default_value = "")]
        synonyms: String,
        /// The stable key (Latin letters, digits, dashes); made from the name when left out.
        #[arg(long)]
        key: Option<String>,
    },
    /// List every sector: key, name, synonyms, retired or not.
    List,
    /// Rename a sector or replace its synonyms.
    Edit {
        /// The sector's key.
        key: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        synonyms: Option<String>,
    },
    /// Retire a sector no longer used (or bring it back with --restore).
    Retire {
        key: String,
        #[arg(long)]
        restore: bool,
    },
}

pub(super) async fn run(store: &Store, command: SectorCommand) -> anyhow::Result<()> {
    match command {
        SectorCommand::Add {
            name,
            synonyms,
            key,
        } => {
            let input = SectorInput {
                name,
                slug: key.unwrap_or_default(),
                synonyms,
            };
            let new = input.parse().map_err(explain)?;
            let created = store
                .create_sector(&new, None)
                .await
                .map_err(explain_store)?;
            println!("Added {} with the key {}.", created.name, created.slug);
        }
        SectorCommand::List => {
            for sector in store.list_sectors().await? {
                let state = if sector.is_retired() {
                    " (retired)"
                } else {
                    ""
                };
                println!(
                    "{}\t{}{state}\t{}",
                    sector.slug,
                    sector.name,
                    sector.synonyms.join(", ")
                );
            }
        }
        SectorCommand::Edit {
            key,
            name,
            synonyms,
        } => {
            let Some(sector) = store.sector_by_slug(&key).await? else {
                bail!("no sector has the key {key}");
            };
            let mut input = SectorInput::from_sector(&sector);
            input.name = name.unwrap_or(input.name);
            input.synonyms = synonyms.unwrap_or(input.synonyms);
            let new = input.parse().map_err(explain)?;
            let changed = store
                .update_sector(sector.id, sector.version, &new, None)
                .await
                .map_err(explain_store)?;
            println!("Saved {} ({}).", changed.name, changed.slug);
        }
        SectorCommand::Retire { key, restore } => {
            let Some(sector) = store.sector_by_slug(&key).await? else {
                bail!("no sector has the key {key}");
            };
            let changed = store
                .retire_sector(sector.id, sector.version, !restore, None)
                .await
                .map_err(explain_store)?;
            let state = if changed.is_retired() {
                "retired"
            } else {
                "back in use"
            };
            println!("{} is {state}.", changed.name);
        }
    }
    Ok(())
}
