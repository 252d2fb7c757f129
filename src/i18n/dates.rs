//! Dates, numbers, percentages and counts as each language writes them: "2 December 2026",
//! "2 декабря 2026 г.", "2 желтоқсан 2026 ж."; "12,345" and "12 345"; "45%" and "45 %".

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use fluent_templates::fluent_bundle::FluentValue;

use super::{DisplayZone, Language};

/// No-break space: a number's groups, and a number and its unit, never split across lines.
const NO_BREAK_SPACE: char = '\u{a0}';

impl Language {
    /// "2 December 2026", "2 декабря 2026 г.", "2 желтоқсан 2026 ж.": headings and facts.
    pub fn date_long(self, date: NaiveDate) -> String {
        self.t_with(
            "date-long",
            &[
                ("day", date.day().into()),
                ("month", self.t(&format!("month-{}", date.month())).into()),
                ("year", plain_year(date).into()),
            ],
        )
    }

    /// "2 Dec 2026", "2 дек. 2026 г.", "2 жел. 2026": tables and timelines.
    pub fn date(self, date: NaiveDate) -> String {
        self.t_with(
            "date-short",
            &[
                ("day", date.day().into()),
                (
                    "month",
                    self.t(&format!("month-short-{}", date.month())).into(),
                ),
                ("year", plain_year(date).into()),
            ],
        )
    }

    /// "Dec 2026" as a chart's axis labels a month.
    pub fn month_year(self, date: NaiveDate) -> String {
        self.t_with(
            "month-year-short",
            &[
                (
                    "month",
                    self.t(&format!("month-standalone-short-{}", date.month()))
                        .into(),
                ),
                ("year", plain_year(date).into()),
            ],
        )
    }

    /// "2 Dec 2026, 09:05 UTC" or "3 Dec 2026, 14:05 Asia/Almaty": in the page's zone
    /// ([`DisplayZone`]), which it names.
    pub fn date_time(self, at: DateTime<Utc>) -> String {
        self.date_time_in(at, DisplayZone::current().reader)
    }

    /// `at` as the clock on the wall in `zone` reads it.
    pub fn date_time_in(self, at: DateTime<Utc>, zone: chrono_tz::Tz) -> String {
        let local = at.with_timezone(&zone);
        self.t_with(
            "date-time",
            &[
                ("date", self.date(local.date_naive()).into()),
                (
                    "time",
                    format!("{:02}:{:02}", local.hour(), local.minute()).into(),
                ),
                ("zone", zone.name().into()),
            ],
        )
    }

    /// A whole number with the language's digit grouping: "12,345", "12 345".
    pub fn number(self, n: i64) -> String {
        group_digits(n, self.group_separator())
    }

    /// A share as a whole percentage: "45%", "45 %".
    pub fn percent(self, percent: i64) -> String {
        self.t_with("percent", &[("percent", self.number(percent).into())])
    }

    /// "3 initiatives", "3 инициативы": `id` is a `count-*` message, which chooses the
    /// language's plural form.
    pub fn count(self, id: &str, n: i64) -> String {
        self.t_with(id, &[("count", n.into())])
    }

    fn group_separator(self) -> char {
        match self {
            Language::English => ',',
            Language::Russian | Language::Kazakh => NO_BREAK_SPACE,
        }
    }
}

// A year is a year, not a quantity: "2026", never "2,026".
fn plain_year(date: NaiveDate) -> String {
    date.year().to_string()
}

fn group_digits(n: i64, separator: char) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        grouped.push('-');
    }
    for (position, digit) in digits.chars().enumerate() {
        if position > 0 && (digits.len() - position) % 3 == 0 {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

// The catalogues' own number formatting (counts inside messages): whole numbers grouped as
// the language groups them; anything else left to Fluent.
fn whole_number(value: &FluentValue<'_>) -> Option<i64> {
    match value {
        FluentValue::Number(number) if number.value.fract() == 0.0 && number.value.abs() < 1e15 => {
            Some(number.value as i64)
        }
        _ => None,
    }
}

pub(super) fn number_with_space<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    whole_number(value).map(|n| group_digits(n, NO_BREAK_SPACE))
}

pub(super) fn number_with_comma<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    whole_number(value).map(|n| group_digits(n, ','))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn digits_group_in_threes() {
        assert_eq!(group_digits(0, ','), "0");
        assert_eq!(group_digits(999, ','), "999");
        assert_eq!(group_digits(1000, ','), "1,000");
        assert_eq!(group_digits(-1234567, ','), "-1,234,567");
    }

    proptest! {
        #[test]
        fn grouping_keeps_the_number(n in any::<i64>()) {
            let grouped = group_digits(n, ',');
            prop_assert_eq!(grouped.replace(',', "").parse::<i64>().ok(), Some(n));
        }
    }
}
