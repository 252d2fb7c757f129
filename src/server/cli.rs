//! The `accord` command line: serve, migrate and seed.

use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use leptos::prelude::get_configuration;

use super::clock::Clock;
use super::config::{self, DEFAULT_DATABASE_URL};
use super::state::AppState;
use super::store::{ConnectOptions, Store};
use super::{http, seed};

mod backup;
mod partners;
mod readout;
mod sectors;
mod sheet;
mod users;

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
    /// Manage users. There is no built-in account: make the first admin with `user add`.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manage partners: the countries, organisations and regions meetings are held with.
    Partner {
        #[command(subcommand)]
        command: PartnerCommand,
    },
    /// Manage sectors: the fields of cooperation initiatives are tagged with, and the
    /// synonyms readouts are searched for.
    Sector {
        #[command(subcommand)]
        command: sectors::SectorCommand,
    },
    /// Write a consistent copy of the database to FILE while the server keeps serving
    /// (SQLite: a database file; PostgreSQL: pg_dump's custom format).
    Backup {
        /// The backup file to create (it must not exist).
        file: std::path::PathBuf,
    },
    /// Replace the database's content with a backup made by `accord backup`, after checking
    /// it. Stop the server first.
    Restore {
        /// The backup file.
        file: std::path::PathBuf,
    },
    /// Check the database: file integrity (SQLite), the status tally, one audit event per
    /// initiative write, the dashboard summary against a direct count. Fails on a problem.
    Verify,
    /// Print what Accord proposes for a meeting readout: the meeting, the parties, the partner
    /// region, the sectors and the commitments (no database needed).
    ImportReadout(readout::ImportReadoutArgs),
    /// Import a spreadsheet (CSV) of existing commitments: every row is checked and every
    /// problem printed by row and column; nothing is written unless all rows are valid, and
    /// rows imported before are not created again.
    ImportCsv(sheet::ImportCsvArgs),
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Add a user. The password is read from standard input with --password-stdin; otherwise
    /// one is generated and printed once.
    Add {
        #[arg(long)]
        email: String,
        /// admin, manager, officer or viewer.
        #[arg(long)]
        role: String,
        /// The name shown in the app (default: the part of the email before the @).
        #[arg(long)]
        name: Option<String>,
        /// Read the password (12 to 128 characters) from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// List users with their roles and whether they are active.
    List,
    /// Take a user's password away and print a one-time link (valid 72 hours) with which they
    /// choose their own. Links start with ACCORD_PUBLIC_URL when it is set.
    Link {
        #[arg(long)]
        email: String,
    },
    /// Stop a user from signing in (their records stay).
    Disable {
        #[arg(long)]
        email: String,
    },
}

#[derive(Debug, Subcommand)]
enum PartnerCommand {
    /// Add a partner, under another one (--parent KEY) or at the top.
    Add {
        #[arg(long)]
        name: String,
        /// country, region, city or organisation.
        #[arg(long)]
        kind: String,
        /// The key of the partner it is part of (see `accord partner list`).
        #[arg(long)]
        parent: Option<String>,
        /// The UN M49 world region (e.g. europe, central_asia); default: the parent's.
        #[arg(long)]
        region: Option<String>,
        /// ISO 3166 code (BE, BE-VLI).
        #[arg(long)]
        iso: Option<String>,
        /// A stable key; default: made from the name.
        #[arg(long)]
        slug: Option<String>,
    },
    /// List partners as a tree: key, name, kind, world region (and retired or merged).
    List,
    /// Retire a partner (no longer offered for new records; its records kept), or bring it
    /// back with --restore.
    Retire {
        /// The partner's key.
        key: String,
        #[arg(long)]
        restore: bool,
    },
    /// Merge a duplicate into the partner to keep: its meetings, initiatives and parts move
    /// there, and it is retired.
    Merge {
        /// The duplicate's key.
        key: String,
        /// The key of the partner to keep.
        #[arg(long)]
        into: String,
    },
}

