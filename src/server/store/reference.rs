//! Reference data that nearly every page reads (partners, sectors, users), kept in the
//! process between requests and checked against the database on every read.
//!
//! Each of the three tables has a version in `reference_versions` that every write of the
//! table replaces in the same transaction (database triggers, migration
//! `reference_versions`). A read asks for the version first, one indexed row, and reuses the
//! kept rows when it has not changed: a change made by any instance on the same database is
//! seen by every instance at its next read, and no process holds anything the others lack.

use std::sync::{Arc, Mutex, MutexGuard};

use crate::domain::{Partner, Sector, User};
use crate::server::store::{Store, StoreError, with_db};

/// A table whose rows are kept between requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReferenceTable {
    Partners,
    Sectors,
    Users,
}

impl ReferenceTable {
    fn name(self) -> &'static str {
        match self {
            ReferenceTable::Partners => "partners",
            ReferenceTable::Sectors => "sectors",
            ReferenceTable::Users => "users",
        }
    }
}

/// The kept rows of each reference table, shared by every clone of a [`Store`].
#[derive(Debug, Default)]
pub(crate) struct ReferenceCache {
    pub(crate) partners: Kept<Vec<Partner>>,
    pub(crate) sectors: Kept<Vec<Sector>>,
    pub(crate) users: Kept<Vec<User>>,
}

/// One table's rows and the version they were read at.
#[derive(Debug)]
pub(crate) struct Kept<T>(Mutex<Option<(i64, Arc<T>)>>);

impl<T> Default for Kept<T> {
    fn default() -> Self {
        Self(Mutex::new(None))
    }
}

impl<T> Kept<T> {
    /// A panic elsewhere while the lock was held leaves nothing half-written here (the slot
    /// is replaced whole), so a poisoned lock is used as it is.
    fn slot(&self) -> MutexGuard<'_, Option<(i64, Arc<T>)>> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(crate) fn at(&self, version: i64) -> Option<Arc<T>> {
        match &*self.slot() {
            Some((kept, rows)) if *kept == version => Some(Arc::clone(rows)),
            _ => None,
        }
    }

    fn keep(&self, version: i64, rows: Arc<T>) {
        *self.slot() = Some((version, rows));
    }
}

impl Store {
    /// The table's current version. Read before the rows: rows read after it are at least as
    /// new, so a write between the two reads only makes the next request read them again.
    pub(crate) async fn reference_version(&self, table: ReferenceTable) -> Result<i64, StoreError> {
        let version: Option<i64> = with_db!(self.db(), pool => {
            sqlx::query_scalar("SELECT version FROM reference_versions WHERE name = $1")
                .bind(table.name())
                .fetch_optional(pool)
                .await?
        });
        version.ok_or(StoreError::NotFound("reference version"))
    }

    /// `table`'s rows: the kept ones when the table has not changed since, else `read`'s,
    /// then kept.
    pub(crate) async fn kept_rows<T: Clone>(
        &self,
        table: ReferenceTable,
        kept: impl Fn(&ReferenceCache) -> &Kept<T>,
        read: impl AsyncFnOnce() -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let version = self.reference_version(table).await?;
        if let Some(rows) = kept(&self.reference).at(version) {
            return Ok(T::clone(&rows));
        }
        let rows = read().await?;
        kept(&self.reference).keep(version, Arc::new(rows.clone()));
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_rows_answer_only_their_own_version() {
        let kept: Kept<Vec<i64>> = Kept::default();
        assert!(kept.at(7).is_none());
        kept.keep(7, Arc::new(vec![1, 2]));
        assert_eq!(kept.at(7).as_deref(), Some(&vec![1, 2]));
        assert!(kept.at(8).is_none());
        kept.keep(8, Arc::new(vec![3]));
        assert!(kept.at(7).is_none());
        assert_eq!(kept.at(8).as_deref(), Some(&vec![3]));
    }
}
