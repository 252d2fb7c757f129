//! Date grammar: finds date expressions ("On 17 May", "November 28-30, 2023", "August and
//! September 2020", "this year", "on Tuesday", "soon") and resolves them against the readout's
//! dateline, so that relative words mean what they meant on the day of publication.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::text::{Token, is_capitalised, lw, raw};

mod scanner;

/// What a date expression says, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateValue {
    Day(NaiveDate),
    MonthDay(u32, u32),
    DayRange(NaiveDate, NaiveDate),
    MonthDayRange(u32, u32, u32),
    Month(i32, u32),
    MonthOnly(u32),
    Year(i32),
    Weekday(Weekday),
    Rel(Rel),
    /// "soon", "in the coming months": kept as text only.
    Vague,
}

/// Relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    Yesterday,
    Today,
    Tomorrow,
    ThisYear,
    NextYear,
    LastYear,
    EarlierThisYear,
    ThisMonth,
    NextMonth,
    LastMonth,
    ThisWeek,
    NextWeek,
    LastWeek,
}

/// A date expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateExpr {
    /// Byte span including a leading preposition ("in 2025", "on December 7").
    pub start: usize,
    pub end: usize,
    /// Token range of the expression itself (without the preposition).
    pub tok_start: usize,
    pub tok_end: usize,
    pub values: Vec<DateValue>,
    /// The preposition before it, lower case ("since", "in", ...).
    pub prep: Option<&'static str>,
}

/// A resolved date or period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    Date(NaiveDate),
    MonthDay(u32, u32),
    Range(NaiveDate, NaiveDate),
    MonthDayRange(u32, u32, u32),
    Month(i32, u32),
    Year(i32),
}

impl Resolved {
    /// The expected.jsonl notation: YYYY, YYYY-MM, YYYY-MM-DD, A/B, --MM-DD.
    pub fn normal(&self) -> String {
        match *self {
            Resolved::Date(d) => d.format("%Y-%m-%d").to_string(),
            Resolved::MonthDay(m, d) => format!("--{m:02}-{d:02}"),
            Resolved::Range(a, b) => {
                format!("{}/{}", a.format("%Y-%m-%d"), b.format("%Y-%m-%d"))
            }
            Resolved::MonthDayRange(m, a, b) => format!("--{m:02}-{a:02}/--{m:02}-{b:02}"),
            Resolved::Month(y, m) => format!("{y:04}-{m:02}"),
            Resolved::Year(y) => format!("{y:04}"),
        }
    }

    /// The last day the period covers, when the year is known.
    pub fn last_day(&self) -> Option<NaiveDate> {
        match *self {
            Resolved::Date(d) => Some(d),
            Resolved::Range(_, b) => Some(b),
            Resolved::Month(y, m) => {
                let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                NaiveDate::from_ymd_opt(ny, nm, 1).and_then(|d| d.pred_opt())
            }
            Resolved::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31),
            Resolved::MonthDay(..) | Resolved::MonthDayRange(..) => None,
        }
    }

    /// A single day, when the expression names one.
    pub fn day(&self) -> Option<NaiveDate> {
        match *self {
            Resolved::Date(d) => Some(d),
            _ => None,
        }
    }
}

/// How to place a year-less date in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Most recent on or before the reference (meetings, signings).
    Past,
    /// Next on or after the reference (plans).
    Future,
}

/// Resolves expressions against the dateline (`anchor`) or, for relative words only, today.
#[derive(Debug, Clone, Copy)]
pub struct Resolver {
    pub anchor: Option<NaiveDate>,
    pub today: NaiveDate,
}

impl Resolver {
    fn reference(&self) -> NaiveDate {
        self.anchor.unwrap_or(self.today)
    }

    /// Resolves one value; `None` for vague expressions.
    pub fn resolve(&self, value: DateValue, mode: Mode) -> Option<Resolved> {
        let r = self.reference();
        match value {
            DateValue::Day(d) => Some(Resolved::Date(d)),
            DateValue::DayRange(a, b) => Some(Resolved::Range(a, b)),
            DateValue::Month(y, m) => Some(Resolved::Month(y, m)),
            DateValue::Year(y) => Some(Resolved::Year(y)),
            DateValue::MonthDay(m, d) => match self.anchor {
                None => Some(Resolved::MonthDay(m, d)),
                Some(a) => place_month_day(a, m, d, mode).map(Resolved::Date),
            },
            DateValue::MonthDayRange(m, d1, d2) => match self.anchor {
                None => Some(Resolved::MonthDayRange(m, d1, d2)),
                Some(a) => {
                    let first = place_month_day(a, m, d1, mode)?;
                    let last = NaiveDate::from_ymd_opt(first.year(), m, d2)?;
                    Some(Resolved::Range(first, last))
                }
            },
            DateValue::MonthOnly(m) => {
                let a = self.anchor?;
                let year = match mode {
                    Mode::Future if m < a.month() => a.year() + 1,
                    Mode::Past if m > a.month() => a.year() - 1,
                    _ => a.year(),
                };
                Some(Resolved::Month(year, m))
            }
            DateValue::Weekday(w) => {
                let today = r.weekday().num_days_from_monday() as i64;
                let target = w.num_days_from_monday() as i64;
                let d = match mode {
                    Mode::Past => r.checked_sub_days(Days::new(((today - target + 7) % 7) as u64)),
                    Mode::Future => {
                        let ahead = (target - today + 7) % 7;
                        let ahead = if ahead == 0 { 7 } else { ahead };
                        r.checked_add_days(Days::new(ahead as u64))
                    }
                }?;
                Some(Resolved::Date(d))
            }
            DateValue::Rel(rel) => resolve_rel(r, rel),
            DateValue::Vague => None,
        }
    }
}

