//! Users in the store (password hashes stay here; sign-in comes with the auth module).

use super::audit::{AuditEntry, changes, insert_audit};
use super::decode::decode;
use super::reference::{ReferenceTable, ReferenceVersions, VERSION_COLUMNS};
use super::{Backend, BeginWrite, Store, StoreError, exclusive_lock, with_db};
use crate::domain::{Language, NewUser, Role, User};
use crate::error::AppError;
use crate::server::auth::session::{POSTGRES_SESSIONS, SQLITE_SESSIONS};

/// A session record kept in the process (`auth::kept_sessions`), to be checked against the
/// database in the statement that reads its user: its id and the bytes it was read from.
#[derive(Debug, Clone)]
pub struct SessionCheck {
    pub id: String,
    pub stored: std::sync::Arc<[u8]>,
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    email: String,
    display_name: String,
    role: String,
    active: bool,
    version: i64,
    language: Option<String>,
    time_zone: Option<String>,
}

impl TryFrom<UserRow> for User {
    type Error = StoreError;

    fn try_from(row: UserRow) -> Result<Self, StoreError> {
        Ok(User {
            id: row.id,
            role: decode("role", &row.role)?,
            email: row.email,
            display_name: row.display_name,
            active: row.active,
            version: row.version,
            language: row
                .language
                .as_deref()
                .map(|language| decode("language", language))
                .transpose()?,
            time_zone: row.time_zone,
        })
    }
}

/// What signing in needs to know of a user.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub user: User,
    pub password_hash: Option<String>,
    /// Sessions signed in at another epoch are over (see `Store::session_user`).
    pub session_epoch: i64,
}

const USER_COLUMNS: &str = "id, email, display_name, role, active, version, language, time_zone";

impl Store {
    /// Creates a user without a password (one is set by the auth module).
    pub async fn create_user(
        &self,
        user: &NewUser,
        actor: Option<i64>,
    ) -> Result<User, StoreError> {
        let at = self.now();
        with_db!(self.db(), pool => {
                    let mut tx = pool.begin_write().await?;
                    let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
                        .bind(&user.email)
                        .fetch_optional(&mut *tx)
                        .await?;
                    if taken.is_some() {
                        return Err(StoreError::Invalid(AppError::field("email", "A user with this email already exists.")));
                    }
                    let row: UserRow = sqlx::query_as(&format!(
                        "INSERT INTO users (email, display_name, role, active, created_at) \
                         VALUES ($1, $2, $3, $4, $5) RETURNING {USER_COLUMNS}"
                    ))
                    .bind(&user.email)
                    .bind(&user.display_name)
                    .bind(user.role.as_str())
                    .bind(true)
                    .bind(at)
                    .fetch_one(&mut *tx)
                    .await?;
                    let created = User::try_from(row)?;
                    insert_audit(
            &mut *tx,
            AuditEntry { actor, at, entity: "user", entity_id: created.id, action: "create", changes: changes(None, &created) },
        ).await?;
                    tx.commit().await?;
                    Ok(created)
                })
    }

