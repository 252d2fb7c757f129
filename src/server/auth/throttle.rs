//! Sign-in throttling: a growing delay after repeated failures, per account and per client
//! address. Never a permanent lockout: once the delay has passed, the right password works.

use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::server::store::{Store, StoreError};

/// Failures an account may have before each further attempt waits.
pub const ACCOUNT_FREE_FAILURES: i64 = 4;
/// Failures a client address may have (over any accounts) before it waits.
pub const ADDRESS_FREE_FAILURES: i64 = 20;
/// The longest wait.
pub const MAX_DELAY: Duration = Duration::from_secs(300);

/// The wait after `failures` failures when `free` are allowed: 1 s, 2 s, 4 s, … up to 5 minutes.
pub fn delay(failures: i64, free: i64) -> Duration {
    if failures < free {
        return Duration::ZERO;
    }
    let exponent = (failures - free).min(16) as u32;
    Duration::from_secs(1u64 << exponent).min(MAX_DELAY)
}

/// The throttle key of an account.
pub fn account_key(email: &str) -> String {
    format!("account:{}", email.trim().to_lowercase())
}

/// The throttle key of a client address.
pub fn address_key(address: &str) -> String {
    format!("address:{address}")
}

/// How many whole seconds `key` must still wait at `now`, if any.
pub async fn remaining_wait(
    store: &Store,
    key: &str,
    free: i64,
    now: DateTime<Utc>,
) -> Result<Option<u64>, StoreError> {
    let Some((failures, last)) = store.login_failures(key).await? else {
        return Ok(None);
    };
    let until = last + chrono::Duration::from_std(delay(failures, free)).unwrap_or_default();
    let left = (until - now).num_milliseconds();
    Ok((left > 0).then(|| (left as u64).div_ceil(1000)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_grows_and_is_capped() {
        assert_eq!(delay(0, 4), Duration::ZERO);
        assert_eq!(delay(3, 4), Duration::ZERO);
        assert_eq!(delay(4, 4), Duration::from_secs(1));
        assert_eq!(delay(6, 4), Duration::from_secs(4));
        assert_eq!(delay(60, 4), MAX_DELAY);
        assert_eq!(delay(i64::MAX, 4), MAX_DELAY);
    }
}
