//! The clock is an input: the server reads the system clock, tests and drills read a clock that
//! starts at a chosen instant, so nothing depends on the day it runs.

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};

/// Where "now" comes from.
#[derive(Debug, Clone, Copy, Default)]
pub enum Clock {
    /// The machine's clock.
    #[default]
    System,
    /// Starts at `start` when created and runs at real speed from there, so writes keep their
    /// order while the day stays fixed for anything shorter than the rest of that day.
    StartingAt {
        start: DateTime<Utc>,
        origin: std::time::Instant,
    },
}

impl Clock {
    /// A clock that reads `start` now and runs on from it.
    pub fn starting_at(start: DateTime<Utc>) -> Self {
        Self::StartingAt {
            start,
            origin: std::time::Instant::now(),
        }
    }

    /// A clock that starts at 09:00 UTC on `day`.
    pub fn starting_on(day: NaiveDate) -> Self {
        let nine = chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default();
        Self::starting_at(day.and_time(nine).and_utc())
    }

    /// The current instant at microsecond precision: what PostgreSQL keeps, so a value reads
    /// back equal from both engines.
    pub fn now(&self) -> DateTime<Utc> {
        let now = match self {
            Self::System => Utc::now(),
            Self::StartingAt { start, origin } => {
                let elapsed = chrono::Duration::from_std(origin.elapsed()).unwrap_or_default();
                *start + elapsed
            }
        };
        now.trunc_subsecs(6)
    }

    /// Today's date (UTC), against which health is judged.
    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_started_on_a_day_reads_that_day_and_runs_forward() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
        let clock = Clock::starting_on(day);
        let first = clock.now();
        assert_eq!(clock.today(), day);
        std::thread::sleep(std::time::Duration::from_millis(2));
        assert!(clock.now() > first);
        assert_eq!(clock.today(), day);
    }
}
