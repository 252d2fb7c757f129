//! The `accord` command line: serve, migrate and seed.

use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use leptos::prelude::get_configuration;

use super::config::{self, DEFAULT_DATABASE_URL};
use super::state::AppState;
use super::store::{ConnectOptions, Store};
use super::{http, seed};

/// Accord turns the outcomes of diplomatic meetings into tracked initiatives.
///
/// Configuration comes from the environment (and a `.env` file when present):
/// DATABASE_URL (default sqlite:data/accord.db), LEPTOS_SITE_ADDR (default 127.0.0.1:3000),
/// LEPTOS_SITE_ROOT (default target/site) and RUST_LOG.
#[derive(Debug, Parser)]
#[command(name = "accord", version, about, long_about)]
pub struct Cli {
    /// The database: `sqlite:PATH` (embedded, created when missing) or `postgres://USER:PASS@HOST/DB`.
    #[arg(long, env = "DATABASE_URL", default_value = DEFAULT_DATABASE_URL, global = true)]
    database_url: String,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Apply pending migrations, then serve the web application on LEPTOS_SITE_ADDR.
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Add example data. Safe to run again: records that exist are left alone.
    Seed(SeedArgs),
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
struct SeedArgs {
    /// The demo data set: the Kazakhstan–Flanders meeting and the partners and meetings around it.
    #[arg(long)]
    demo: bool,
}

/// Parses the command line and runs the chosen command.
pub async fn run() -> ExitCode {
    config::load_dotenv();
    let cli = Cli::parse();
    config::init_tracing();
    match execute(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error:#}");
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn execute(cli: Cli) -> anyhow::Result<()> {
    let store = open_store(&cli.database_url).await?;
    match cli.command {
        Command::Migrate => {
            println!("Migrations applied ({}).", store.backend().name());
        }
        Command::Seed(SeedArgs { demo: true }) => {
            let report = seed::seed_demo(&store).await?;
            println!("Demo data ready: {report}.");
        }
        Command::Seed(SeedArgs { demo: false }) => unreachable!("clap requires one seed kind"),
        Command::Serve => {
            let leptos_options = get_configuration(None)?.leptos_options;
            http::serve(AppState {
                leptos_options,
                store,
            })
            .await?;
        }
    }
    Ok(())
}

/// Connects and migrates: every command works on an up-to-date schema.
async fn open_store(url: &str) -> anyhow::Result<Store> {
    let store = Store::connect(url, &ConnectOptions::default())
        .await
        .map_err(|error| anyhow::anyhow!("cannot open the database at {}: {error}", redact(url)))?;
    store.migrate().await?;
    Ok(store)
}

/// The URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn seed_needs_a_data_set() {
        assert!(Cli::try_parse_from(["accord", "seed"]).is_err());
        assert!(Cli::try_parse_from(["accord", "seed", "--demo"]).is_ok());
    }

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            redact("postgres://accord:secret@localhost/accord"),
            "postgres://accord:***@localhost/accord"
        );
        assert_eq!(redact("sqlite:data/accord.db"), "sqlite:data/accord.db");
    }
}
