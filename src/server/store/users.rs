//! Users in the store (password hashes stay here; sign-in comes with the auth module).

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
    pub async fn create_user(&self, user: &NewUser) -> Result<User, StoreError> {
        let created_at = now();
        let row: UserRow = with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
                .bind(&user.email)
                .fetch_optional(&mut *tx)
                .await?;
            if taken.is_some() {
                return Err(StoreError::Invalid(AppError::field("email", "A user with this email already exists.")));
            }
            let row = sqlx::query_as(&format!(
                "INSERT INTO users (email, display_name, role, active, created_at) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING {USER_COLUMNS}"
            ))
            .bind(&user.email)
            .bind(&user.display_name)
            .bind(user.role.as_str())
            .bind(true)
            .bind(created_at)
            .fetch_one(&mut *tx)
            .await?;
            tx.commit().await?;
            row
        });
        row.try_into()
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
