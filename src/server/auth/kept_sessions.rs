//! Signed-in sessions' records kept in the process, so that a page view reads its session
//! and its user in one statement instead of two.
//!
//! A record is kept as it was stored (the exact bytes of its `data` column) when this process
//! loads it, and forgotten when this process saves or deletes it. Served from here, it is
//! only provisional: the statement that reads the signed-in user also reads the stored bytes
//! (`Store::session_user_checked`), and the sign-in guard uses the kept record only when they
//! are still the same and unexpired. A change by another instance (a sign-out, a touch, a
//! refused form kept) gives other bytes, so the guard loads the session afresh.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use tower_sessions::session::{Id, Record};

/// How many sessions a process keeps (each is a few hundred bytes).
const MAX_KEPT_SESSIONS: usize = 4096;

/// A session's record and the bytes it was read from.
#[derive(Debug, Clone)]
pub struct KeptSession {
    pub record: Record,
    pub stored: Arc<[u8]>,
}

/// The kept sessions of one process, shared by every clone of its store.
#[derive(Debug, Default)]
pub struct KeptSessions {
    by_id: Mutex<HashMap<Id, KeptSession>>,
}

impl KeptSessions {
    /// Nothing is left half-changed by a panic while the lock is held (each change is one
    /// map operation), so a poisoned lock is used as it is.
    fn map(&self) -> MutexGuard<'_, HashMap<Id, KeptSession>> {
        self.by_id
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn get(&self, id: &Id) -> Option<KeptSession> {
        self.map().get(id).cloned()
    }

    /// Keeps a session's record (the session store keeps only signed-in ones).
    pub fn keep(&self, record: &Record, stored: Arc<[u8]>) {
        let mut map = self.map();
        if map.len() >= MAX_KEPT_SESSIONS && !map.contains_key(&record.id) {
            // One other goes (whichever the map yields first): a request using it reads it
            // afresh (`auth::session_user`).
            if let Some(other) = map.keys().next().cloned() {
                map.remove(&other);
            }
        }
        map.insert(
            record.id,
            KeptSession {
                record: record.clone(),
                stored,
            },
        );
    }

    pub fn forget(&self, id: &Id) {
        self.map().remove(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> Record {
        let mut data = HashMap::new();
        data.insert("user_id".to_owned(), serde_json::json!(7));
        Record {
            id: Id::default(),
            data,
            expiry_date: tower_sessions::cookie::time::OffsetDateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn sessions_are_kept_until_forgotten() {
        let kept = KeptSessions::default();
        let signed_in = record();
        kept.keep(&signed_in, Arc::from(&b"s"[..]));
        let found = kept.get(&signed_in.id).expect("kept");
        assert_eq!(&*found.stored, b"s");
        assert_eq!(found.record.data, signed_in.data);
        kept.forget(&signed_in.id);
        assert!(kept.get(&signed_in.id).is_none());
    }

    #[test]
    fn the_bound_is_never_passed() {
        let kept = KeptSessions::default();
        for _ in 0..MAX_KEPT_SESSIONS + 10 {
            kept.keep(&record(), Arc::from(&b"s"[..]));
        }
        assert!(kept.map().len() <= MAX_KEPT_SESSIONS);
    }
}
