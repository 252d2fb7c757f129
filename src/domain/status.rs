//! An initiative's status and the transitions between statuses.

use super::text_enum::text_enum;

text_enum! {
    /// Where an initiative stands.
    pub enum Status {
        /// Captured (e.g. from a readout), not yet confirmed.
        Proposed => ("proposed", "Proposed"),
        Active => ("active", "Active"),
        /// Active, but held up; always carries a reason.
        Blocked => ("blocked", "Blocked"),
        Completed => ("completed", "Completed"),
        Dropped => ("dropped", "Dropped"),
    }
}

impl Status {
    /// The statuses in which an initiative still needs work.
    pub const OPEN: [Status; 3] = [Self::Proposed, Self::Active, Self::Blocked];

    /// Completed and dropped initiatives need no more work.
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Completed | Self::Dropped)
    }

    /// The statuses this one may move to (a note without a status change is always allowed).
    pub fn next(self) -> &'static [Status] {
        match self {
            Self::Proposed => &[Self::Active, Self::Dropped],
            Self::Active => &[Self::Blocked, Self::Completed, Self::Dropped],
            Self::Blocked => &[Self::Active, Self::Completed, Self::Dropped],
            // Reopening: allowed, and audited like every change.
            Self::Completed => &[Self::Active],
            Self::Dropped => &[Self::Active, Self::Proposed],
        }
    }

    pub fn can_move_to(self, to: Status) -> bool {
        self.next().contains(&to)
    }
}

/// Why a status change is refused; each names the form field to fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("An initiative cannot move from {} to {}.", .from.label(), .to.label())]
    NotAllowed { from: Status, to: Status },
    #[error("Say why the initiative is blocked.")]
    BlockedNeedsReason,
    #[error("Completing needs evidence: a note or a link to the outcome.")]
    CompletedNeedsEvidence,
    #[error("Set a deadline before making the initiative active.")]
    OpenNeedsDeadline,
    #[error("Choose an owner before making the initiative active.")]
    OpenNeedsOwner,
    #[error("A progress note needs some text.")]
    EmptyNote,
}

impl TransitionError {
    /// The form field the message belongs next to.
    pub fn field(self) -> &'static str {
        match self {
            Self::NotAllowed { .. } => "to_status",
            Self::BlockedNeedsReason | Self::EmptyNote => "note",
            Self::CompletedNeedsEvidence => "evidence_url",
            Self::OpenNeedsDeadline => "deadline",
            Self::OpenNeedsOwner => "owner_id",
        }
    }
}

/// Whether an initiative has what leaving "proposed" requires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub has_deadline: bool,
    pub has_owner: bool,
}

impl Schedule {
    pub const READY: Schedule = Schedule {
        has_deadline: true,
        has_owner: true,
    };
}

