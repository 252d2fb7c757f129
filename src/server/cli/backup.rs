//! `accord backup FILE`, `accord restore FILE` and `accord verify`.
//!
//! SQLite: an online copy (`VACUUM INTO`) while the server runs; a restore checks the backup,
//! then swaps it in (server stopped). PostgreSQL: `pg_dump --format=custom` and `pg_restore
//! --clean`, the engine's own consistent tools, called with the same DATABASE_URL.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use anyhow::{Context, bail};

use crate::server::store::{Store, restore_sqlite};

/// The SQLite file a `sqlite:` URL names; `None` for PostgreSQL.
fn sqlite_file(url: &str) -> anyhow::Result<Option<PathBuf>> {
    if !url.starts_with("sqlite:") {
        return Ok(None);
    }
    let options = sqlx::sqlite::SqliteConnectOptions::from_str(url)
        .with_context(|| format!("{url} is not a SQLite URL"))?;
    Ok(Some(options.get_filename().to_owned()))
}

/// Runs one of PostgreSQL's own tools; says what to install when it is missing.
fn run_pg_tool(tool: &str, args: &[&str]) -> anyhow::Result<()> {
    let status = std::process::Command::new(tool)
        .args(args)
        .status()
        .with_context(|| {
            format!(
                "cannot run {tool}: install PostgreSQL's client tools (Debian: postgresql-client)"
            )
        })?;
    if !status.success() {
        bail!("{tool} failed ({status})");
    }
    Ok(())
}

/// `accord backup FILE`.
pub async fn backup(url: &str, store: &Store, target: &Path) -> anyhow::Result<()> {
    if target.exists() {
        bail!(
            "{} exists already: choose a new file name",
            target.display()
        );
    }
    match sqlite_file(url)? {
        Some(_) => {
            store.backup_sqlite_to(target).await?;
            println!(
                "Backed up to {} (a SQLite database; `accord restore {}` puts it back).",
                target.display(),
                target.display()
            );
        }
        None => {
            let file = target.to_string_lossy();
            run_pg_tool(
                "pg_dump",
                &[
                    "--format=custom",
                    "--no-owner",
                    "--file",
                    &file,
                    "--dbname",
                    url,
                ],
            )?;
            println!(
                "Backed up to {file} (pg_dump custom format; `accord restore {file}` puts it back)."
            );
        }
    }
    Ok(())
}

/// `accord restore FILE`: replaces the database's content with the backup's.
pub async fn restore(url: &str, backup: &Path) -> anyhow::Result<()> {
    if !backup.is_file() {
        bail!("{} is not a file", backup.display());
    }
    match sqlite_file(url)? {
        Some(live) => restore_sqlite(backup, &live).await?,
        None => {
            let file = backup.to_string_lossy();
            run_pg_tool(
                "pg_restore",
                &[
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    "--dbname",
                    url,
                    &file,
                ],
            )?;
        }
    }
    println!("Restored {}. Checking it:", backup.display());
    Ok(())
}

/// `accord verify`: prints each broken promise; fails when there is one.
pub async fn verify(store: &Store) -> anyhow::Result<()> {
    let report = store.verify().await?;
    for problem in &report.problems {
        println!("PROBLEM {problem}");
    }
    println!(
        "{} initiatives, {} audit events: {}",
        report.initiatives,
        report.audit_events,
        if report.is_sound() {
            "consistent".to_owned()
        } else {
            format!("{} problems", report.problems.len())
        }
    );
    if !report.is_sound() {
        bail!("the database is not consistent");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_name_their_file() {
        assert_eq!(
            sqlite_file("sqlite:data/accord.db").expect("url"),
            Some(PathBuf::from("data/accord.db"))
        );
        assert_eq!(sqlite_file("postgres://u@h/db").expect("url"), None);
    }
}