#[derive(Debug, Args)]
struct SeedArgs {
    #[command(flatten)]
    set: SeedSet,
    /// With --synthetic: the random seed (the same seed gives the same data).
    #[arg(long, default_value_t = 2026, requires = "synthetic")]
    random_seed: u64,
    /// The day the data is arranged around (what counts as overdue or stale); default today.
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<NaiveDate>,
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
struct SeedSet {
    /// The demo data set: the Kazakhstan–Flanders meeting, the partners, meetings, users and
    /// initiatives around it.
    #[arg(long)]
    demo: bool,
    /// N synthetic initiatives over hundreds of partners, with history, for load tests.
    #[arg(long, value_name = "N")]
    synthetic: Option<usize>,
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
    // Reading a readout needs no database.
    if let Command::ImportReadout(args) = cli.command {
        return readout::run(args);
    }
    // A restore replaces the database before anything opens it, then checks the result.
    if let Command::Restore { file } = &cli.command {
        backup::restore(&cli.database_url, file).await?;
        let store = open_store(&cli.database_url).await?;
        return backup::verify(&store).await;
    }
    let store = open_store(&cli.database_url).await?;
    match cli.command {
        Command::Migrate => {
            println!("Migrations applied ({}).", store.backend().name());
        }
        Command::Seed(args) => {
            let today = args.today.unwrap_or_else(|| store.today());
            match args.set {
                SeedSet {
                    synthetic: Some(count),
                    ..
                } => {
                    let started = std::time::Instant::now();
                    let report = store.seed_synthetic(count, args.random_seed, today).await?;
                    // The dashboard summary, built now rather than by the first dashboard.
                    store.bring_summary_to(today).await?;
                    println!(
                        "Synthetic data ready: {report} in {:.1} s.",
                        started.elapsed().as_secs_f64()
                    );
                }
                SeedSet { demo: true, .. } => {
                    let report = seed::seed_demo(&store, today).await?;
                    println!("Demo data ready: {report}.");
                }
                SeedSet {
                    demo: false,
                    synthetic: None,
                } => unreachable!("clap requires one data set"),
            }
        }
        Command::User { command } => users::run(&store, command).await?,
        Command::Partner { command } => partners::run(&store, command).await?,
        Command::Sector { command } => sectors::run(&store, command).await?,
        Command::ImportReadout(args) => readout::run(args)?,
        Command::ImportCsv(args) => sheet::run(&store, args).await?,
        Command::Backup { file } => backup::backup(&cli.database_url, &store, &file).await?,
        Command::Restore { .. } => unreachable!("restored above"),
        Command::Verify => backup::verify(&store).await?,
        Command::Serve => {
            let mut leptos_options = get_configuration(None)?.leptos_options;
            // A release build names its files by their hashes: the pages must link those.
            leptos_options.hash_files = crate::server::assets::files_are_hashed(&leptos_options);
            let auth = crate::server::auth::session::AuthConfig::from_env();
            http::serve(AppState {
                leptos_options,
                store,
                auth,
                default_language: default_language_from_env()?,
            })
            .await?;
        }
    }
    Ok(())
}

/// Connects and migrates: every command works on an up-to-date schema.
async fn open_store(url: &str) -> anyhow::Result<Store> {
    let mut options = ConnectOptions::default();
    // The pool size is a deployment choice (cores, engine); the default suits most.
    if let Some(n) = std::env::var("DATABASE_MAX_CONNECTIONS")
        .ok()
        .and_then(|raw| raw.trim().parse::<u32>().ok())
    {
        options.max_connections = n.clamp(1, 256);
    }
    let store = Store::connect(url, &options)
        .await
        .map_err(|error| anyhow::anyhow!("cannot open the database at {}: {error}", redact(url)))?
        .with_clock(clock_from_env()?);
    store.migrate().await?;
    Ok(store)
}

/// The system clock, or for drills and tests `ACCORD_CLOCK_START` (an RFC 3339 instant such
/// as `2026-11-30T23:59:50Z`): a clock that starts there and runs on. Days are judged in
/// `ACCORD_TIME_ZONE` (an IANA name such as `Asia/Almaty`; UTC when unset).
fn clock_from_env() -> anyhow::Result<Clock> {
    let clock = match std::env::var("ACCORD_CLOCK_START") {
        Ok(start) if !start.trim().is_empty() => {
            let start = chrono::DateTime::parse_from_rfc3339(start.trim()).map_err(|error| {
                anyhow::anyhow!("ACCORD_CLOCK_START={start:?} is not an RFC 3339 instant: {error}")
            })?;
            Clock::starting_at(start.with_timezone(&chrono::Utc))
        }
        _ => Clock::SYSTEM,
    };
    match std::env::var("ACCORD_TIME_ZONE") {
        Ok(zone) if !zone.trim().is_empty() => clock
            .in_zone(&zone)
            .map_err(|error| anyhow::anyhow!("ACCORD_TIME_ZONE: {error}")),
        _ => Ok(clock),
    }
}

/// `ACCORD_DEFAULT_LANGUAGE` (`en`, `ru` or `kk`; English when unset): the interface language
/// for readers whose browser names none of Accord's.
fn default_language_from_env() -> anyhow::Result<crate::domain::Language> {
    match std::env::var("ACCORD_DEFAULT_LANGUAGE") {
        Ok(code) if !code.trim().is_empty() => {
            crate::domain::Language::parse(&code).ok_or_else(|| {
                anyhow::anyhow!("ACCORD_DEFAULT_LANGUAGE={code:?} is not one of en, ru, kk")
            })
        }
        _ => Ok(crate::domain::Language::default()),
    }
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
        assert!(
            Cli::try_parse_from([
                "accord",
                "seed",
                "--synthetic",
                "1000",
                "--random-seed",
                "7"
            ])
            .is_ok()
        );
        assert!(Cli::try_parse_from(["accord", "seed", "--demo", "--synthetic", "10"]).is_err());
        assert!(
            Cli::try_parse_from(["accord", "seed", "--demo", "--today", "2026-13-01"]).is_err()
        );
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
