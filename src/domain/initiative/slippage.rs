//! Moved deadlines (issue 19): a deadline that was set is moved or removed only with a reason,
//! every move is kept, and an initiative is judged "on time" against the first deadline agreed,
//! with the current one beside it.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::Initiative;
use crate::domain::validation::{MAX_LINE, optional_text};
use crate::error::{AppError, FieldErrors};

/// The form field that carries the reason.
pub const DEADLINE_REASON: &str = "deadline_reason";

/// Whether going from `from` to `to` moves a deadline: one was set and it is now another day
/// or none. Setting a first deadline moves nothing.
pub fn moves_deadline(from: Option<NaiveDate>, to: Option<NaiveDate>) -> bool {
    from.is_some() && from != to
}

/// A checked move of a deadline, as an edit makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineMove {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub reason: String,
}

impl DeadlineMove {
    /// The move an edit of `current` to the deadline `to` makes, with the reason typed;
    /// `None` when the deadline stays (a reason typed then is not kept). A move without a
    /// reason is refused on the reason's field.
    pub fn of_edit(
        current: &Initiative,
        to: Option<NaiveDate>,
        reason: &str,
    ) -> Result<Option<Self>, AppError> {
        if !moves_deadline(current.deadline, to) {
            return Ok(None);
        }
        let mut errors = FieldErrors::new();
        let reason = optional_text(
            &mut errors,
            DEADLINE_REASON,
            "Reason for the move",
            reason,
            MAX_LINE * 5,
        )
        .unwrap_or_default();
        if errors.is_empty() && reason.is_empty() {
            errors.add(
                DEADLINE_REASON,
                "Say why the deadline moves: it stays in the initiative's record.",
            );
        }
        errors
            .into_result(Self {
                from: current.deadline,
                to,
                reason,
            })
            .map(Some)
    }
}

/// One kept move: who moved the deadline, when, from which day to which, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadlineMoveEntry {
    pub id: i64,
    pub moved_at: DateTime<Utc>,
    pub actor_name: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub reason: String,
}

/// How far an initiative's deadline has slipped: moved `moves` times, `days` later than the
/// first deadline agreed (negative when earlier; `None` when it has no deadline now).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slippage {
    pub moves: i64,
    pub first: Option<NaiveDate>,
    pub days: Option<i64>,
}

impl Initiative {
    /// The first deadline agreed: the one kept at the first move, else the deadline.
    pub fn agreed_deadline(&self) -> Option<NaiveDate> {
        self.first_deadline.or(self.deadline)
    }

    /// How the deadline moved, if it ever did.
    pub fn slippage(&self) -> Option<Slippage> {
        (self.deadline_moves > 0).then(|| {
            let first = self.agreed_deadline();
            Slippage {
                moves: self.deadline_moves,
                first,
                days: first
                    .zip(self.deadline)
                    .map(|(first, now)| (now - first).num_days()),
            }
        })
    }

    /// The first deadline and the count of moves after an edit sets the deadline to `to`.
    pub(super) fn deadline_history_after(&self, to: Option<NaiveDate>) -> (Option<NaiveDate>, i64) {
        if moves_deadline(self.deadline, to) {
            (self.agreed_deadline(), self.deadline_moves + 1)
        } else {
            (self.first_deadline, self.deadline_moves)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::initiative::{Confidentiality, Obligor, Strength};
    use crate::domain::status::Status;

    fn initiative_due(deadline: Option<NaiveDate>) -> Initiative {
        Initiative {
            id: 1,
            title: "Roadmap".into(),
            description: String::new(),
            partner_id: 1,
            partner_name: "Flanders".into(),
            meeting_id: None,
            owner_id: Some(1),
            owner_name: Some("Aida".into()),
            deadline,
            first_deadline: None,
            deadline_moves: 0,
            sector_ids: Vec::new(),
            status: Status::Active,
            blocked_reason: None,
            obligor: Obligor::Joint,
            strength: Strength::Firm,
            confidentiality: Confidentiality::Internal,
            next_review_on: None,
            completed_on: None,
            last_activity_on: day("2026-01-10"),
            version: 1,
            created_at: DateTime::UNIX_EPOCH,
            updated_at: DateTime::UNIX_EPOCH,
        }
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a date")
    }

    #[test]
    fn setting_a_first_deadline_moves_nothing_and_needs_no_reason() {
        let undated = initiative_due(None);
        assert_eq!(
            DeadlineMove::of_edit(&undated, Some(day("2026-05-01")), ""),
            Ok(None)
        );
        assert_eq!(
            undated.deadline_history_after(Some(day("2026-05-01"))),
            (None, 0)
        );
    }

    #[test]
    fn moving_or_removing_a_deadline_needs_a_reason() {
        let dated = initiative_due(Some(day("2026-05-01")));
        for to in [Some(day("2026-06-01")), None] {
            let Err(AppError::Validation(errors)) = DeadlineMove::of_edit(&dated, to, "  ") else {
                panic!("a move without a reason is refused");
            };
            assert!(errors.get(DEADLINE_REASON).is_some());
            let moved = DeadlineMove::of_edit(&dated, to, " Partner asked for time ")
                .expect("a reason is enough")
                .expect("a move");
            assert_eq!((moved.from, moved.to), (dated.deadline, to));
            assert_eq!(moved.reason, "Partner asked for time");
        }
        assert_eq!(
            DeadlineMove::of_edit(&dated, dated.deadline, "why"),
            Ok(None)
        );
    }

    #[test]
    fn slippage_counts_from_the_first_deadline_agreed() {
        let mut record = initiative_due(Some(day("2026-05-01")));
        assert_eq!(record.slippage(), None);
        for to in ["2026-06-01", "2026-08-03"] {
            let (first, moves) = record.deadline_history_after(Some(day(to)));
            record.first_deadline = first;
            record.deadline_moves = moves;
            record.deadline = Some(day(to));
        }
        assert_eq!(
            record.slippage(),
            Some(Slippage {
                moves: 2,
                first: Some(day("2026-05-01")),
                days: Some(94),
            })
        );
        assert_eq!(record.agreed_deadline(), Some(day("2026-05-01")));
    }
}
