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
