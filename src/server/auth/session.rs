//! Sessions in the database (tower-sessions with its sqlx stores, for either engine).

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use tower_sessions::cookie::SameSite;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};
use tower_sessions::{Expiry, SessionManagerLayer};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

use super::kept_sessions::KeptSessions;

/// Session keys.
pub const USER_ID: &str = "user_id";
pub const SIGNED_IN_AT: &str = "signed_in_at";
pub const SEEN_AT: &str = "seen_at";
/// The user's session epoch at sign-in (see `Store::session_user`).
pub const EPOCH: &str = "epoch";

/// Signs `user_id` in on `session` at their session `epoch`, under a new session id (a
/// session fixed before sign-in is not the one that works after).
pub async fn start(
    session: &tower_sessions::Session,
    user_id: i64,
    epoch: i64,
    now: i64,
) -> Result<(), tower_sessions::session::Error> {
    session.cycle_id().await?;
    session.insert(USER_ID, user_id).await?;
    session.insert(EPOCH, epoch).await?;
    session.insert(SIGNED_IN_AT, now).await?;
    session.insert(SEEN_AT, now).await
}

/// The session cookie's name.
pub const COOKIE: &str = "accord_session";

/// How sessions behave; from the environment (see the README).
#[derive(Debug, Clone)]
pub struct AuthConfig {
    /// Signed out after this long without activity.
    pub idle_timeout: Duration,
    /// Signed out this long after signing in, active or not.
    pub max_lifetime: Duration,
    /// Cookies only over https.
    pub secure_cookies: bool,
    /// Where users reach Accord (`ACCORD_PUBLIC_URL`, no trailing slash), for links handed out
    /// to be opened elsewhere; `None` when not set.
    pub public_url: Option<String>,
}

impl Default for AuthConfig {
    fn default() -> Self {
        Self {
            idle_timeout: Duration::from_secs(30 * 60),
            max_lifetime: Duration::from_secs(12 * 3600),
            secure_cookies: false,
            public_url: None,
        }
    }
}

impl AuthConfig {
    /// `ACCORD_SESSION_IDLE_MINUTES` (30), `ACCORD_SESSION_MAX_HOURS` (12), and secure cookies
    /// when `ACCORD_PUBLIC_URL` starts with `https://`.
    pub fn from_env() -> Self {
        let defaults = Self::default();
        let number = |name: &str| {
            std::env::var(name)
                .ok()
                .and_then(|v| v.trim().parse::<u64>().ok())
                .filter(|n| *n > 0)
        };
        let public_url = std::env::var("ACCORD_PUBLIC_URL")
            .ok()
            .map(|url| url.trim().trim_end_matches('/').to_owned())
            .filter(|url| url.starts_with("https://") || url.starts_with("http://"));
        Self {
            idle_timeout: number("ACCORD_SESSION_IDLE_MINUTES")
                .map_or(defaults.idle_timeout, |m| Duration::from_secs(m * 60)),
            max_lifetime: number("ACCORD_SESSION_MAX_HOURS")
                .map_or(defaults.max_lifetime, |h| Duration::from_secs(h * 3600)),
            secure_cookies: public_url
                .as_deref()
                .is_some_and(|url| url.starts_with("https://")),
            public_url,
        }
    }
}

/// Where tower-sessions-sqlx-store keeps the sessions (its default names), per engine.
pub const SQLITE_SESSIONS: &str = "\"tower_sessions\"";
pub const POSTGRES_SESSIONS: &str = "\"tower_sessions\".\"session\"";

/// The session store of whichever engine the app runs on, with the signed-in sessions this
/// process keeps (see `auth::kept_sessions`).
#[derive(Debug, Clone)]
pub struct SessionBackend {
    engine: SessionEngine,
    kept: Arc<KeptSessions>,
}

#[derive(Debug, Clone)]
enum SessionEngine {
    Sqlite(SqliteStore, sqlx::SqlitePool),
    Postgres(PostgresStore, sqlx::PgPool),
}

impl SessionBackend {
    pub fn sqlite(pool: sqlx::SqlitePool, kept: Arc<KeptSessions>) -> Self {
        let engine = SessionEngine::Sqlite(SqliteStore::new(pool.clone()), pool);
        Self { engine, kept }
    }

