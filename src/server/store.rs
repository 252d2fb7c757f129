//! The store: one contract in domain terms over SQLite (embedded default) or PostgreSQL.
//!
//! SQL is written once where both databases accept it; the [`with_db!`] macro runs the same
//! code against whichever pool is configured. Dialect differences are named where they occur.

mod audit;
mod backup;
mod changes;
mod conn;
mod dashboard;
mod decode;
mod deletion;
mod imports;
mod initiatives;
mod kept_pages;
mod login_failures;
mod meetings;
mod partners;
mod password_links;
mod reference;
mod sectors;
mod sheets;
mod summary;
mod synthetic;
mod users;
mod verify;
mod write_turn;

pub use backup::{BackupError, restore_sqlite};
pub use dashboard::FiguresSource;
pub use imports::OpenInitiative;
pub use initiatives::MAX_PAGE_SIZE;
pub use kept_pages::KeptPage;
pub use partners::MergeReport;
pub use password_links::{IssuedLink, PASSWORD_LINK_LIFETIME, is_link_token};
pub use sheets::{PlannedPartner, SheetDraft, SheetImportReport};
pub use synthetic::SyntheticReport;
pub use users::{Credentials, SessionCheck};
pub use verify::Verification;

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
pub(crate) use write_turn::{BeginWrite, RowLocks, exclusive_lock};

use crate::error::AppError;
use crate::server::clock::Clock;

/// Runs `$body` with `$pool` bound to the configured pool, whichever database it is.
macro_rules! with_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::server::store::Db::Sqlite($pool) => $body,
            $crate::server::store::Db::Postgres($pool) => $body,
        }
    };
}
pub(crate) use with_db;

/// Binds `$args` (a slice of [`Arg`]) in order to `$query`.
macro_rules! bind_all {
    ($query:expr, $args:expr) => {{
        let mut query = $query;
        for arg in $args {
            query = match arg {
                $crate::server::store::Arg::Int(value) => query.bind(*value),
                $crate::server::store::Arg::Text(value) => query.bind(value.clone()),
                $crate::server::store::Arg::OptText(value) => query.bind(value.clone()),
                $crate::server::store::Arg::Date(value) => query.bind(*value),
                $crate::server::store::Arg::OptDate(value) => query.bind(*value),
                $crate::server::store::Arg::Time(value) => query.bind(*value),
            };
        }
        query
    }};
}
pub(crate) use bind_all;

/// A value bound to a numbered placeholder of SQL built at run time.
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Int(i64),
    Text(String),
    OptText(Option<String>),
    Date(chrono::NaiveDate),
    OptDate(Option<chrono::NaiveDate>),
    Time(chrono::DateTime<chrono::Utc>),
}

/// Which database engine a store talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Self::Sqlite => "SQLite",
            Self::Postgres => "PostgreSQL",
        }
    }
}

/// The connection pool of one engine.
#[derive(Debug, Clone)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Failures of the store, for the server's eyes; [`StoreError::into_app_error`] turns them
/// into what a user may see.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported DATABASE_URL {0:?}: use sqlite:PATH or postgres://…")]
    UnsupportedUrl(String),
    #[error("could not create the database folder {path}: {source}")]
    CreateDir {
        path: String,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored value {value:?} is not a valid {what}")]
    Corrupt { what: &'static str, value: String },
    /// Input that only the database can judge (an unknown partner, a taken key).
    #[error("invalid input: {0}")]
    Invalid(AppError),
    #[error("{0} not found")]
    NotFound(&'static str),
    /// Someone else changed the record (a meeting, a user) since the version the edit started
    /// from; nothing was written.
    #[error("{0} changed since it was read")]
    Changed(&'static str),
    /// The writer may not make this change to the record as it is now; nothing was written.
    #[error("not allowed")]
    Forbidden,
    /// Someone else changed the initiative since `expected` was read; here is the current one.
    #[error("version conflict: initiative {} is at version {}", .0.id, .0.version)]
    Conflict(Box<crate::domain::Initiative>),
}

impl StoreError {
    pub(crate) fn corrupt(what: &'static str, value: impl Into<String>) -> Self {
        Self::Corrupt {
            what,
            value: value.into(),
        }
    }

    /// What the user sees. Internal details are logged here with a reference id and never
    /// sent to the browser.
    pub fn into_app_error(self) -> AppError {
        match self {
            Self::Invalid(error) => error,
            Self::NotFound(what) => AppError::not_found(what),
            Self::Conflict(_) | Self::Changed(_) => AppError::Conflict,
            Self::Forbidden => {
                crate::server::response::set_status(axum::http::StatusCode::FORBIDDEN);
                AppError::Forbidden
            }
            Self::Database(error) if database_is_away(&error) => {
                tracing::warn!(%error, "database unavailable");
                crate::server::response::set_status(axum::http::StatusCode::SERVICE_UNAVAILABLE);
                AppError::Unavailable
            }
            other => {
                crate::server::response::set_status(axum::http::StatusCode::INTERNAL_SERVER_ERROR);
                AppError::internal("store failure", &other)
            }
        }
    }
}

/// Whether `error` says the database cannot be reached right now (stopped, restarting, out of
/// connections, its disk refusing writes) rather than that the request was wrong: the user
/// is told to try again shortly, and the pool reconnects by itself once it is back.
fn database_is_away(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(database) => {
            let code = database.code().unwrap_or_default();
            if database
                .try_downcast_ref::<sqlx::sqlite::SqliteError>()
                .is_some()
            {
                // The primary result code: busy, locked, read-only, I/O error, full, cannot open.
                let primary = code.parse::<i32>().unwrap_or(0) & 0xff;
                matches!(primary, 5 | 6 | 8 | 10 | 13 | 14)
            } else {
                // PostgreSQL: shutting down, starting up, too many connections, disk full,
                // connection exceptions.
                matches!(
                    code.as_ref(),
                    "57P01" | "57P02" | "57P03" | "53300" | "53100"
                ) || code.starts_with("08")
            }
        }
        _ => false,
    }
}

/// Lets server functions use `?` on store calls: the error the user sees, logged as above.
impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        error.into_app_error()
    }
}

