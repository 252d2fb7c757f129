//! Finding date expressions in a sentence's tokens: day, month and year forms, ranges, quarters, seasons and relative phrases.

// The rest of the parent's implementation: it reads everything the parent reads.
use super::*;

impl<'a> Scanner<'a> {
    pub(super) fn w(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| lw(self.lower, t))
    }

    pub(super) fn month_at(&self, i: usize) -> Option<u32> {
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
    pub(super) fn skip_sep(&self, mut i: usize) -> usize {
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

    pub(super) fn parse_at(&self, i: usize, to: usize) -> Option<(Vec<DateValue>, usize)> {
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

    pub(super) fn after_month(
        &self,
        i: usize,
        m: u32,
        _to: usize,
    ) -> Option<(Vec<DateValue>, usize)> {
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
    pub(super) fn phrase_at(&self, i: usize) -> Option<(Vec<DateValue>, usize)> {
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