fn resolve_rel(r: NaiveDate, rel: Rel) -> Option<Resolved> {
    let month_shift = |delta: i32| {
        let total = r.year() * 12 + r.month0() as i32 + delta;
        Resolved::Month(total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
    };
    let week_start = r.checked_sub_days(Days::new(r.weekday().num_days_from_monday() as u64));
    let week = |offset: i64| -> Option<Resolved> {
        let start = week_start?;
        let start = if offset >= 0 {
            start.checked_add_days(Days::new((offset * 7) as u64))?
        } else {
            start.checked_sub_days(Days::new((-offset * 7) as u64))?
        };
        Some(Resolved::Range(
            start,
            start.checked_add_days(Days::new(6))?,
        ))
    };
    Some(match rel {
        Rel::Yesterday => Resolved::Date(r.pred_opt()?),
        Rel::Today => Resolved::Date(r),
        Rel::Tomorrow => Resolved::Date(r.succ_opt()?),
        Rel::ThisYear | Rel::EarlierThisYear => Resolved::Year(r.year()),
        Rel::NextYear => Resolved::Year(r.year() + 1),
        Rel::LastYear => Resolved::Year(r.year() - 1),
        Rel::ThisMonth => month_shift(0),
        Rel::NextMonth => month_shift(1),
        Rel::LastMonth => month_shift(-1),
        Rel::ThisWeek => week(0)?,
        Rel::NextWeek => week(1)?,
        Rel::LastWeek => week(-1)?,
    })
}

fn place_month_day(anchor: NaiveDate, m: u32, d: u32, mode: Mode) -> Option<NaiveDate> {
    let this = NaiveDate::from_ymd_opt(anchor.year(), m, d);
    match mode {
        Mode::Past => match this {
            // A day or two ahead of the dateline is still "this" occurrence (time zones).
            Some(x) if x <= anchor.checked_add_days(Days::new(2))? => Some(x),
            _ => NaiveDate::from_ymd_opt(anchor.year() - 1, m, d),
        },
        Mode::Future => match this {
            Some(x) if x >= anchor.checked_sub_days(Days::new(2))? => Some(x),
            _ => NaiveDate::from_ymd_opt(anchor.year() + 1, m, d),
        },
    }
}

/// Is the expression a past event relative to `reference`?
pub fn is_past(resolved: &Resolved, reference: NaiveDate) -> bool {
    resolved.last_day().is_some_and(|last| last < reference)
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

const PREPOSITIONS: &[&str] = &[
    "in", "on", "by", "until", "till", "before", "during", "within", "from", "for", "since", "at",
    "of", "after",
];

/// Parses a day number ("7", "17th").
fn day_num(s: &str) -> Option<u32> {
    let digits: &str = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &s[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// Parses "28-30" into a day range.
fn day_range(s: &str) -> Option<(u32, u32)> {
    let (a, b) = s.split_once('-')?;
    let (a, b) = (day_num(a)?, day_num(b)?);
    (a < b).then_some((a, b))
}

fn year_num(s: &str) -> Option<i32> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = s.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

fn iso_date(s: &str) -> Option<NaiveDate> {
    let mut parts = s.split('-');
    let y = year_num(parts.next()?)?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Finds every ISO date (YYYY-MM-DD) in a string; used for the `date:` header line.
pub fn iso_dates_in(s: &str) -> Vec<NaiveDate> {
    s.split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .filter_map(iso_date)
        .collect()
}

/// Scans `tokens[from..to]` for date expressions.
pub struct Scanner<'a> {
    pub text: &'a str,
    pub lower: &'a str,
    pub tokens: &'a [Token],
}

fn day_value(m: u32, d: u32, range: Option<(u32, u32)>, year: Option<i32>) -> Option<DateValue> {
    Some(match (range, year) {
        (Some((a, b)), Some(y)) => DateValue::DayRange(
            NaiveDate::from_ymd_opt(y, m, a)?,
            NaiveDate::from_ymd_opt(y, m, b)?,
        ),
        (Some((a, b)), None) => DateValue::MonthDayRange(m, a, b),
        (None, Some(y)) => DateValue::Day(NaiveDate::from_ymd_opt(y, m, d)?),
        (None, None) => {
            // Validate against a leap year so "February 29" stays possible.
            NaiveDate::from_ymd_opt(2024, m, d)?;
            DateValue::MonthDay(m, d)
        }
    })
}

/// True for values that name a single day (candidates for the meeting date).
pub fn is_day_level(v: &DateValue) -> bool {
    matches!(
        v,
        DateValue::Day(_)
            | DateValue::MonthDay(..)
            | DateValue::Weekday(_)
            | DateValue::Rel(Rel::Yesterday | Rel::Today)
            | DateValue::DayRange(..)
            | DateValue::MonthDayRange(..)
    )
}