    /// Changes a user's name, role or active flag if the user is still at `expected_version`:
    /// otherwise [`StoreError::Changed`] and nothing is written (two admins editing one
    /// account never silently overwrite each other).
    pub async fn update_user(
        &self,
        id: i64,
        expected_version: i64,
        display_name: &str,
        role: Role,
        active: bool,
        actor: Option<i64>,
    ) -> Result<User, StoreError> {
        let at = self.now();
        let select = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
        let display_name = display_name.trim();
        if display_name.is_empty() {
            return Err(StoreError::Invalid(AppError::field(
                "display_name",
                "Name is required.",
            )));
        }
        with_db!(self.db(), pool => {
                    let mut tx = pool.begin_write().await?;
                    // The active admins, locked first, so two admins demoting each other at once are
                    // served one after the other and the second sees the first's change.
                    let admins: Vec<i64> = sqlx::query_scalar(&format!(
                        "SELECT id FROM users WHERE role = 'admin' AND active = $1 ORDER BY id{}",
                        exclusive_lock(&tx)
                    ))
                    .bind(true)
                    .fetch_all(&mut *tx)
                    .await?;
                    let current: Option<UserRow> = sqlx::query_as(&select).bind(id).fetch_optional(&mut *tx).await?;
                    let current = User::try_from(current.ok_or(StoreError::NotFound("User"))?)?;
                    if current.version != expected_version {
                        return Err(StoreError::Changed("User"));
                    }
                    let stays_admin = role == Role::Admin && active;
                    if admins == [id] && !stays_admin {
                        return Err(StoreError::Invalid(AppError::field(
                            "role",
                            "Accord needs at least one active admin: make someone else an admin first.",
                        )));
                    }
                    // Deactivation ends the user's sessions for good (see session_epoch).
                    sqlx::query(
                        "UPDATE users SET display_name = $1, role = $2, active = $3, version = version + 1, \
                         session_epoch = session_epoch + CASE WHEN $3 THEN 0 ELSE 1 END WHERE id = $4",
                    )
                        .bind(display_name)
                        .bind(role.as_str())
                        .bind(active)
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                    let row: UserRow = sqlx::query_as(&select).bind(id).fetch_one(&mut *tx).await?;
                    let changed = User::try_from(row)?;
                    insert_audit(
            &mut *tx,
            AuditEntry { actor, at, entity: "user", entity_id: id, action: "update", changes: changes(Some(&current), &changed) },
        ).await?;
                    tx.commit().await?;
                    Ok(changed)
                })
    }

    /// Stores a new password hash for a user (the audit trail notes the change, never the hash)
    /// and ends every session they had; returns the new session epoch.
    pub async fn set_password_hash(
        &self,
        id: i64,
        hash: &str,
        actor: Option<i64>,
    ) -> Result<i64, StoreError> {
        let at = self.now();
        with_db!(self.db(), pool => {
                    let mut tx = pool.begin_write().await?;
                    let epoch: Option<i64> = sqlx::query_scalar(
                        "UPDATE users SET password_hash = $1, session_epoch = session_epoch + 1 WHERE id = $2 \
                         RETURNING session_epoch",
                    )
                        .bind(hash)
                        .bind(id)
                        .fetch_optional(&mut *tx)
                        .await?;
                    let epoch = epoch.ok_or(StoreError::NotFound("User"))?;
                    let mut change = serde_json::Map::new();
                    change.insert("password".to_owned(), serde_json::json!([null, "changed"]));
                    insert_audit(
            &mut *tx,
            AuditEntry { actor, at, entity: "user", entity_id: id, action: "password", changes: change },
        ).await?;
                    tx.commit().await?;
                    Ok(epoch)
                })
    }

    /// The user with this email, their password hash and session epoch, for signing in.
    pub async fn credentials(&self, email: &str) -> Result<Option<Credentials>, StoreError> {
        #[derive(sqlx::FromRow)]
        struct Row {
            #[sqlx(flatten)]
            user: UserRow,
            password_hash: Option<String>,
            session_epoch: i64,
        }
        let sql = format!(
            "SELECT {USER_COLUMNS}, password_hash, session_epoch FROM users WHERE email = $1"
        );
        let email = email.trim().to_lowercase();
        let row: Option<Row> = with_db!(self.db(), pool => {
            sqlx::query_as(&sql).bind(&email).fetch_optional(pool).await?
        });
        row.map(|row| {
            Ok(Credentials {
                user: User::try_from(row.user)?,
                password_hash: row.password_hash,
                session_epoch: row.session_epoch,
            })
        })
        .transpose()
    }

    /// The user a session names and their session epoch: the session is theirs only while it
    /// was signed in at this epoch.
    pub async fn session_user(&self, id: i64) -> Result<(User, i64), StoreError> {
        let (user, epoch, _) = self.session_user_checked(id, None).await?;
        Ok((user, epoch))
    }

