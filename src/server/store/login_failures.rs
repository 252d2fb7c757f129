//! Failed sign-in counts, per account or client address, for throttling.

use chrono::{DateTime, Utc};

use super::{BeginWrite, Store, StoreError, with_db};

impl Store {
    /// How many sign-ins failed in a row for `key`, and when the last one did.
    pub async fn login_failures(
        &self,
        key: &str,
    ) -> Result<Option<(i64, DateTime<Utc>)>, StoreError> {
        Ok(with_db!(self.db(), pool => {
            sqlx::query_as("SELECT failures, last_failure_at FROM login_failures WHERE key = $1")
                .bind(key)
                .fetch_optional(pool)
                .await?
        }))
    }

    /// Counts one more failure for `key`; returns the new count.
    pub async fn record_login_failure(
        &self,
        key: &str,
        at: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let failures: i64 = sqlx::query_scalar(
                "INSERT INTO login_failures (key, failures, last_failure_at) VALUES ($1, 1, $2) \
                 ON CONFLICT (key) DO UPDATE SET failures = login_failures.failures + 1, \
                    last_failure_at = excluded.last_failure_at \
                 RETURNING failures",
            )
            .bind(key)
            .bind(at)
            .fetch_one(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(failures)
        })
    }

    /// Forgets the failures of `key` (after a successful sign-in).
    pub async fn clear_login_failures(&self, key: &str) -> Result<(), StoreError> {
        with_db!(self.db(), pool => {
            sqlx::query("DELETE FROM login_failures WHERE key = $1").bind(key).execute(pool).await?;
        });
        Ok(())
    }
}
