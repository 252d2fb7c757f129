//! Failed sign-in counts per throttle key (an account from one address, or an address), kept
//! in the database so every app instance sees the same counts.

use chrono::{DateTime, Utc};

use super::{BeginWrite, Store, StoreError, exclusive_lock, with_db};
use crate::domain::throttle::{Failures, Policy};

impl Store {
    /// What is remembered of `key`.
    pub async fn login_failures(&self, key: &str) -> Result<Option<Failures>, StoreError> {
        let row: Option<(i64, DateTime<Utc>)> = with_db!(self.db(), pool => {
            sqlx::query_as("SELECT failures, last_failure_at FROM login_failures WHERE key = $1")
                .bind(key)
                .fetch_optional(pool)
                .await?
        });
        Ok(row.map(|(count, last_at)| Failures { count, last_at }))
    }

    /// Claims one sign-in attempt for every key at once: when none of them must wait, each
    /// counts the attempt as a failure (before the password is checked, so concurrent guesses
    /// are counted one by one) and `None` comes back; otherwise nothing is counted and the
    /// longest wait in seconds comes back.
    pub async fn claim_login_attempt(
        &self,
        keys: &[(&str, Policy)],
        now: DateTime<Utc>,
    ) -> Result<Option<u64>, StoreError> {
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let lock = exclusive_lock(&tx);
            let mut remembered = Vec::with_capacity(keys.len());
            for (key, policy) in keys {
                // The row exists before it is locked, so two first attempts cannot both insert.
                sqlx::query(
                    "INSERT INTO login_failures (key, failures, last_failure_at) VALUES ($1, 0, $2) \
                     ON CONFLICT (key) DO NOTHING",
                )
                .bind(*key)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                let (count, last_at): (i64, DateTime<Utc>) = sqlx::query_as(&format!(
                    "SELECT failures, last_failure_at FROM login_failures WHERE key = $1{lock}"
                ))
                .bind(*key)
                .fetch_one(&mut *tx)
                .await?;
                remembered.push((*key, *policy, Failures { count, last_at }));
            }
            let wait = remembered
                .iter()
                .filter_map(|(_, policy, failures)| failures.wait(now, *policy))
                .max();
            if wait.is_some() {
                tx.rollback().await?;
                return Ok(wait);
            }
            for (key, policy, failures) in remembered {
                let next = Failures::after_attempt(Some(failures), now, policy);
                sqlx::query(
                    "UPDATE login_failures SET failures = $1, last_failure_at = $2 WHERE key = $3",
                )
                .bind(next.count)
                .bind(next.last_at)
                .bind(key)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            Ok(None)
        })
    }

    /// After a successful sign-in: `forget` keys start over, `refund` keys no longer count
    /// the attempt that succeeded.
    pub async fn settle_login_success(
        &self,
        forget: &[&str],
        refund: &[&str],
    ) -> Result<(), StoreError> {
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            for key in forget {
                sqlx::query("DELETE FROM login_failures WHERE key = $1")
                    .bind(*key)
                    .execute(&mut *tx)
                    .await?;
            }
            for key in refund {
                sqlx::query(
                    "UPDATE login_failures SET failures = failures - 1 \
                     WHERE key = $1 AND failures > 0",
                )
                .bind(*key)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }
}
