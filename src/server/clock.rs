//! The clock is an input: the server reads the system clock, tests and drills read a clock that
//! starts at a chosen instant, so nothing depends on the day it runs.

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use chrono_tz::Tz;

/// Where "now" comes from, and in which time zone the office's day is judged.
///
/// Stored times stay UTC; "today" (for overdue, due soon, stale) is the calendar day in the
/// installation's zone (`ACCORD_TIME_ZONE`), so a deadline of 1 December is overdue in Astana
/// from midnight there, not five hours later when it is midnight in UTC.
#[derive(Debug, Clone, Copy, Default)]
pub struct Clock {
    source: Source,
    zone: Zone,
}

#[derive(Debug, Clone, Copy, Default)]
enum Source {
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

/// The installation's time zone (UTC unless set).
#[derive(Debug, Clone, Copy)]
struct Zone(Tz);

impl Default for Zone {
    fn default() -> Self {
        Zone(Tz::UTC)
    }
}

/// A time zone name that the IANA database does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownZone(pub String);

impl std::fmt::Display for UnknownZone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:?} is not an IANA time zone name (such as Asia/Almaty)",
            self.0
        )
    }
}

impl std::error::Error for UnknownZone {}

impl Clock {
    /// The machine's clock, days judged in UTC.
    pub const SYSTEM: Clock = Clock {
        source: Source::System,
        zone: Zone(Tz::UTC),
    };

    /// A clock that reads `start` now and runs on from it.
    pub fn starting_at(start: DateTime<Utc>) -> Self {
        Self {
            source: Source::StartingAt {
                start,
                origin: std::time::Instant::now(),
            },
            zone: Zone::default(),
        }
    }

    /// A clock that starts at 09:00 UTC on `day`.
    pub fn starting_on(day: NaiveDate) -> Self {
        let nine = chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default();
        Self::starting_at(day.and_time(nine).and_utc())
    }

    /// The same clock judging days in the IANA time zone `name` (such as `Asia/Almaty`).
    pub fn in_zone(self, name: &str) -> Result<Self, UnknownZone> {
        let zone = name
            .trim()
            .parse::<Tz>()
            .map_err(|_| UnknownZone(name.to_owned()))?;
        Ok(Self {
            zone: Zone(zone),
            ..self
        })
    }

    /// The name of the zone days are judged in.
    pub fn zone_name(&self) -> &'static str {
        self.zone.0.name()
    }

    /// The current instant at microsecond precision: what PostgreSQL keeps, so a value reads
    /// back equal from both engines.
    pub fn now(&self) -> DateTime<Utc> {
        let now = match self.source {
            Source::System => Utc::now(),
            Source::StartingAt { start, origin } => {
                let elapsed = chrono::Duration::from_std(origin.elapsed()).unwrap_or_default();
                start + elapsed
            }
        };
        now.trunc_subsecs(6)
    }

    /// Today's date in the installation's zone, against which health is judged.
    pub fn today(&self) -> NaiveDate {
        self.now().with_timezone(&self.zone.0).date_naive()
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

    /// 20:30 UTC on 1 December is 02:30 on 2 December in Almaty (UTC+5).
    #[test]
    fn today_is_the_day_in_the_installations_zone() {
        let evening = chrono::DateTime::parse_from_rfc3339("2026-12-01T20:30:00Z")
            .expect("instant")
            .with_timezone(&Utc);
        let utc = Clock::starting_at(evening);
        let almaty = utc.in_zone("Asia/Almaty").expect("a zone");
        let first = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
        assert_eq!(utc.today(), first);
        assert_eq!(almaty.today(), first.succ_opt().expect("date"));
        assert_eq!(almaty.zone_name(), "Asia/Almaty");
        assert_eq!(
            utc.in_zone("Mars/Olympus").map(|_| ()),
            Err(UnknownZone("Mars/Olympus".into()))
        );
    }
}
