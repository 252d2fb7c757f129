//! Sign-in throttling keys and the two steps around a password check: claim an attempt
//! before hashing (refused while a key must wait), settle it after a success. The rules are in
//! `domain::throttle`.

use chrono::{DateTime, Utc};

use crate::domain::throttle::{ACCOUNT_FROM_ADDRESS, ADDRESS};
use crate::server::store::{Store, StoreError};

/// The keys one sign-in attempt is counted under.
#[derive(Debug, Clone)]
pub struct AttemptKeys {
    /// This account from this client address.
    account_from_address: String,
    /// This client address, whatever the account.
    address: String,
}

impl AttemptKeys {
    pub fn new(email: &str, address: &str) -> Self {
        Self {
            account_from_address: format!(
                "account:{}|address:{address}",
                email.trim().to_lowercase()
            ),
            address: format!("address:{address}"),
        }
    }

    /// Claims an attempt: `Some(seconds)` to wait, or `None` when the password may be checked
    /// (the attempt already counts as a failure until [`AttemptKeys::succeeded`]).
    pub async fn claim(
        &self,
        store: &Store,
        now: DateTime<Utc>,
    ) -> Result<Option<u64>, StoreError> {
        store
            .claim_login_attempt(
                &[
                    (&self.account_from_address, ACCOUNT_FROM_ADDRESS),
                    (&self.address, ADDRESS),
                ],
                now,
            )
            .await
    }

    /// The password was right: this account starts over from this address, and the address
    /// does not count the attempt.
    pub async fn succeeded(&self, store: &Store) -> Result<(), StoreError> {
        store
            .settle_login_success(&[&self.account_from_address], &[&self.address])
            .await
    }
}
