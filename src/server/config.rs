//! Configuration from the environment (a `.env` file is read first when present).

/// Where the data lives when `DATABASE_URL` is not set: a SQLite file, created on first start.
pub const DEFAULT_DATABASE_URL: &str = "sqlite:data/accord.db";

/// What the log shows when `RUST_LOG` is not set.
pub const DEFAULT_LOG_FILTER: &str = "info,sqlx=warn,tower_http=info";

/// Loads `.env` if present. Variables already set in the environment win.
pub fn load_dotenv() {
    // A missing .env is the normal case; a malformed one is worth a warning.
    match dotenvy::dotenv() {
        Ok(_) => {}
        Err(error) if error.not_found() => {}
        Err(error) => eprintln!("warning: ignoring .env: {error}"),
    }
}

/// Starts logging to stderr, filtered by `RUST_LOG` (default [`DEFAULT_LOG_FILTER`]).
pub fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(DEFAULT_LOG_FILTER));
    // A second call (tests) keeps the first subscriber.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .try_init();
}
