//! Throwaway databases for tests: a fresh SQLite file or a fresh PostgreSQL database each.
//!
//! PostgreSQL tests need `ACCORD_TEST_POSTGRES_URL`, a URL of a role that may create databases
//! (the test command sets it up). Without it they fail loudly rather than pass silently; the
//! test command skips them by name (`::postgres::`) where PostgreSQL is not installed.

use super::{ConnectOptions, Store};
use crate::server::clock::Clock;

/// The day tests treat as today, so health is deterministic.
pub const TODAY: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(2026, 11, 28) {
    Some(day) => day,
    None => panic!("valid date"),
};

/// How long one store or HTTP test may take before it counts as hung.
pub const TEST_TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(120);

/// The variable that names the PostgreSQL server used by tests.
pub const POSTGRES_URL_VAR: &str = "ACCORD_TEST_POSTGRES_URL";

/// A migrated, empty database that is removed by [`TestDb::cleanup`].
pub struct TestDb {
    pub store: Store,
    cleanup: Cleanup,
}

enum Cleanup {
    SqliteFile(std::path::PathBuf),
    PostgresDatabase { admin_url: String, name: String },
}

fn unique_name() -> String {
    format!("accord_test_{}", uuid::Uuid::new_v4().simple())
}

impl TestDb {
    pub async fn sqlite() -> Self {
        let path = std::env::temp_dir().join(format!("{}.db", unique_name()));
        let url = format!("sqlite:{}", path.display());
        let store = Store::connect(&url, &ConnectOptions::default())
            .await
            .expect("open SQLite test database")
            .with_clock(Clock::starting_on(TODAY));
        store.migrate().await.expect("migrate SQLite test database");
        Self {
            store,
            cleanup: Cleanup::SqliteFile(path),
        }
    }

    pub async fn postgres() -> Self {
        let admin_url = std::env::var(POSTGRES_URL_VAR).unwrap_or_else(|_| {
            panic!(
                "{POSTGRES_URL_VAR} is not set. Run `make test` (it starts PostgreSQL and sets it), \
                 or skip these tests with `cargo test -- --skip ::postgres::`."
            )
        });
        let name = unique_name();
        let admin = sqlx::PgPool::connect(&admin_url)
            .await
            .expect("connect to PostgreSQL for tests");
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&admin)
            .await
            .expect("create PostgreSQL test database");
        admin.close().await;
        let url = database_url(&admin_url, &name);
        let store = Store::connect(&url, &ConnectOptions::default())
            .await
            .expect("open PostgreSQL test database")
            .with_clock(Clock::starting_on(TODAY));
        store
            .migrate()
            .await
            .expect("migrate PostgreSQL test database");
        Self {
            store,
            cleanup: Cleanup::PostgresDatabase { admin_url, name },
        }
    }

    /// Closes the store and removes the database.
    pub async fn cleanup(self) {
        self.store.close().await;
        match self.cleanup {
            Cleanup::SqliteFile(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::PostgresDatabase { admin_url, name } => {
                if let Ok(admin) = sqlx::PgPool::connect(&admin_url).await {
                    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&admin)
                        .await;
                    admin.close().await;
                }
            }
        }
    }
}

/// A second store on `store`'s database with its own pool and its own kept reference rows, as
/// another server instance would open it.
pub async fn another_instance(store: &Store) -> Store {
    let db = match store.db() {
        super::Db::Sqlite(pool) => super::Db::Sqlite(
            sqlx::SqlitePool::connect_with((*pool.connect_options()).clone())
                .await
                .expect("open the SQLite database again"),
        ),
        super::Db::Postgres(pool) => super::Db::Postgres(
            sqlx::PgPool::connect_with((*pool.connect_options()).clone())
                .await
                .expect("open the PostgreSQL database again"),
        ),
    };
    Store {
        db,
        clock: store.clock,
        reference: Default::default(),
        view: None,
    }
}

/// `admin_url` with its database name replaced by `name`.
fn database_url(admin_url: &str, name: &str) -> String {
    let (base, query) = match admin_url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (admin_url, None),
    };
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let base = match base[authority_start..].find('/') {
        Some(slash) => &base[..authority_start + slash],
        None => base,
    };
    match query {
        Some(query) => format!("{base}/{name}?{query}"),
        None => format!("{base}/{name}"),
    }
}

/// Every initiative, read one by one (the slow, obviously right way).
pub async fn every_initiative(store: &Store) -> Vec<crate::domain::Initiative> {
    let ids: Vec<i64> = super::with_db!(store.db(), pool => {
        sqlx::query_scalar("SELECT id FROM initiatives ORDER BY id").fetch_all(pool).await.expect("ids")
    });
    let mut all = Vec::with_capacity(ids.len());
    for id in ids {
        all.push(store.initiative(id).await.expect("read"));
    }
    all
}

/// Declares each listed `async fn(&Store)` as a test on SQLite and on PostgreSQL.
macro_rules! on_both_databases {
    ($($test:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $test() {
                    let db = $crate::server::store::test_support::TestDb::sqlite().await;
                    // A hang fails the test, naming it, instead of stalling the whole run.
                    let limit = $crate::server::store::test_support::TEST_TIME_LIMIT;
                    if tokio::time::timeout(limit, super::$test(&db.store)).await.is_err() {
                        panic!("{} took longer than {limit:?}", stringify!($test));
                    }
                    db.cleanup().await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $test() {
                    let db = $crate::server::store::test_support::TestDb::postgres().await;
                    // A hang fails the test, naming it, instead of stalling the whole run.
                    let limit = $crate::server::store::test_support::TEST_TIME_LIMIT;
                    if tokio::time::timeout(limit, super::$test(&db.store)).await.is_err() {
                        panic!("{} took longer than {limit:?}", stringify!($test));
                    }
                    db.cleanup().await;
                }
            )*
        }
    };
}
pub(crate) use on_both_databases;

/// The editable fields of `i`, as an edit that changes nothing would send them (no meeting).
pub fn fields_of(i: &crate::domain::Initiative) -> crate::domain::InitiativeFields {
    crate::domain::InitiativeFields {
        title: i.title.clone(),
        description: i.description.clone(),
        partner_id: i.partner_id,
        meeting_id: None,
        owner_id: i.owner_id,
        deadline: i.deadline,
        sector_ids: i.sector_ids.clone(),
        obligor: i.obligor,
        strength: i.strength,
        confidentiality: i.confidentiality,
        next_review_on: None,
    }
}

#[cfg(test)]
mod tests {
    use super::database_url;

    #[test]
    fn the_database_name_is_replaced() {
        assert_eq!(
            database_url("postgres://u:p@127.0.0.1:5432/postgres", "x"),
            "postgres://u:p@127.0.0.1:5432/x"
        );
        assert_eq!(
            database_url("postgres://u:p@localhost", "x"),
            "postgres://u:p@localhost/x"
        );
        assert_eq!(
            database_url("postgres://u@h/db?sslmode=disable", "x"),
            "postgres://u@h/x?sslmode=disable"
        );
    }
}
