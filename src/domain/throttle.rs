//! Sign-in throttling rules: how long a key (an account from one client address, or a client
//! address) must wait after failed sign-ins. Failures are forgotten one at a time as time
//! passes, so a throttle never becomes a permanent lockout and old typos stop counting.

use std::time::Duration;

use chrono::{DateTime, Utc};

/// The longest wait.
pub const MAX_DELAY: Duration = Duration::from_secs(300);

/// How one kind of key is throttled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Failures allowed before each further attempt waits.
    pub free: i64,
    /// One remembered failure is forgotten each time this much passes without a new one.
    pub forget_every: Duration,
}

/// One account from one client address: guessing one account's password from one place. Keyed
/// by the pair, so nobody elsewhere can lock an account's owner out by guessing wrong.
pub const ACCOUNT_FROM_ADDRESS: Policy = Policy {
    free: 4,
    forget_every: Duration::from_secs(10 * 60),
};

/// One client address over every account: spraying one password over many accounts. Generous,
/// and forgetting one failure a minute, because a whole office may sign in from one address.
pub const ADDRESS: Policy = Policy {
    free: 30,
    forget_every: Duration::from_secs(60),
};

/// What the database remembers of a key: failures counted and when the last was counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failures {
    pub count: i64,
    pub last_at: DateTime<Utc>,
}

/// The wait after `failures` remembered failures under `policy`: none while they are within the
/// free ones, then 1 s, 2 s, 4 s, … up to [`MAX_DELAY`].
pub fn delay(failures: i64, policy: Policy) -> Duration {
    if failures < policy.free {
        return Duration::ZERO;
    }
    let exponent = (failures - policy.free).min(16) as u32;
    Duration::from_secs(1u64 << exponent).min(MAX_DELAY)
}

impl Failures {
    /// How many of the failures are still remembered at `now`.
    pub fn remembered(self, now: DateTime<Utc>, policy: Policy) -> i64 {
        let elapsed = (now - self.last_at).to_std().unwrap_or_default();
        let forget_ms = policy.forget_every.as_millis().max(1);
        let forgotten = i64::try_from(elapsed.as_millis() / forget_ms).unwrap_or(i64::MAX);
        self.count.saturating_sub(forgotten).max(0)
    }

    /// Whole seconds still to wait at `now` before another attempt, if any.
    pub fn wait(self, now: DateTime<Utc>, policy: Policy) -> Option<u64> {
        let delay = delay(self.remembered(now, policy), policy);
        let until = self.last_at + chrono::Duration::from_std(delay).unwrap_or_default();
        let left = (until - now).num_milliseconds();
        (left > 0).then(|| (left as u64).div_ceil(1000))
    }

    /// What to remember after one more attempt at `now` (counted before the password is
    /// checked, so concurrent guesses cannot all slip through).
    pub fn after_attempt(previous: Option<Self>, now: DateTime<Utc>, policy: Policy) -> Self {
        let count = previous.map_or(0, |f| f.remembered(now, policy));
        Self {
            count: count.saturating_add(1),
            last_at: now,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + seconds, 0).expect("instant")
    }

    #[test]
    fn the_delay_grows_and_is_capped() {
        let policy = ACCOUNT_FROM_ADDRESS;
        assert_eq!(delay(0, policy), Duration::ZERO);
        assert_eq!(delay(3, policy), Duration::ZERO);
        assert_eq!(delay(4, policy), Duration::from_secs(1));
        assert_eq!(delay(6, policy), Duration::from_secs(4));
        assert_eq!(delay(60, policy), MAX_DELAY);
        assert_eq!(delay(i64::MAX, policy), MAX_DELAY);
    }

    #[test]
    fn failures_are_forgotten_one_at_a_time() {
        let failures = Failures {
            count: 5,
            last_at: at(0),
        };
        assert_eq!(failures.remembered(at(0), ADDRESS), 5);
        assert_eq!(failures.remembered(at(59), ADDRESS), 5);
        assert_eq!(failures.remembered(at(60), ADDRESS), 4);
        assert_eq!(failures.remembered(at(10 * 60), ADDRESS), 0);
        // A clock that went back forgets nothing.
        assert_eq!(failures.remembered(at(-100), ADDRESS), 5);
    }

    #[test]
    fn typos_spread_over_a_day_never_make_an_office_wait() {
        let mut failures = None;
        for minute in 0..(24 * 60 / 5) {
            let now = at(minute * 5 * 60);
            assert_eq!(failures.and_then(|f: Failures| f.wait(now, ADDRESS)), None);
            failures = Some(Failures::after_attempt(failures, now, ADDRESS));
        }
    }

    proptest! {
        /// However many failures, the wait never exceeds the longest delay, and once it has
        /// passed the next attempt is allowed: no permanent lockout.
        #[test]
        fn the_wait_is_bounded_and_ends(count in 0i64..10_000, free in 1i64..50, forget in 1u64..3600) {
            let policy = Policy { free, forget_every: Duration::from_secs(forget) };
            let failures = Failures { count, last_at: at(0) };
            let wait = failures.wait(at(0), policy).unwrap_or(0);
            prop_assert!(wait <= MAX_DELAY.as_secs());
            prop_assert_eq!(failures.wait(at(wait as i64), policy), None);
        }

        /// Attempts made in one instant are counted one by one: after `n` of them exactly the
        /// free ones went through without a wait.
        #[test]
        fn attempts_in_one_instant_pass_only_the_free_ones(n in 1usize..100) {
            let policy = ACCOUNT_FROM_ADDRESS;
            let mut failures: Option<Failures> = None;
            let mut passed = 0;
            for _ in 0..n {
                if failures.and_then(|f| f.wait(at(0), policy)).is_none() {
                    passed += 1;
                    failures = Some(Failures::after_attempt(failures, at(0), policy));
                }
            }
            prop_assert_eq!(passed as i64, (n as i64).min(policy.free));
        }
    }
}
