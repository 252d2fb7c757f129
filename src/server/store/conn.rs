//! A borrowed connection of either engine, so that one step of a write (an audit row, a
//! reference check, a history entry) is an ordinary `async fn` taking [`Conn`]: its `?` and
//! its result are visible where it is called, which a `macro_rules!` step hid.
//!
//! Inside [`with_db!`](super::with_db) a transaction is a concrete `Transaction<Sqlite>` or
//! `Transaction<Postgres>`; `conn(&mut tx)` turns either into a [`Conn`].

use sqlx::{PgConnection, SqliteConnection};

use super::RowLocks;

/// One engine's connection (or open transaction), borrowed for one step.
pub(crate) enum Conn<'c> {
    Sqlite(&'c mut SqliteConnection),
    Postgres(&'c mut PgConnection),
}

impl<'c> From<&'c mut SqliteConnection> for Conn<'c> {
    fn from(connection: &'c mut SqliteConnection) -> Self {
        Self::Sqlite(connection)
    }
}

impl<'c> From<&'c mut PgConnection> for Conn<'c> {
    fn from(connection: &'c mut PgConnection) -> Self {
        Self::Postgres(connection)
    }
}

impl Conn<'_> {
    /// Borrows this connection again for one more step.
    pub(crate) fn again(&mut self) -> Conn<'_> {
        match self {
            Self::Sqlite(connection) => Conn::Sqlite(connection),
            Self::Postgres(connection) => Conn::Postgres(connection),
        }
    }

    /// The value an INSERT gives the `id` of a new `table` row whose audit events are
    /// filed under `entity`: an id no row of it ever had. PostgreSQL's identity columns never
    /// reuse one (`DEFAULT`). SQLite gives the largest id plus one, which after an admin
    /// deleted the newest record would hand its id, and with it its audit history, to the
    /// next one; so the id is also past every id the audit trail names (every record's
    /// creation is audited in its own transaction, and SQLite has one writer at a time).
    pub(crate) fn fresh_id(&self, table: &'static str, entity: &'static str) -> String {
        match self {
            Self::Sqlite(_) => format!(
                "(SELECT MAX(n) + 1 FROM (SELECT COALESCE(MAX(id), 0) AS n FROM {table} \
                 UNION ALL SELECT COALESCE(MAX(entity_id), 0) FROM audit_events WHERE entity = '{entity}'))"
            ),
            Self::Postgres(_) => "DEFAULT".to_owned(),
        }
    }

    /// The shared row lock this engine adds after a `WHERE` (see [`RowLocks`]).
    pub(crate) fn share_lock(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => <sqlx::Sqlite as RowLocks>::SHARE,
            Self::Postgres(_) => <sqlx::Postgres as RowLocks>::SHARE,
        }
    }
}

/// Runs `$body` with `$connection` bound to the engine's own connection inside `$conn` (a
/// [`Conn`]). Only dispatches: it neither returns from nor `?`s out of its caller.
macro_rules! on_conn {
    ($conn:expr, $connection:ident => $body:expr) => {
        match $conn {
            $crate::server::store::conn::Conn::Sqlite($connection) => $body,
            $crate::server::store::conn::Conn::Postgres($connection) => $body,
        }
    };
}
pub(crate) use on_conn;
