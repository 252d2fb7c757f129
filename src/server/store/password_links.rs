//! One-time links with which a user sets their own password.
//!
//! Issuing a link takes away the current password and ends every session of the user (the
//! account is being handed over, or its password is no longer trusted). Only the link's SHA-256
//! is stored, so reading the table opens no account; redeeming it deletes it in the same
//! transaction that sets the password, so a link works once.

use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};

use super::audit::{AuditEntry, insert_audit};
use super::{BeginWrite, Store, StoreError, with_db};

/// How long a link works.
pub const PASSWORD_LINK_LIFETIME: Duration = Duration::hours(72);

/// A link's secret part: 64 hex digits (two random v4 UUIDs, 244 random bits).
pub fn new_link_token() -> String {
    format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    )
}

/// Whether `token` has the shape of a link token (anything else is not looked up).
pub fn is_link_token(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

fn token_hash(token: &str) -> String {
    format!("{:x}", Sha256::digest(token.as_bytes()))
}

/// A link that was issued: its secret (shown once) and when it stops working.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedLink {
    pub token: String,
    pub expires_at: DateTime<Utc>,
}

impl Store {
    /// Issues a new set-password link for `user_id`, replacing any earlier one, clearing the
    /// password and ending the user's sessions.
    pub async fn issue_password_link(
        &self,
        user_id: i64,
        actor: Option<i64>,
    ) -> Result<IssuedLink, StoreError> {
        let at = self.now();
        let token = new_link_token();
        let expires_at = at + PASSWORD_LINK_LIFETIME;
        with_db!(self.db(), pool => {
                    let mut tx = pool.begin_write().await?;
                    let cleared = sqlx::query(
                        "UPDATE users SET password_hash = NULL, session_epoch = session_epoch + 1 WHERE id = $1",
                    )
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
                    if cleared.rows_affected() == 0 {
                        return Err(StoreError::NotFound("User"));
                    }
                    sqlx::query("DELETE FROM password_links WHERE user_id = $1")
                        .bind(user_id)
                        .execute(&mut *tx)
                        .await?;
                    sqlx::query(
                        "INSERT INTO password_links (user_id, token_hash, expires_at, created_at) \
                         VALUES ($1, $2, $3, $4)",
                    )
                    .bind(user_id)
                    .bind(token_hash(&token))
                    .bind(expires_at)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
                    let mut change = serde_json::Map::new();
                    change.insert("password".to_owned(), serde_json::json!([null, "link issued"]));
                    insert_audit(
            &mut *tx,
            AuditEntry { actor, at, entity: "user", entity_id: user_id, action: "password", changes: change },
        ).await?;
                    tx.commit().await?;
                    Ok(IssuedLink { token, expires_at })
                })
    }

    /// The active user a link (still unexpired) belongs to, without using it up.
    pub async fn password_link_user(
        &self,
        token: &str,
    ) -> Result<Option<crate::domain::User>, StoreError> {
        if !is_link_token(token) {
            return Ok(None);
        }
        let now = self.now();
        let user_id: Option<i64> = with_db!(self.db(), pool => {
            sqlx::query_scalar(
                "SELECT l.user_id FROM password_links l JOIN users u ON u.id = l.user_id \
                 WHERE l.token_hash = $1 AND l.expires_at > $2 AND u.active = $3",
            )
            .bind(token_hash(token))
            .bind(now)
            .bind(true)
            .fetch_optional(pool)
            .await?
        });
        match user_id {
            Some(id) => Ok(Some(self.user(id).await?)),
            None => Ok(None),
        }
    }

    /// Uses a link up: sets the password hash of its user and deletes the link, in one
    /// transaction (a second use finds nothing). Returns the user and their new session epoch,
    /// or `None` when the link is unknown, used, expired or its user deactivated.
    pub async fn redeem_password_link(
        &self,
        token: &str,
        password_hash: &str,
    ) -> Result<Option<(i64, i64)>, StoreError> {
        if !is_link_token(token) {
            return Ok(None);
        }
        let at = self.now();
        with_db!(self.db(), pool => {
                    let mut tx = pool.begin_write().await?;
                    let used: Option<(i64, DateTime<Utc>)> = sqlx::query_as(
                        "DELETE FROM password_links WHERE token_hash = $1 RETURNING user_id, expires_at",
                    )
                    .bind(token_hash(token))
                    .fetch_optional(&mut *tx)
                    .await?;
                    let Some((user_id, _)) = used.filter(|(_, expires_at)| *expires_at > at) else {
                        // An expired link is gone for good either way.
                        tx.commit().await?;
                        return Ok(None);
                    };
                    let epoch: Option<i64> = sqlx::query_scalar(
                        "UPDATE users SET password_hash = $1, session_epoch = session_epoch + 1 \
                         WHERE id = $2 AND active = $3 RETURNING session_epoch",
                    )
                    .bind(password_hash)
                    .bind(user_id)
                    .bind(true)
                    .fetch_optional(&mut *tx)
                    .await?;
                    let Some(epoch) = epoch else {
                        tx.commit().await?;
                        return Ok(None);
                    };
                    let mut change = serde_json::Map::new();
                    change.insert("password".to_owned(), serde_json::json!([null, "set with a link"]));
                    insert_audit(
            &mut *tx,
            AuditEntry { actor: Some(user_id), at, entity: "user", entity_id: user_id, action: "password", changes: change },
        ).await?;
                    tx.commit().await?;
                    Ok(Some((user_id, epoch)))
                })
    }
}
