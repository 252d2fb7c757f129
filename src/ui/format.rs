//! Formatting shared by server and browser, deterministic so hydration matches.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "10 Mar 2026". Written out rather than through chrono's `format`, whose format-string
/// machinery would add to the browser bundle.
pub fn date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        MONTHS[date.month0() as usize],
        date.year()
    )
}

/// "10 Mar 2026, 09:05 UTC".
pub fn date_time(at: DateTime<Utc>) -> String {
    format!(
        "{}, {:02}:{:02} UTC",
        date(at.date_naive()),
        at.hour(),
        at.minute()
    )
}

/// "1 participant", "3 participants".
pub fn count(n: i64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 10).expect("valid date");
        assert_eq!(date(day), "10 Mar 2026");
    }

    #[test]
    fn counts_agree_in_number() {
        assert_eq!(count(1, "participant", "participants"), "1 participant");
        assert_eq!(count(0, "participant", "participants"), "0 participants");
    }
}
