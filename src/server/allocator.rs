//! How the server's allocator gives memory back to the system.
//!
//! mimalloc (chosen for rows freed on another thread than the one that built them) keeps
//! freed pages for a second before it returns them, and only returns them when the thread
//! allocates again: an idle server held every page its last burst of requests used. Its
//! large-page advice also made the kernel back the first arena with 2 MB pages, so a few
//! kilobytes in use held megabytes resident. The `no_thp` build feature (Cargo.toml) removes
//! the advice; this module shortens the delay. Measured at 100,000 initiatives after sign-in
//! and two pages: 46 MB of anonymous memory before, 9 MB after (BENCHMARKS.md).

use std::os::raw::c_long;

/// `mi_option_purge_delay` in mimalloc 3's `mi_option_t` (`include/mimalloc.h`); the
/// `libmimalloc-sys` version is pinned in Cargo.toml so the index cannot move under us.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Milliseconds a freed page waits before it is returned: long enough that a burst of
/// requests reuses its pages, short enough that an idle server holds almost nothing.
const PURGE_DELAY_MS: c_long = 10;

/// Call once at start-up; mimalloc reads the option each time it schedules a purge.
pub fn return_freed_memory_promptly() {
    // SAFETY: setting an option is a plain store that mimalloc reads on its next purge.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, PURGE_DELAY_MS) };
}

/// How often a serving process hands its freed pages back without waiting for its threads
/// to allocate again (an idle thread never gets to its own pending purges).
const COLLECT_EVERY: std::time::Duration = std::time::Duration::from_millis(500);

/// Hands freed pages back to the system every half second, until the process ends. A collection
/// finds little to do under load (pages are reused) and returns the last burst's pages when idle.
pub fn spawn_periodic_collection() {
    tokio::spawn(async {
        let mut ticker = tokio::time::interval(COLLECT_EVERY);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            // SAFETY: collecting is safe at any time from any thread.
            unsafe { libmimalloc_sys::mi_collect(true) };
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_option_index_is_the_purge_delay() {
        // mimalloc 3's purge delay defaults to 1,000 ms, which no neighbouring option has;
        // a mimalloc upgrade that renumbers the options fails here, not silently in production.
        // SAFETY: reading an option has no preconditions.
        let default = unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) };
        assert_eq!(default, 1000);
        return_freed_memory_promptly();
        let set = unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) };
        assert_eq!(set, PURGE_DELAY_MS);
    }
}