/// The application's data, behind one contract for both engines.
#[derive(Debug, Clone)]
pub struct Store {
    db: Db,
    clock: Clock,
    reference: Arc<reference::ReferenceCache>,
    view: Option<Arc<reference::ViewVersions>>, // one page view's (`Store::for_page_view`)
}

/// How a store opens its pool.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    pub max_connections: u32,
    pub acquire_timeout: Duration,
}

impl Default for ConnectOptions {
    fn default() -> Self {
        Self {
            max_connections: 16,
            acquire_timeout: Duration::from_secs(5),
        }
    }
}

/// Whether a pooled connection may serve another request. When a disk fills up, SQLite rolls
/// the failed transaction back itself and sqlx's own rollback then fails, leaving the
/// connection counted as inside a transaction: every later write on it would fail ("non-zero
/// transaction depth") even after space is freed (`bench/drills/disk.sh`): closed instead.
fn still_usable<C: sqlx::Connection>(connection: &C) -> bool {
    !connection.is_in_transaction()
}

impl Store {
    /// Opens the database named by `url` (`sqlite:PATH` or `postgres://…`), creating a SQLite
    /// file and its folder when missing. Does not migrate.
    pub async fn connect(url: &str, options: &ConnectOptions) -> Result<Self, StoreError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let pool = PgPoolOptions::new()
                .max_connections(options.max_connections)
                .acquire_timeout(options.acquire_timeout)
                .before_acquire(|connection, _| {
                    Box::pin(async move { Ok(still_usable(connection)) })
                })
                .connect(url)
                .await?;
            return Ok(Self {
                db: Db::Postgres(pool),
                clock: Clock::SYSTEM,
                reference: Arc::default(),
                view: None,
            });
        }
        if !url.starts_with("sqlite:") {
            return Err(StoreError::UnsupportedUrl(url.to_owned()));
        }
        let connect = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        if let Some(folder) = connect.get_filename().parent()
            && !folder.as_os_str().is_empty()
        {
            std::fs::create_dir_all(folder).map_err(|source| StoreError::CreateDir {
                path: folder.display().to_string(),
                source,
            })?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(options.max_connections)
            .acquire_timeout(options.acquire_timeout)
            .before_acquire(|connection, _| Box::pin(async move { Ok(still_usable(connection)) }))
            .connect_with(connect)
            .await?;
        Ok(Self {
            db: Db::Sqlite(pool),
            clock: Clock::SYSTEM,
            reference: Arc::default(),
            view: None,
        })
    }

    /// Applies the migrations of this engine that have not run yet, then adds the built-in
    /// sectors that are missing.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match &self.db {
            Db::Sqlite(pool) => sqlx::migrate!("migrations/sqlite").run(pool).await?,
            Db::Postgres(pool) => sqlx::migrate!("migrations/postgres").run(pool).await?,
        }
        self.session_backend().migrate().await?;
        self.ensure_default_sectors().await?;
        self.refresh_statistics(false).await
    }

    /// Keeps the query planner's statistics current, without which SQLite picks the status
    /// index over the partial covering indexes and the dashboard scans every open initiative
    /// (measured: 500 ms instead of 23 ms at 100,000). `full` analyses every table now (after a
    /// bulk load); otherwise SQLite's `PRAGMA optimize` analyses only what has drifted.
    /// PostgreSQL's autovacuum keeps its own statistics; a full refresh runs `ANALYZE`.
    pub async fn refresh_statistics(&self, full: bool) -> Result<(), StoreError> {
        match (&self.db, full) {
            (Db::Sqlite(pool), true) => {
                sqlx::query("ANALYZE").execute(pool).await?;
            }
            (Db::Sqlite(pool), false) => {
                sqlx::query("PRAGMA optimize=0x10002").execute(pool).await?;
            }
            (Db::Postgres(pool), true) => {
                // The application's own tables: a bare ANALYZE also tries every system
                // catalog, and warns for each one a non-superuser may not analyze.
                let tables: Vec<String> = sqlx::query_scalar(
                    "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = current_schema()",
                )
                .fetch_all(pool)
                .await?;
                if !tables.is_empty() {
                    sqlx::query(&format!("ANALYZE {}", tables.join(", ")))
                        .execute(pool)
                        .await?;
                }
            }
            (Db::Postgres(_), false) => {}
        }
        Ok(())
    }

    /// The session store on this engine's database, with the sessions this process keeps.
    pub fn session_backend(&self) -> crate::server::auth::session::SessionBackend {
        use crate::server::auth::session::SessionBackend;
        let kept = Arc::clone(&self.reference.sessions);
        match &self.db {
            Db::Sqlite(pool) => SessionBackend::sqlite(pool.clone(), kept),
            Db::Postgres(pool) => SessionBackend::postgres(pool.clone(), kept),
        }
    }

    /// The check of a session record this process kept, to be made with its user
    /// (`session_user_checked`); `None` when it keeps none under `id`.
    pub fn kept_session_check(&self, id: &tower_sessions::session::Id) -> Option<SessionCheck> {
        let kept = self.reference.sessions.get(id)?;
        Some(SessionCheck {
            id: id.to_string(),
            stored: kept.stored,
        })
    }

    /// Forgets the session record kept under `id`, found changed in the database.
    pub fn forget_kept_session(&self, id: &tower_sessions::session::Id) {
        self.reference.sessions.forget(id);
    }

    /// Answers when the database answers a trivial query.
    pub async fn ping(&self) -> Result<(), StoreError> {
        with_db!(&self.db, pool => {
            sqlx::query("SELECT 1").execute(pool).await?;
        });
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        match self.db {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Closes the pool, waiting for connections in use to be returned.
    pub async fn close(&self) {
        with_db!(&self.db, pool => pool.close().await)
    }

    pub(crate) fn db(&self) -> &Db {
        &self.db
    }

    /// The same store reading its time from `clock` (tests and drills fix the day).
    pub fn with_clock(self, clock: Clock) -> Self {
        Self { clock, ..self }
    }

    /// The current instant, from the store's clock: every timestamp the store writes.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// Today's date on the store's clock in the installation's time zone, against which
    /// health is judged.
    pub fn today(&self) -> chrono::NaiveDate {
        self.clock.today()
    }

    /// Today's date for `user`: in their own time zone when they chose one, else the
    /// installation's.
    pub fn today_for(&self, user: &crate::domain::User) -> chrono::NaiveDate {
        user.time_zone
            .as_deref()
            .and_then(|zone| self.clock.in_zone(zone).ok())
            .map_or_else(|| self.clock.today(), |clock| clock.today())
    }

    /// The installation's time zone (`ACCORD_TIME_ZONE`), as an IANA name.
    pub fn zone_name(&self) -> &'static str {
        self.clock.zone_name()
    }
}

