//! Health: derived from dates, never stored by hand.

use super::status::Status;
use super::text_enum::text_enum;
use chrono::{Days, NaiveDate};

/// Deadlines this close (in days) count as "due soon".
pub const DUE_SOON_DAYS: u64 = 14;
/// No update for this many days makes an open initiative stale.
pub const STALE_DAYS: u64 = 60;

text_enum! {
    /// How an initiative is doing. For open initiatives exactly one applies, in this order of
    /// precedence: overdue, due soon, stale, on track.
    pub enum Health {
        Overdue => ("overdue", "Overdue"),
        DueSoon => ("due_soon", "Due soon"),
        Stale => ("stale", "Stale"),
        OnTrack => ("on_track", "On track"),
        /// Completed or dropped: no health to speak of.
        Closed => ("closed", "Closed"),
    }
}

/// The date boundaries that classify health on a given day; shared by [`health`] and the
/// store's SQL so both agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HealthBounds {
    pub today: NaiveDate,
    /// Deadlines on or before this day (and not before today) are due soon.
    pub due_soon_until: NaiveDate,
    /// Last activity on or before this day is stale.
    pub stale_on_or_before: NaiveDate,
}

impl HealthBounds {
    pub fn on(today: NaiveDate) -> Self {
        Self {
            today,
            due_soon_until: today
                .checked_add_days(Days::new(DUE_SOON_DAYS))
                .unwrap_or(NaiveDate::MAX),
            stale_on_or_before: today
                .checked_sub_days(Days::new(STALE_DAYS))
                .unwrap_or(NaiveDate::MIN),
        }
    }
}

/// The health of an initiative on `today`.
pub fn health(
    status: Status,
    deadline: Option<NaiveDate>,
    last_activity_on: NaiveDate,
    today: NaiveDate,
) -> Health {
    if status.is_closed() {
        return Health::Closed;
    }
    let bounds = HealthBounds::on(today);
    match deadline {
        Some(deadline) if deadline < bounds.today => Health::Overdue,
        Some(deadline) if deadline <= bounds.due_soon_until => Health::DueSoon,
        _ if last_activity_on <= bounds.stale_on_or_before => Health::Stale,
        _ => Health::OnTrack,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn boundaries() {
        let today = day("2026-11-28");
        let fresh = day("2026-11-20");
        assert_eq!(
            health(Status::Active, Some(day("2026-11-27")), fresh, today),
            Health::Overdue
        );
        assert_eq!(
            health(Status::Active, Some(today), fresh, today),
            Health::DueSoon
        );
        assert_eq!(
            health(Status::Active, Some(day("2026-12-12")), fresh, today),
            Health::DueSoon
        );
        assert_eq!(
            health(Status::Active, Some(day("2026-12-13")), fresh, today),
            Health::OnTrack
        );
        assert_eq!(
            health(
                Status::Active,
                Some(day("2027-06-01")),
                day("2026-09-29"),
                today
            ),
            Health::Stale
        );
        assert_eq!(
            health(
                Status::Active,
                Some(day("2027-06-01")),
                day("2026-09-30"),
                today
            ),
            Health::OnTrack
        );
        assert_eq!(
            health(Status::Proposed, None, day("2026-01-01"), today),
            Health::Stale
        );
        assert_eq!(
            health(
                Status::Completed,
                Some(day("2020-01-01")),
                day("2020-01-01"),
                today
            ),
            Health::Closed
        );
    }

    #[test]
    fn overdue_outranks_stale() {
        let today = day("2026-11-28");
        assert_eq!(
            health(
                Status::Blocked,
                Some(day("2026-01-01")),
                day("2025-01-01"),
                today
            ),
            Health::Overdue
        );
    }

    proptest! {
        #[test]
        fn open_initiatives_are_never_closed_and_closed_ones_always_are(
            offset in -400i64..400, activity in 0u64..400, status_index in 0usize..5
        ) {
            let today = day("2026-11-28");
            let status = Status::ALL[status_index];
            let deadline = today.checked_add_signed(chrono::Duration::days(offset));
            let last = today.checked_sub_days(Days::new(activity)).expect("date");
            let h = health(status, deadline, last, today);
            prop_assert_eq!(h == Health::Closed, status.is_closed());
            if h == Health::Overdue { prop_assert!(offset < 0); }
            if h == Health::Stale { prop_assert!(activity >= STALE_DAYS && offset > DUE_SOON_DAYS as i64); }
        }
    }
}