/// Checks a status update (or a plain progress note when `from == to`).
///
/// Only proposed (and dropped) initiatives may lack a deadline or an owner.
pub fn check_transition(
    from: Status,
    to: Status,
    note: &str,
    evidence_url: Option<&str>,
    schedule: Schedule,
) -> Result<(), TransitionError> {
    let has_note = !note.trim().is_empty();
    if from == to {
        return if has_note || evidence_url.is_some() {
            Ok(())
        } else {
            Err(TransitionError::EmptyNote)
        };
    }
    if !from.can_move_to(to) {
        return Err(TransitionError::NotAllowed { from, to });
    }
    match to {
        Status::Blocked if !has_note => Err(TransitionError::BlockedNeedsReason),
        Status::Completed if !has_note && evidence_url.is_none() => {
            Err(TransitionError::CompletedNeedsEvidence)
        }
        Status::Active | Status::Blocked | Status::Completed if !schedule.has_deadline => {
            Err(TransitionError::OpenNeedsDeadline)
        }
        Status::Active | Status::Blocked | Status::Completed if !schedule.has_owner => {
            Err(TransitionError::OpenNeedsOwner)
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_happy_path_is_allowed() {
        assert_eq!(
            check_transition(Status::Proposed, Status::Active, "", None, Schedule::READY),
            Ok(())
        );
        assert_eq!(
            check_transition(
                Status::Active,
                Status::Blocked,
                "Waiting for the port",
                None,
                Schedule::READY
            ),
            Ok(())
        );
        assert_eq!(
            check_transition(Status::Blocked, Status::Active, "", None, Schedule::READY),
            Ok(())
        );
        assert_eq!(
            check_transition(
                Status::Active,
                Status::Completed,
                "",
                Some("https://example.org/mou"),
                Schedule::READY
            ),
            Ok(())
        );
    }

    #[test]
    fn blocked_needs_a_reason_and_completed_needs_evidence() {
        assert_eq!(
            check_transition(Status::Active, Status::Blocked, "  ", None, Schedule::READY),
            Err(TransitionError::BlockedNeedsReason)
        );
        assert_eq!(
            check_transition(Status::Active, Status::Completed, "", None, Schedule::READY),
            Err(TransitionError::CompletedNeedsEvidence)
        );
        assert_eq!(
            check_transition(
                Status::Active,
                Status::Completed,
                "Signed on 3 May",
                None,
                Schedule::READY
            ),
            Ok(())
        );
    }

    #[test]
    fn reopening_is_allowed_but_skipping_confirmation_is_not() {
        assert_eq!(
            check_transition(Status::Completed, Status::Active, "", None, Schedule::READY),
            Ok(())
        );
        assert_eq!(
            check_transition(Status::Dropped, Status::Active, "", None, Schedule::READY),
            Ok(())
        );
        assert_eq!(
            check_transition(
                Status::Proposed,
                Status::Completed,
                "done",
                None,
                Schedule::READY
            ),
            Err(TransitionError::NotAllowed {
                from: Status::Proposed,
                to: Status::Completed
            })
        );
    }

    #[test]
    fn leaving_proposed_needs_a_deadline() {
        assert_eq!(
            check_transition(
                Status::Proposed,
                Status::Active,
                "",
                None,
                Schedule {
                    has_deadline: false,
                    has_owner: true
                }
            ),
            Err(TransitionError::OpenNeedsDeadline)
        );
        assert_eq!(
            check_transition(
                Status::Proposed,
                Status::Active,
                "",
                None,
                Schedule {
                    has_deadline: true,
                    has_owner: false
                }
            ),
            Err(TransitionError::OpenNeedsOwner)
        );
        let unscheduled = Schedule {
            has_deadline: false,
            has_owner: false,
        };
        assert_eq!(
            check_transition(Status::Proposed, Status::Dropped, "", None, unscheduled),
            Ok(())
        );
    }

    #[test]
    fn a_note_without_a_status_change_needs_text() {
        assert_eq!(
            check_transition(Status::Active, Status::Active, "", None, Schedule::READY),
            Err(TransitionError::EmptyNote)
        );
        assert_eq!(
            check_transition(
                Status::Active,
                Status::Active,
                "Call held",
                None,
                Schedule::READY
            ),
            Ok(())
        );
    }

    #[test]
    fn every_status_round_trips_and_closed_ones_can_reopen() {
        for &status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
            assert!(!status.can_move_to(status), "{status:?} lists itself");
            if status.is_closed() {
                assert!(status.can_move_to(Status::Active));
            }
        }
    }

    fn any_status() -> impl Strategy<Value = Status> {
        proptest::sample::select(Status::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn allowed_transitions_follow_the_table(
            from in any_status(), to in any_status(), note in ".{0,10}", link in proptest::option::of("https://[a-z]{1,8}\\.org"), dated: bool, owned: bool
        ) {
            let schedule = Schedule { has_deadline: dated, has_owner: owned };
            let result = check_transition(from, to, &note, link.as_deref(), schedule);
            if from != to && !from.can_move_to(to) {
                prop_assert_eq!(result, Err(TransitionError::NotAllowed { from, to }));
            }
            if result.is_ok() && from != to {
                prop_assert!(from.can_move_to(to));
                if to == Status::Blocked { prop_assert!(!note.trim().is_empty()); }
                if to == Status::Completed { prop_assert!(!note.trim().is_empty() || link.is_some()); }
                if !to.is_closed() && to != Status::Proposed { prop_assert!(dated && owned); }
            }
        }
    }
}
