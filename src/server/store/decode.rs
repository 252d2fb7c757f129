//! Stored text back into domain values: a value the domain does not know means a corrupt row
//! (never a panic, never a silent default).

use super::StoreError;
use crate::domain::text_enum::TextValue;

/// The domain value stored as `raw` in the column `what`.
pub(super) fn decode<T: TextValue>(what: &'static str, raw: &str) -> Result<T, StoreError> {
    T::from_text(raw).ok_or_else(|| StoreError::corrupt(what, raw))
}

/// `SELECT`s `columns` of every row of `from` as one JSON array of arrays (text), in `order`
/// when given. Hundreds of rows cost one value to fetch instead of hundreds: in sqlx-sqlite
/// every row crosses threads (two context switches each), and per-row and per-value costs
/// were most of the dashboard's and the list's time.
pub(super) fn json_rows(
    backend: super::Backend,
    columns: &str,
    from: &str,
    order: Option<&str>,
) -> String {
    let (aggregate, array) = match backend {
        super::Backend::Sqlite => ("json_group_array", "json_array"),
        super::Backend::Postgres => ("json_agg", "json_build_array"),
    };
    let order = order
        .map(|order| format!(" ORDER BY {order}"))
        .unwrap_or_default();
    format!(
        "SELECT COALESCE(CAST({aggregate}({array}({columns}){order}) AS TEXT), '[]') FROM {from}"
    )
}

/// The rows of a [`json_rows`] value.
pub(super) fn parse_json_rows<T: serde::de::DeserializeOwned>(
    what: &'static str,
    json: &str,
) -> Result<Vec<T>, StoreError> {
    serde_json::from_str(json).map_err(|error| StoreError::corrupt(what, error.to_string()))
}
