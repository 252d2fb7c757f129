//! Deleting a meeting or an initiative: only an admin, only with a stated reason, which the
//! audit trail keeps beside the record's last values.

use serde::{Deserialize, Serialize};

use super::validation::required_text;
use crate::error::{AppError, FieldErrors};

/// The longest reason kept.
pub const MAX_REASON: usize = 2_000;

/// Why an admin deleted a record, as they wrote it (trimmed, never empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletionReason(String);

impl DeletionReason {
    /// Checks the reason a form carried: required, at most [`MAX_REASON`] characters.
    pub fn parse(raw: &str) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let reason = required_text(&mut errors, "reason", "A reason", raw, MAX_REASON);
        errors.into_result(Self(reason))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a deletion form sends back: the record's version and the reason.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletionInput {
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_required_and_kept_as_typed_without_surrounding_space() {
        assert!(DeletionReason::parse("   ").is_err());
        assert!(DeletionReason::parse("").is_err());
        let reason = DeletionReason::parse("  Recorded twice; see meeting 12. ").expect("valid");
        assert_eq!(reason.as_str(), "Recorded twice; see meeting 12.");
    }

    #[test]
    fn an_overlong_reason_is_refused_with_a_message_for_its_field() {
        let long = "x".repeat(MAX_REASON + 1);
        match DeletionReason::parse(&long) {
            Err(AppError::Validation(errors)) => {
                assert!(errors.iter().any(|(field, _)| field == "reason"));
            }
            other => panic!("expected a validation error, got {other:?}"),
        }
    }
}
