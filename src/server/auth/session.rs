//! Sessions in the database (tower-sessions with its sqlx stores, for either engine).

use std::time::Duration;

use async_trait::async_trait;
use tower_sessions::cookie::SameSite;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};
use tower_sessions::{Expiry, SessionManagerLayer};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

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

/// The session store of whichever engine the app runs on.
#[derive(Debug, Clone)]
pub enum SessionBackend {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl SessionBackend {
    /// Creates the session table when missing.
    pub async fn migrate(&self) -> Result<(), sqlx::Error> {
        match self {
            Self::Sqlite(store) => store.migrate().await,
            Self::Postgres(store) => store.migrate().await,
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
}

#[async_trait]
impl SessionStore for SessionBackend {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            Self::Sqlite(store) => store.create(record).await,
            Self::Postgres(store) => store.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            Self::Sqlite(store) => store.save(record).await,
            Self::Postgres(store) => store.save(record).await,
        }
    }

    async fn load(&self, session_id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            Self::Sqlite(store) => store.load(session_id).await,
            Self::Postgres(store) => store.load(session_id).await,
        }
    }

    async fn delete(&self, session_id: &Id) -> session_store::Result<()> {
        match self {
            Self::Sqlite(store) => store.delete(session_id).await,
            Self::Postgres(store) => store.delete(session_id).await,
        }
    }
}

#[async_trait]
impl ExpiredDeletion for SessionBackend {
    async fn delete_expired(&self) -> session_store::Result<()> {
        match self {
            Self::Sqlite(store) => store.delete_expired().await,
            Self::Postgres(store) => store.delete_expired().await,
        }
    }
}
