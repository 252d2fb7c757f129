//! Reference data that nearly every page reads (partners, sectors, users), kept in the
//! process between requests and checked against the database on every read.
//!
//! Each of the three tables has a version in `reference_versions` that every write of the
//! table replaces in the same transaction (database triggers, migration
//! `reference_versions`). A read asks for the version first, one indexed row, and reuses the
//! kept rows when it has not changed: a change made by any instance on the same database is
//! seen by every instance at its next read, and no process holds anything the others lack.

use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use crate::domain::{Partner, PartnerTree, Sector, User};
use crate::server::store::{Store, StoreError, with_db};

/// A table whose rows are kept between requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReferenceTable {
    Partners,
    Sectors,
    Users,
}

/// The kept rows of each reference table, shared by every clone of a [`Store`].
#[derive(Debug, Default)]
pub(crate) struct ReferenceCache {
    pub(crate) partners: Kept<Vec<Partner>>,
    /// The partners' tree, at the same version as `partners`.
    pub(crate) partner_tree: Kept<PartnerTree>,
    pub(crate) sectors: Kept<Vec<Sector>>,
    pub(crate) users: Kept<Vec<User>>,
    /// Rendered pages, under the versions they were rendered at.
    pub(crate) pages: super::kept_pages::KeptPages,
    /// Signed-in sessions' records, checked with the user on every read.
    pub(crate) sessions: Arc<crate::server::auth::kept_sessions::KeptSessions>,
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

/// The three tables' versions, the dashboard summary's and the records', read together in one
/// statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct ReferenceVersions {
    partners: i64,
    sectors: i64,
    users: i64,
    /// Every write of the dashboard summary's tables replaces it (migration `summary_version`).
    summary: i64,
    /// Every write of an initiative, its sectors or meetings, or a meeting replaces it
    /// (migration `records_version`): what a list of initiatives shows.
    records: i64,
}

impl ReferenceVersions {
    pub(crate) fn of(self, table: ReferenceTable) -> i64 {
        match table {
            ReferenceTable::Partners => self.partners,
            ReferenceTable::Sectors => self.sectors,
            ReferenceTable::Users => self.users,
        }
    }

    /// From the five values of [`VERSION_COLUMNS`]; a missing row is a damaged database.
    pub(crate) fn from_columns(columns: VersionColumns) -> Result<Self, StoreError> {
        match columns {
            (Some(partners), Some(sectors), Some(users), Some(summary), Some(records)) => {
                Ok(Self {
                    partners,
                    sectors,
                    users,
                    summary,
                    records,
                })
            }
            _ => Err(StoreError::NotFound("reference version")),
        }
    }
}

/// The values of [`VERSION_COLUMNS`], in order.
pub(crate) type VersionColumns = (
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
);

/// The five versions as columns of any statement (the session's user is read with them).
pub(crate) const VERSION_COLUMNS: &str = "\
    (SELECT version FROM reference_versions WHERE name = 'partners') AS partners_version, \
    (SELECT version FROM reference_versions WHERE name = 'sectors') AS sectors_version, \
    (SELECT version FROM reference_versions WHERE name = 'users') AS users_version, \
    (SELECT version FROM reference_versions WHERE name = 'summary') AS summary_version, \
    (SELECT version FROM reference_versions WHERE name = 'records') AS records_version";

/// The versions one page view reads: the first read of the view (usually with the signed-in
/// user) answers every later one, so a page that names partners, sectors and users in five
/// places checks them once. A view sees the tables as they were when it began, and the next
/// view sees any change made since. Only views that write nothing have one (a write in the
/// same request must see its own change): see `Store::for_page_view`.
#[derive(Debug, Default)]
pub(crate) struct ViewVersions(OnceLock<ReferenceVersions>);

impl Store {
    /// A store for one page view (a GET that writes nothing): reference versions are read
    /// once for the whole view.
    pub fn for_page_view(&self) -> Store {
        Store {
            view: Some(Arc::new(ViewVersions::default())),
            ..self.clone()
        }
    }

    /// The versions this view already read, if any.
    pub(crate) fn view_versions(&self) -> Option<ReferenceVersions> {
        self.view.as_ref().and_then(|view| view.0.get().copied())
    }

    /// Remembers `versions` for the rest of this view (the first read wins).
    pub(crate) fn keep_view_versions(&self, versions: ReferenceVersions) {
        if let Some(view) = &self.view {
            let _ = view.0.set(versions);
        }
    }

    /// The tables' current versions (this view's, once read). Read before the rows: rows read
    /// after them are at least as new, so a write between the two reads only makes the next
    /// view read them again.
    pub(crate) async fn reference_versions(&self) -> Result<ReferenceVersions, StoreError> {
        if let Some(versions) = self.view_versions() {
            return Ok(versions);
        }
        let sql = format!("SELECT {VERSION_COLUMNS}");
        let columns: VersionColumns = with_db!(self.db(), pool => {
            sqlx::query_as(&sql).fetch_one(pool).await?
        });
        let versions = ReferenceVersions::from_columns(columns)?;
        self.keep_view_versions(versions);
        Ok(versions)
    }

    /// The table's current version.
    pub(crate) async fn reference_version(&self, table: ReferenceTable) -> Result<i64, StoreError> {
        Ok(self.reference_versions().await?.of(table))
    }

    /// `table`'s rows: the kept ones when the table has not changed since, else `read`'s,
    /// then kept.
    pub(crate) async fn kept_rows<T: Clone>(
        &self,
        table: ReferenceTable,
        kept: impl Fn(&ReferenceCache) -> &Kept<T>,
        read: impl AsyncFnOnce() -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let rows = self.kept_arc(table, kept, read).await?;
        Ok(T::clone(&rows))
    }

    /// As [`Store::kept_rows`], without copying the rows.
    pub(crate) async fn kept_arc<T>(
        &self,
        table: ReferenceTable,
        kept: impl Fn(&ReferenceCache) -> &Kept<T>,
        read: impl AsyncFnOnce() -> Result<T, StoreError>,
    ) -> Result<Arc<T>, StoreError> {
        let version = self.reference_version(table).await?;
        self.kept_at(version, kept, read).await
    }

    async fn kept_at<T>(
        &self,
        version: i64,
        kept: impl Fn(&ReferenceCache) -> &Kept<T>,
        read: impl AsyncFnOnce() -> Result<T, StoreError>,
    ) -> Result<Arc<T>, StoreError> {
        if let Some(rows) = kept(&self.reference).at(version) {
            return Ok(rows);
        }
        let rows = Arc::new(read().await?);
        kept(&self.reference).keep(version, Arc::clone(&rows));
        Ok(rows)
    }

    /// Every partner (by name) and their tree, both at the table's current version: the tree
    /// is built once per version, not per request.
    pub async fn partner_tree(&self) -> Result<(Arc<Vec<Partner>>, Arc<PartnerTree>), StoreError> {
        let version = self.reference_version(ReferenceTable::Partners).await?;
        let partners = self
            .kept_at(
                version,
                |kept| &kept.partners,
                async || self.read_partners().await,
            )
            .await?;
        let tree = self
            .kept_at(
                version,
                |kept| &kept.partner_tree,
                async || Ok(PartnerTree::new(&partners)),
            )
            .await?;
        Ok((partners, tree))
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
