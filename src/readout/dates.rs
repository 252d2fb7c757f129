//! Date grammar: finds date expressions ("On 17 May", "November 28-30, 2023", "August and
//! September 2020", "this year", "on Tuesday", "soon") and resolves them against the readout's
//! dateline, so that relative words mean what they meant on the day of publication.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::text::{Token, is_capitalised, lw, raw};

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

impl<'a> Scanner<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| lw(self.lower, t))
    }

    fn month_at(&self, i: usize) -> Option<u32> {
        let t = self.tokens.get(i)?;
        if !t.word {
            return None;
        }
        let low = lw(self.lower, t);
        let (_, m) = MONTHS.iter().find(|(name, _)| *name == low)?;
        let original = raw(self.text, t);
        // "may" and "march" are also common words: demand capitals and a neighbouring number
        // or a date preposition.
        if !is_capitalised(original) {
            return None;
        }
        if matches!(
            low,
            "may" | "march" | "mar" | "jan" | "dec" | "sep" | "oct" | "aug"
        ) {
            let next_num = day_num(self.w(i + 1)).is_some()
                || year_num(self.w(i + 1)).is_some()
                || day_range(self.w(i + 1)).is_some();
            let prev_num =
                i > 0 && (day_num(self.w(i - 1)).is_some() || day_range(self.w(i - 1)).is_some());
            let prev_prep = i > 0
                && matches!(
                    self.w(i - 1),
                    "in" | "since" | "until" | "by" | "early" | "late" | "mid" | "of" | "from"
                );
            if !(next_num || prev_num || prev_prep) {
                return None;
            }
        }
        Some(*m)
    }

    /// Skips a "." glued to a month abbreviation and an optional comma; returns the next index.
    fn skip_sep(&self, mut i: usize) -> usize {
        if self.w(i) == "." {
            i += 1;
        }
        if self.w(i) == "," {
            i += 1;
        }
        i
    }

    /// All expressions in `tokens[from..to]`, in order.
    pub fn scan(&self, from: usize, to: usize) -> Vec<DateExpr> {
        let mut out = Vec::new();
        let to = to.min(self.tokens.len());
        let mut i = from;
        while i < to {
            if let Some((values, end)) = self.parse_at(i, to) {
                let mut start_tok = i;
                let mut prep = None;
                if i > from {
                    let p = self.w(i - 1);
                    if let Some(found) = PREPOSITIONS.iter().find(|x| **x == p) {
                        prep = Some(*found);
                        start_tok = i - 1;
                    }
                }
                let last = end.saturating_sub(1).max(i);
                out.push(DateExpr {
                    start: self.tokens[start_tok].start,
                    end: self.tokens[last].end,
                    tok_start: i,
                    tok_end: end,
                    values,
                    prep,
                });
                i = end.max(i + 1);
            } else {
                i += 1;
            }
        }
        out
    }

    fn parse_at(&self, i: usize, to: usize) -> Option<(Vec<DateValue>, usize)> {
        let t = self.tokens.get(i)?;
        let w = self.w(i);
        if let Some(d) = iso_date(w) {
            return Some((vec![DateValue::Day(d)], i + 1));
        }
        // dd.mm.yyyy
        if day_num(w).is_some() && i + 4 < to + 1 && self.w(i + 1) == "." && self.w(i + 3) == "." {
            let glued =
                (i + 1..=i + 4).all(|k| self.tokens.get(k).is_some_and(|x| !x.space_before));
            if glued {
                let d = day_num(w)?;
                let m: Option<u32> = self.w(i + 2).parse().ok();
                let y = year_num(self.w(i + 4));
                if let (Some(m), Some(y)) = (m, y)
                    && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
                {
                    return Some((vec![DateValue::Day(date)], i + 5));
                }
            }
        }
        if let Some(m) = self.month_at(i) {
            return self.after_month(i, m, to);
        }
        if let Some(d) = day_num(w).or_else(|| day_range(w).map(|(a, _)| a)) {
            let j = i + 1;
            let j2 = if self.w(j) == "of" { j + 1 } else { j };
            if let Some(m) = self.month_at(j2) {
                let range = day_range(w);
                let k = self.skip_sep(j2 + 1);
                let year = year_num(self.w(k));
                let end = if year.is_some() { k + 1 } else { j2 + 1 };
                return Some((vec![day_value(m, d, range, year)?], end));
            }
        }
        if let Some(y) = year_num(w) {
            return Some((vec![DateValue::Year(y)], i + 1));
        }
        // "mid-2026", "end-2025"
        if let Some((head, tail)) = w.split_once('-')
            && matches!(head, "mid" | "early" | "late" | "end")
            && let Some(y) = year_num(tail)
        {
            return Some((vec![DateValue::Year(y)], i + 1));
        }
        if let Some((_, wd)) = WEEKDAYS.iter().find(|(n, _)| *n == w)
            && is_capitalised(raw(self.text, t))
        {
            return Some((vec![DateValue::Weekday(*wd)], i + 1));
        }
        match w {
            "yesterday" => return Some((vec![DateValue::Rel(Rel::Yesterday)], i + 1)),
            "today" => return Some((vec![DateValue::Rel(Rel::Today)], i + 1)),
            "tomorrow" => return Some((vec![DateValue::Rel(Rel::Tomorrow)], i + 1)),
            "soon" | "shortly" | "upcoming" | "forthcoming" | "autumn" | "spring" | "summer"
            | "winter" => {
                return Some((vec![DateValue::Vague], i + 1));
            }
            _ => {}
        }
        self.phrase_at(i)
    }

    fn after_month(&self, i: usize, m: u32, _to: usize) -> Option<(Vec<DateValue>, usize)> {
        let j = if self.w(i + 1) == "." { i + 2 } else { i + 1 };
        let w1 = self.w(j);
        if let Some(range) = day_range(w1) {
            let k = self.skip_sep(j + 1);
            let year = year_num(self.w(k));
            let end = if year.is_some() { k + 1 } else { j + 1 };
            return Some((vec![day_value(m, range.0, Some(range), year)?], end));
        }
        if let Some(d) = day_num(w1) {
            let k = self.skip_sep(j + 1);
            let year = year_num(self.w(k));
            let end = if year.is_some() { k + 1 } else { j + 1 };
            return Some((vec![day_value(m, d, None, year)?], end));
        }
        if let Some(y) = year_num(w1) {
            return Some((vec![DateValue::Month(y, m)], j + 1));
        }
        // "August and September 2020", "March, April and May 2026"
        let mut months = vec![m];
        let mut k = j;
        loop {
            let sep = self.w(k);
            if matches!(sep, "and" | "," | "or" | "to" | "through")
                && let Some(m2) = self.month_at(k + 1)
            {
                months.push(m2);
                k += 2;
                if self.w(k) == "." {
                    k += 1;
                }
                continue;
            }
            break;
        }
        if months.len() > 1 {
            if let Some(y) = year_num(self.w(k)) {
                let values = months.iter().map(|mm| DateValue::Month(y, *mm)).collect();
                return Some((values, k + 1));
            }
            let values = months.iter().map(|mm| DateValue::MonthOnly(*mm)).collect();
            return Some((values, k));
        }
        Some((vec![DateValue::MonthOnly(m)], j))
    }

    /// Multi-word relative and vague phrases.
    fn phrase_at(&self, i: usize) -> Option<(Vec<DateValue>, usize)> {
        let w = |k: usize| self.w(i + k);
        let period = |s: &str| matches!(s, "year" | "month" | "week");
        if matches!(
            w(0),
            "this" | "next" | "last" | "current" | "coming" | "past"
        ) && period(w(1))
        {
            let earlier = i > 0 && self.w(i - 1) == "earlier";
            let rel = match (w(0), w(1)) {
                ("this" | "current" | "coming", "year") if earlier => Rel::EarlierThisYear,
                ("this" | "current" | "coming", "year") => Rel::ThisYear,
                ("next", "year") => Rel::NextYear,
                ("last" | "past", "year") => Rel::LastYear,
                ("this" | "current" | "coming", "month") => Rel::ThisMonth,
                ("next", "month") => Rel::NextMonth,
                ("last" | "past", "month") => Rel::LastMonth,
                ("this" | "current" | "coming", _) => Rel::ThisWeek,
                ("next", _) => Rel::NextWeek,
                _ => Rel::LastWeek,
            };
            return Some((vec![DateValue::Rel(rel)], i + 2));
        }
        // "the end of the year", "the end of 2026", "the first half of 2026"
        if w(0) == "end" && w(1) == "of" {
            if let Some(y) = year_num(w(2)) {
                return Some((vec![DateValue::Year(y)], i + 3));
            }
            if matches!(w(2), "the" | "this") && w(3) == "year" {
                return Some((vec![DateValue::Rel(Rel::ThisYear)], i + 4));
            }
            if matches!(w(2), "next") && w(3) == "year" {
                return Some((vec![DateValue::Rel(Rel::NextYear)], i + 4));
            }
            if matches!(w(2), "the" | "this") && w(3) == "month" {
                return Some((vec![DateValue::Rel(Rel::ThisMonth)], i + 4));
            }
        }
        if matches!(w(0), "first" | "second" | "third" | "fourth")
            && matches!(w(1), "half" | "quarter")
            && w(2) == "of"
            && let Some(y) = year_num(w(3))
        {
            return Some((vec![DateValue::Year(y)], i + 4));
        }
        if matches!(w(0), "coming" | "next" | "following")
            && matches!(w(1), "months" | "weeks" | "days" | "years")
        {
            return Some((vec![DateValue::Vague], i + 2));
        }
        if matches!(w(0), "coming" | "next") && w(1) == "few" {
            return Some((vec![DateValue::Vague], i + 3));
        }
        if w(0) == "near" && w(1) == "future" {
            return Some((vec![DateValue::Vague], i + 2));
        }
        if w(0) == "due" && w(1) == "course" {
            return Some((vec![DateValue::Vague], i + 2));
        }
        None
    }
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