    /// The user `id` with their session epoch, and whether the session `check` names is still
    /// stored with the same bytes and unexpired (`true` without a check): one statement,
    /// which also reads the versions a page view is checked against (see `ViewVersions`).
    pub async fn session_user_checked(
        &self,
        id: i64,
        check: Option<&SessionCheck>,
    ) -> Result<(User, i64, bool), StoreError> {
        #[derive(sqlx::FromRow)]
        struct Row {
            #[sqlx(flatten)]
            user: UserRow,
            session_epoch: i64,
            partners_version: Option<i64>,
            sectors_version: Option<i64>,
            users_version: Option<i64>,
            summary_version: Option<i64>,
            records_version: Option<i64>,
            #[sqlx(default)]
            session_data: Option<Vec<u8>>,
        }
        let sessions = match self.backend() {
            Backend::Sqlite => SQLITE_SESSIONS,
            Backend::Postgres => POSTGRES_SESSIONS,
        };
        let session_column = match check {
            None => String::new(),
            Some(_) => format!(
                ", (SELECT data FROM {sessions} WHERE id = $2 AND expiry_date > $3) AS session_data"
            ),
        };
        let sql = format!(
            "SELECT {USER_COLUMNS}, session_epoch, {VERSION_COLUMNS}{session_column} \
             FROM users WHERE id = $1"
        );
        let now = tower_sessions::cookie::time::OffsetDateTime::now_utc();
        let row: Option<Row> = with_db!(self.db(), pool => {
            let query = sqlx::query_as(&sql).bind(id);
            let query = match check {
                Some(check) => query.bind(check.id.as_str()).bind(now),
                None => query,
            };
            query.fetch_optional(pool).await?
        });
        let row = row.ok_or(StoreError::NotFound("User"))?;
        if let Ok(versions) = ReferenceVersions::from_columns((
            row.partners_version,
            row.sectors_version,
            row.users_version,
            row.summary_version,
            row.records_version,
        )) {
            self.keep_view_versions(versions);
        }
        let session_current =
            check.is_none_or(|check| row.session_data.as_deref() == Some(&*check.stored));
        Ok((
            User::try_from(row.user)?,
            row.session_epoch,
            session_current,
        ))
    }

    pub async fn user(&self, id: i64) -> Result<User, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
        let row: Option<UserRow> = with_db!(self.db(), pool => {
            sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?
        });
        row.ok_or(StoreError::NotFound("User"))?.try_into()
    }

    pub async fn user_by_email(&self, email: &str) -> Result<Option<User>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE email = $1");
        let email = email.trim().to_lowercase();
        let row: Option<UserRow> = with_db!(self.db(), pool => {
            sqlx::query_as(&sql).bind(&email).fetch_optional(pool).await?
        });
        row.map(User::try_from).transpose()
    }

    /// Every user, by name (kept between requests while the table is unchanged).
    pub async fn list_users(&self) -> Result<Vec<User>, StoreError> {
        self.kept_rows(
            ReferenceTable::Users,
            |kept| &kept.users,
            async || {
                let sql = format!("SELECT {USER_COLUMNS} FROM users ORDER BY display_name, id");
                let rows: Vec<UserRow> =
                    with_db!(self.db(), pool => sqlx::query_as(&sql).fetch_all(pool).await?);
                rows.into_iter().map(User::try_from).collect()
            },
        )
        .await
    }

    /// Saves the interface language a user chose (`None`: follow the browser's languages).
    /// A preference, not a record others rely on: no version and no audit row.
    pub async fn set_user_language(
        &self,
        id: i64,
        language: Option<Language>,
    ) -> Result<(), StoreError> {
        let language = language.map(Language::as_str);
        let updated = with_db!(self.db(), pool => {
            sqlx::query("UPDATE users SET language = $1 WHERE id = $2")
                .bind(language)
                .bind(id)
                .execute(pool)
                .await?
                .rows_affected()
        });
        user_updated(updated)
    }

    /// Saves what a user chose on their account page: the interface language and the time
    /// zone (`None`: follow the browser, the installation). The zone is checked by the caller.
    pub async fn set_user_preferences(
        &self,
        id: i64,
        language: Option<Language>,
        time_zone: Option<&str>,
    ) -> Result<(), StoreError> {
        let language = language.map(Language::as_str);
        let updated = with_db!(self.db(), pool => {
            sqlx::query("UPDATE users SET language = $1, time_zone = $2 WHERE id = $3")
                .bind(language)
                .bind(time_zone)
                .bind(id)
                .execute(pool)
                .await?
                .rows_affected()
        });
        user_updated(updated)
    }
}

/// A user's row was changed, or the user does not exist.
fn user_updated(rows_affected: u64) -> Result<(), StoreError> {
    match rows_affected {
        0 => Err(StoreError::NotFound("User")),
        _ => Ok(()),
    }
}
