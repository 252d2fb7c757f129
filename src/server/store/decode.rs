//! Stored text back into domain values: a value the domain does not know means a corrupt row
//! (never a panic, never a silent default).

use super::StoreError;
use crate::domain::text_enum::TextValue;

/// The domain value stored as `raw` in the column `what`.
pub(super) fn decode<T: TextValue>(what: &'static str, raw: &str) -> Result<T, StoreError> {
    T::from_text(raw).ok_or_else(|| StoreError::corrupt(what, raw))
}
