//! Online backups of the embedded database, and putting one back.
//!
//! SQLite: `VACUUM INTO` writes a consistent copy of one snapshot while the server keeps
//! serving (readers and the writer carry on). PostgreSQL has its own tools (`pg_dump`,
//! `pg_restore`), which the command line calls.

use std::path::{Path, PathBuf};

use super::{Db, Store, StoreError};

/// Why a backup or a restore did not happen.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} exists already: choose a new file name")]
    TargetExists(PathBuf),
    #[error("{0} is not a file")]
    Missing(PathBuf),
    #[error("{0} is not an Accord SQLite database: {1}")]
    NotAnAccordDatabase(PathBuf, String),
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Store {
    /// Writes a consistent copy of this SQLite database to `target` (a new file).
    pub async fn backup_sqlite_to(&self, target: &Path) -> Result<(), BackupError> {
        let Db::Sqlite(pool) = self.db() else {
            return Err(BackupError::Store(StoreError::UnsupportedUrl(
                "backup_sqlite_to needs a SQLite database".to_owned(),
            )));
        };
        if target.exists() {
            return Err(BackupError::TargetExists(target.to_owned()));
        }
        let name = target.to_string_lossy().into_owned();
        sqlx::query("VACUUM INTO $1")
            .bind(name)
            .execute(pool)
            .await
            .map_err(StoreError::from)?;
        Ok(())
    }
}

/// Replaces the SQLite database at `live` with the backup at `backup`: the backup is checked
/// first, copied beside the live file, synced, then renamed over it in one step, so a crash
/// leaves either the old database or the restored one. The server must be stopped.
pub async fn restore_sqlite(backup: &Path, live: &Path) -> Result<(), BackupError> {
    if !backup.is_file() {
        return Err(BackupError::Missing(backup.to_owned()));
    }
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| BackupError::Io { path, source }
    };
    // Check the backup on a copy, so the check itself changes nothing in the backup file.
    let staged = live.with_extension("restoring");
    std::fs::copy(backup, &staged).map_err(io(&staged))?;
    let checked = async {
        let url = format!("sqlite:{}", staged.display());
        let store = Store::connect(&url, &super::ConnectOptions::default()).await?;
        let applied: Result<i64, sqlx::Error> = match store.db() {
            Db::Sqlite(pool) => {
                sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations")
                    .fetch_one(pool)
                    .await
            }
            Db::Postgres(_) => Ok(0),
        };
        let verdict = match applied {
            Ok(n) if n > 0 => store.verify().await.map(|report| report.problems),
            Ok(_) => Ok(vec!["no migrations were applied to it".to_owned()]),
            Err(error) => Ok(vec![error.to_string()]),
        };
        // The check's WAL goes back into the file before it is moved.
        store.close().await;
        verdict
    }
    .await;
    let problems = match checked {
        Ok(problems) => problems,
        Err(error) => vec![error.to_string()],
    };
    if !problems.is_empty() {
        let _ = std::fs::remove_file(&staged);
        return Err(BackupError::NotAnAccordDatabase(
            backup.to_owned(),
            problems.join("; "),
        ));
    }
    std::fs::File::open(&staged)
        .and_then(|file| file.sync_all())
        .map_err(io(&staged))?;
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", live.display()));
        match std::fs::remove_file(&side) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(io(&side)(error)),
        }
        let _ = std::fs::remove_file(format!("{}{suffix}", staged.display()));
    }
    std::fs::rename(&staged, live).map_err(io(live))?;
    if let Some(folder) = live.parent().filter(|f| !f.as_os_str().is_empty()) {
        std::fs::File::open(folder)
            .and_then(|dir| dir.sync_all())
            .map_err(io(folder))?;
    }
    Ok(())
}