    pub fn postgres(pool: sqlx::PgPool, kept: Arc<KeptSessions>) -> Self {
        let engine = SessionEngine::Postgres(PostgresStore::new(pool.clone()), pool);
        Self { engine, kept }
    }

    /// Creates the session table when missing.
    pub async fn migrate(&self) -> Result<(), sqlx::Error> {
        match &self.engine {
            SessionEngine::Sqlite(store, _) => store.migrate().await,
            SessionEngine::Postgres(store, _) => store.migrate().await,
        }
    }

    /// The layer that loads and saves sessions, with the cookie settings of `config`.
    pub fn layer(&self, config: &AuthConfig) -> SessionManagerLayer<SessionBackend> {
        let idle =
            tower_sessions::cookie::time::Duration::seconds(config.idle_timeout.as_secs() as i64);
        SessionManagerLayer::new(self.clone())
            .with_name(COOKIE)
            .with_http_only(true)
            .with_same_site(SameSite::Lax)
            .with_secure(config.secure_cookies)
            .with_expiry(Expiry::OnInactivity(idle))
    }

    /// Deletes expired sessions every `period`, until the process ends.
    pub fn spawn_cleanup(&self, period: Duration) {
        let store = self.clone();
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(period);
            loop {
                ticker.tick().await;
                if let Err(error) = store.delete_expired().await {
                    tracing::warn!(%error, "could not delete expired sessions");
                }
            }
        });
    }

    /// The stored bytes of an unexpired session, read as tower-sessions-sqlx-store reads
    /// them, so that they can be kept and compared later.
    async fn load_stored(&self, session_id: &Id) -> Result<Option<Vec<u8>>, sqlx::Error> {
        let now = tower_sessions::cookie::time::OffsetDateTime::now_utc();
        let id = session_id.to_string();
        match &self.engine {
            SessionEngine::Sqlite(_, pool) => {
                let sql =
                    format!("SELECT data FROM {SQLITE_SESSIONS} WHERE id = ? AND expiry_date > ?");
                sqlx::query_scalar(&sql)
                    .bind(id)
                    .bind(now)
                    .fetch_optional(pool)
                    .await
            }
            SessionEngine::Postgres(_, pool) => {
                let sql = format!(
                    "SELECT data FROM {POSTGRES_SESSIONS} WHERE id = $1 AND expiry_date > $2"
                );
                sqlx::query_scalar(&sql)
                    .bind(id)
                    .bind(now)
                    .fetch_optional(pool)
                    .await
            }
        }
    }
}

#[async_trait]
impl SessionStore for SessionBackend {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match &self.engine {
            SessionEngine::Sqlite(store, _) => store.create(record).await,
            SessionEngine::Postgres(store, _) => store.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        self.kept.forget(&record.id);
        match &self.engine {
            SessionEngine::Sqlite(store, _) => store.save(record).await,
            SessionEngine::Postgres(store, _) => store.save(record).await,
        }
    }

    /// A signed-in session kept in the process is served from there, provisionally (see
    /// `auth::kept_sessions`); any other is read from the database and kept.
    async fn load(&self, session_id: &Id) -> session_store::Result<Option<Record>> {
        if let Some(kept) = self.kept.get(session_id) {
            return Ok(Some(kept.record));
        }
        let stored = self
            .load_stored(session_id)
            .await
            .map_err(|error| session_store::Error::Backend(error.to_string()))?;
        let Some(stored) = stored else {
            return Ok(None);
        };
        let record: Record = rmp_serde::from_slice(&stored)
            .map_err(|error| session_store::Error::Decode(error.to_string()))?;
        // Only a signed-in session's record is checked (with its user) before it is used.
        if record.data.contains_key(USER_ID) {
            self.kept.keep(&record, Arc::from(stored));
        }
        Ok(Some(record))
    }

    async fn delete(&self, session_id: &Id) -> session_store::Result<()> {
        self.kept.forget(session_id);
        match &self.engine {
            SessionEngine::Sqlite(store, _) => store.delete(session_id).await,
            SessionEngine::Postgres(store, _) => store.delete(session_id).await,
        }
    }
}

#[async_trait]
impl ExpiredDeletion for SessionBackend {
    async fn delete_expired(&self) -> session_store::Result<()> {
        match &self.engine {
            SessionEngine::Sqlite(store, _) => store.delete_expired().await,
            SessionEngine::Postgres(store, _) => store.delete_expired().await,
        }
    }
}
