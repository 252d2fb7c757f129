//! Users in the store (password hashes stay here; sign-in comes with the auth module).

use super::audit::{changes, insert_audit};
use super::{BeginWrite, Store, StoreError, now, with_db};
use crate::domain::{NewUser, Role, User};
use crate::error::AppError;

#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    email: String,
    display_name: String,
    role: String,
    active: bool,
}

impl TryFrom<UserRow> for User {
    type Error = StoreError;

    fn try_from(row: UserRow) -> Result<Self, StoreError> {
        Ok(User {
            id: row.id,
            role: Role::parse(&row.role).ok_or_else(|| StoreError::corrupt("role", &row.role))?,
            email: row.email,
            display_name: row.display_name,
            active: row.active,
        })
    }
}

const USER_COLUMNS: &str = "id, email, display_name, role, active";

impl Store {
    /// Creates a user without a password (one is set by the auth module).
    pub async fn create_user(
        &self,
        user: &NewUser,
        actor: Option<i64>,
    ) -> Result<User, StoreError> {
        let at = now();
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
            insert_audit!(tx, actor, at, "user", created.id, "create", changes(None, &created));
            tx.commit().await?;
            Ok(created)
        })
    }

    /// Changes a user's name, role or active flag.
    pub async fn update_user(
        &self,
        id: i64,
        display_name: &str,
        role: Role,
        active: bool,
        actor: Option<i64>,
    ) -> Result<User, StoreError> {
        let at = now();
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
            let current: Option<UserRow> = sqlx::query_as(&select).bind(id).fetch_optional(&mut *tx).await?;
            let current = User::try_from(current.ok_or(StoreError::NotFound("User"))?)?;
            sqlx::query("UPDATE users SET display_name = $1, role = $2, active = $3 WHERE id = $4")
                .bind(display_name)
                .bind(role.as_str())
                .bind(active)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            let row: UserRow = sqlx::query_as(&select).bind(id).fetch_one(&mut *tx).await?;
            let changed = User::try_from(row)?;
            insert_audit!(tx, actor, at, "user", id, "update", changes(Some(&current), &changed));
            tx.commit().await?;
            Ok(changed)
        })
    }

    /// Stores a new password hash for a user (the audit trail notes the change, never the hash).
    pub async fn set_password_hash(
        &self,
        id: i64,
        hash: &str,
        actor: Option<i64>,
    ) -> Result<(), StoreError> {
        let at = now();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let updated = sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
                .bind(hash)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            if updated.rows_affected() == 0 {
                return Err(StoreError::NotFound("User"));
            }
            let mut change = serde_json::Map::new();
            change.insert("password".to_owned(), serde_json::json!([null, "changed"]));
            insert_audit!(tx, actor, at, "user", id, "password", change);
            tx.commit().await?;
        });
        Ok(())
    }

    /// The user with this email and their password hash, for signing in.
    pub async fn credentials(
        &self,
        email: &str,
    ) -> Result<Option<(User, Option<String>)>, StoreError> {
        #[derive(sqlx::FromRow)]
        struct Row {
            #[sqlx(flatten)]
            user: UserRow,
            password_hash: Option<String>,
        }
        let sql = format!("SELECT {USER_COLUMNS}, password_hash FROM users WHERE email = $1");
        let email = email.trim().to_lowercase();
        let row: Option<Row> = with_db!(self.db(), pool => {
            sqlx::query_as(&sql).bind(&email).fetch_optional(pool).await?
        });
        row.map(|row| Ok((User::try_from(row.user)?, row.password_hash)))
            .transpose()
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

    /// Every user, by name.
    pub async fn list_users(&self) -> Result<Vec<User>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users ORDER BY display_name, id");
        let rows: Vec<UserRow> =
            with_db!(self.db(), pool => sqlx::query_as(&sql).fetch_all(pool).await?);
        rows.into_iter().map(User::try_from).collect()
    }
}