pub use crate::domain::initiative::MAX_SEARCH_CHARS;

/// Escapes `%`, `_` and `\` so user text matches literally in `LIKE … ESCAPE '\'`, and wraps it
/// for a substring match (the first [`MAX_SEARCH_CHARS`] characters). Lower-cased: both engines
/// compare with `lower(column)`.
pub(crate) fn like_pattern(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len().min(4 * MAX_SEARCH_CHARS) + 2);
    pattern.push('%');
    // Control characters match nothing anyone typed, and PostgreSQL refuses NUL in text.
    let searched = text.trim().to_lowercase();
    for c in searched
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_SEARCH_CHARS)
    {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_escape_wildcards() {
        assert_eq!(like_pattern(" Flanders "), "%flanders%");
        assert_eq!(like_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
        let long = "я".repeat(100_000);
        assert_eq!(like_pattern(&long).chars().count(), MAX_SEARCH_CHARS + 2);
        assert_eq!(like_pattern("a\u{0}b\u{7}"), "%ab%");
    }
}

#[cfg(test)]
mod audit_tests;
#[cfg(test)]
mod backup_tests;
#[cfg(test)]
mod contract_tests;
#[cfg(test)]
mod import_tests;
#[cfg(test)]
mod initiative_tests;
#[cfg(test)]
mod partner_tests;
#[cfg(test)]
mod reference_tests;
#[cfg(test)]
mod sheet_tests;
#[cfg(test)]
mod summary_tests;
#[cfg(test)]
pub(crate) mod test_support;
#[cfg(test)]
mod user_tests;
