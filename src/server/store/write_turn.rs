//! Write transactions, and on SQLite the process's turn to write.
//!
//! SQLite lets one transaction write at a time. Without a queue, writers that find the file
//! locked sleep in SQLite's busy handler (1, 2, 5, 10 … 100 ms) and retry, so under load the
//! lock sits free while they sleep and the slowest wait a second. The writers of one process
//! therefore take turns on a fair async queue first, one per database file, and each starts
//! `BEGIN IMMEDIATE` only when its turn comes; the busy timeout still covers other processes
//! (a console command, a backup). PostgreSQL locks rows and needs no turn.

use std::collections::HashMap;
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use sqlx::postgres::PgPool;
use sqlx::sqlite::SqlitePool;
use sqlx::{Database, Transaction};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// A transaction that writes, holding its process's turn (SQLite) until it ends. Dereferences
/// to the connection, as a `Transaction` does.
pub(crate) struct WriteTx<DB: Database> {
    tx: Transaction<'static, DB>,
    _turn: Option<OwnedSemaphorePermit>,
}

impl<DB: Database> WriteTx<DB> {
    pub(crate) fn new(tx: Transaction<'static, DB>, turn: Option<OwnedSemaphorePermit>) -> Self {
        Self { tx, _turn: turn }
    }

    pub(crate) async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }

    pub(crate) async fn rollback(self) -> Result<(), sqlx::Error> {
        self.tx.rollback().await
    }
}

impl<DB: Database> Deref for WriteTx<DB> {
    type Target = DB::Connection;
    fn deref(&self) -> &DB::Connection {
        &self.tx
    }
}

impl<DB: Database> DerefMut for WriteTx<DB> {
    fn deref_mut(&mut self) -> &mut DB::Connection {
        &mut self.tx
    }
}

/// Waits for this process's turn to write to the SQLite file at `path`. `None` only if the
/// queue were closed, which nothing does; the caller then writes without a turn, on the busy
/// timeout alone.
pub(crate) async fn sqlite_turn(path: &Path) -> Option<OwnedSemaphorePermit> {
    static QUEUES: OnceLock<Mutex<HashMap<PathBuf, Arc<Semaphore>>>> = OnceLock::new();
    let queue = {
        let mut queues = QUEUES
            .get_or_init(Mutex::default)
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        Arc::clone(
            queues
                .entry(path.to_path_buf())
                .or_insert_with(|| Arc::new(Semaphore::new(1))),
        )
    };
    queue.acquire_owned().await.ok()
}

/// Starts a transaction that will write.
///
/// SQLite: the process's writers take turns (below), then `BEGIN IMMEDIATE` takes the
/// write lock up front, so a writer never fails with "database is locked" when it upgrades a
/// read lock.
///
/// Also home to the other named dialect differences that code inside [`with_db!`] needs.
pub(crate) trait BeginWrite {
    type Db: Database;
    async fn begin_write(&self) -> Result<WriteTx<Self::Db>, sqlx::Error>;

    /// After rows were inserted with explicit ids: the statement that moves the id generator
    /// past them (PostgreSQL identity columns do not notice; SQLite needs nothing).
    fn resync_identity_sql(&self, table: &str) -> Option<String>;
}

impl BeginWrite for SqlitePool {
    type Db = sqlx::Sqlite;
    async fn begin_write(&self) -> Result<WriteTx<sqlx::Sqlite>, sqlx::Error> {
        let turn = sqlite_turn(self.connect_options().get_filename()).await;
        Ok(WriteTx::new(
            self.begin_with("BEGIN IMMEDIATE").await?,
            turn,
        ))
    }

    fn resync_identity_sql(&self, _table: &str) -> Option<String> {
        None
    }
}

impl BeginWrite for PgPool {
    type Db = sqlx::Postgres;
    async fn begin_write(&self) -> Result<WriteTx<sqlx::Postgres>, sqlx::Error> {
        Ok(WriteTx::new(self.begin().await?, None))
    }

    fn resync_identity_sql(&self, table: &str) -> Option<String> {
        Some(format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {table}))"
        ))
    }
}

/// Row locks a statement inside a write transaction adds after its `WHERE`: PostgreSQL locks
/// the rows read; SQLite needs none, as `BEGIN IMMEDIATE` already serialises writers.
pub(crate) trait RowLocks {
    /// Many holders at once; keeps out an exclusive holder.
    const SHARE: &'static str;
    /// One holder; waits for and keeps out the shared holders.
    const EXCLUSIVE: &'static str;
}

impl RowLocks for sqlx::Sqlite {
    const SHARE: &'static str = "";
    const EXCLUSIVE: &'static str = "";
}

impl RowLocks for sqlx::Postgres {
    const SHARE: &'static str = " FOR KEY SHARE";
    const EXCLUSIVE: &'static str = " FOR UPDATE";
}

pub(crate) fn exclusive_lock<DB: Database + RowLocks>(_: &WriteTx<DB>) -> &'static str {
    DB::EXCLUSIVE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn one_turn_per_file_at_a_time_and_files_do_not_wait_for_each_other() {
        let first = sqlite_turn(Path::new("/tmp/a.db")).await.expect("turn");
        let other_file = tokio::time::timeout(
            std::time::Duration::from_millis(100),
            sqlite_turn(Path::new("/tmp/b.db")),
        )
        .await;
        assert!(other_file.is_ok(), "another file has its own queue");
        let same_file = tokio::time::timeout(
            std::time::Duration::from_millis(50),
            sqlite_turn(Path::new("/tmp/a.db")),
        )
        .await;
        assert!(same_file.is_err(), "the same file waits for the turn");
        drop(first);
        let next = tokio::time::timeout(
            std::time::Duration::from_millis(100),
            sqlite_turn(Path::new("/tmp/a.db")),
        )
        .await;
        assert!(next.is_ok(), "the turn passes on when the first ends");
    }
}
