//! The dashboard summary: what one initiative adds to its partner's figures on a given day.
//!
//! The store keeps the sum of these per partner (and per partner × sector, and per month) in
//! the same transaction as every change, as the difference between the initiative's share
//! before and after. Health and "due in 30 days" depend on the day, so the summary is kept
//! as of one day; moving it to the next day only needs the open initiatives whose share can
//! differ between the two ([`DayMove`]), which are index ranges by deadline and by last
//! activity.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};

use super::dashboard::{DUE_WITHIN_DAYS, PartnerFigures};
use super::health::{DUE_SOON_DAYS, Health, STALE_DAYS, health};
use super::initiative::Initiative;
use super::status::Status;

/// What of an initiative the summary counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    pub partner_id: i64,
    pub status: Status,
    pub deadline: Option<NaiveDate>,
    /// The first deadline agreed, when it moved (else the deadline is the first).
    pub first_deadline: Option<NaiveDate>,
    pub deadline_moves: i64,
    pub last_activity_on: NaiveDate,
    pub completed_on: Option<NaiveDate>,
    /// The (UTC) day it was created: the month it counts as opened in.
    pub created_on: NaiveDate,
    pub sector_ids: Vec<i64>,
}

impl From<&Initiative> for Counted {
    fn from(initiative: &Initiative) -> Self {
        Self {
            partner_id: initiative.partner_id,
            status: initiative.status,
            deadline: initiative.deadline,
            first_deadline: initiative.first_deadline,
            deadline_moves: initiative.deadline_moves,
            last_activity_on: initiative.last_activity_on,
            completed_on: initiative.completed_on,
            created_on: initiative.created_at.date_naive(),
            sector_ids: initiative.sector_ids.clone(),
        }
    }
}

/// The first day of `day`'s month.
pub fn month_of(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

impl PartnerFigures {
    /// One initiative's share of its partner's figures on `day`.
    pub fn of(counted: &Counted, day: NaiveDate) -> Self {
        let mut figures = Self {
            partner_id: counted.partner_id,
            ..Default::default()
        };
        if let Some(i) = Status::ALL.iter().position(|s| *s == counted.status) {
            figures.by_status[i] = 1;
        }
        match health(
            counted.status,
            counted.deadline,
            counted.last_activity_on,
            day,
        ) {
            Health::Overdue => figures.overdue = 1,
            Health::DueSoon => figures.due_soon = 1,
            Health::Stale => figures.stale = 1,
            Health::OnTrack => figures.on_track = 1,
            Health::Closed => {}
        }
        let due_until = day
            .checked_add_days(Days::new(DUE_WITHIN_DAYS))
            .unwrap_or(NaiveDate::MAX);
        if !counted.status.is_closed()
            && counted.deadline.is_some_and(|d| d >= day && d <= due_until)
        {
            figures.due_within = 1;
        }
        if let (Status::Completed, Some(agreed)) =
            (counted.status, counted.first_deadline.or(counted.deadline))
        {
            let by = |deadline: Option<NaiveDate>| {
                i64::from(deadline.is_some_and(|d| counted.completed_on.is_some_and(|c| c <= d)))
            };
            figures.completed_with_deadline = 1;
            figures.on_time = by(Some(agreed));
            figures.on_time_current = by(counted.deadline);
        }
        figures.deadline_moved = i64::from(counted.deadline_moves > 0);
        figures.deadline_moves = counted.deadline_moves;
        figures
    }
}

/// Open and overdue initiatives of one partner in one sector.
pub type CellCounts = (i64, i64);
/// Initiatives opened and completed in one month.
pub type MonthCounts = (i64, i64);

/// An amount to add to the summary: per partner, per (partner, sector), per month. Entries
/// that add nothing are left out, so applying it writes only what changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SummaryChange {
    pub partners: BTreeMap<i64, PartnerFigures>,
    pub cells: BTreeMap<(i64, i64), CellCounts>,
    pub months: BTreeMap<NaiveDate, MonthCounts>,
}

impl SummaryChange {
    /// Adds (`sign` 1) or takes away (`sign` -1) one initiative's share on `day`.
    pub fn add(&mut self, counted: &Counted, day: NaiveDate, sign: i64) {
        let share = PartnerFigures::of(counted, day);
        self.partners
            .entry(counted.partner_id)
            .or_insert_with(|| PartnerFigures {
                partner_id: counted.partner_id,
                ..Default::default()
            })
            .add(&share, sign);
        if !counted.status.is_closed() {
            for sector_id in &counted.sector_ids {
                let cell = self
                    .cells
                    .entry((counted.partner_id, *sector_id))
                    .or_default();
                cell.0 += sign;
                cell.1 += sign * share.overdue;
            }
        }
        self.months
            .entry(month_of(counted.created_on))
            .or_default()
            .0 += sign;
        if let (Status::Completed, Some(completed_on)) = (counted.status, counted.completed_on) {
            self.months.entry(month_of(completed_on)).or_default().1 += sign;
        }
    }

    /// What a change from `before` to `after` (either absent: created, or gone) adds on `day`.
    pub fn between(before: Option<&Counted>, after: Option<&Counted>, day: NaiveDate) -> Self {
        let mut change = Self::default();
        if let Some(before) = before {
            change.add(before, day, -1);
        }
        if let Some(after) = after {
            change.add(after, day, 1);
        }
        change.prune();
        change
    }

    /// Leaves out the entries that add nothing.
    pub fn prune(&mut self) {
        self.partners.retain(|_, figures| !figures.is_zero());
        self.cells.retain(|_, cell| *cell != (0, 0));
        self.months.retain(|_, month| *month != (0, 0));
    }

    pub fn is_empty(&self) -> bool {
        self.partners.is_empty() && self.cells.is_empty() && self.months.is_empty()
    }
}

/// Moves longer than this rebuild the summary instead (the ranges would cover most open
/// initiatives anyway).
pub const MAX_MOVE_DAYS: u64 = 62;

/// Which open initiatives can count differently on `to` than on `from`: those with a
/// deadline in one of `deadlines` or a last activity in `last_activity` (inclusive ranges).
/// Everything else, and every closed initiative, counts the same on both days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayMove {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Becoming overdue (and leaving due soon and due in 30 days), entering due soon,
    /// entering due in 30 days.
    pub deadlines: [(NaiveDate, NaiveDate); 3],
    /// Becoming stale.
    pub last_activity: (NaiveDate, NaiveDate),
}

impl DayMove {
    /// The move from `from` forward to `to`; `None` when `to` is not after `from`, or more
    /// than [`MAX_MOVE_DAYS`] after it.
    pub fn between(from: NaiveDate, to: NaiveDate) -> Option<Self> {
        let days = u64::try_from((to - from).num_days()).ok()?;
        if days == 0 || days > MAX_MOVE_DAYS {
            return None;
        }
        let plus = |day: NaiveDate, n: u64| day.checked_add_days(Days::new(n));
        let minus = |day: NaiveDate, n: u64| day.checked_sub_days(Days::new(n));
        Some(Self {
            from,
            to,
            // Overdue once the deadline is before the day: deadlines from `from` to the day
            // before `to` flip.
            deadlines: [
                (from, minus(to, 1)?),
                (plus(from, DUE_SOON_DAYS + 1)?, plus(to, DUE_SOON_DAYS)?),
                (plus(from, DUE_WITHIN_DAYS + 1)?, plus(to, DUE_WITHIN_DAYS)?),
            ],
            // Stale once the last activity is STALE_DAYS or more before the day.
            last_activity: (minus(from, STALE_DAYS - 1)?, minus(to, STALE_DAYS)?),
        })
    }

    /// True when `counted` is in one of the ranges (and open).
    pub fn touches(&self, counted: &Counted) -> bool {
        let within =
            |day: NaiveDate, (first, last): (NaiveDate, NaiveDate)| first <= day && day <= last;
        !counted.status.is_closed()
            && (counted
                .deadline
                .is_some_and(|d| self.deadlines.iter().any(|range| within(d, *range)))
                || within(counted.last_activity_on, self.last_activity))
    }

    /// What moving these initiatives (those the move touches) from `from` to `to` adds.
    pub fn change<'a>(&self, touched: impl IntoIterator<Item = &'a Counted>) -> SummaryChange {
        let mut change = SummaryChange::default();
        for counted in touched {
            change.add(counted, self.from, -1);
            change.add(counted, self.to, 1);
        }
        change.prune();
        change
    }
}

/// The summary of `initiatives` on `day`, from nothing.
pub fn summarise<'a>(
    initiatives: impl IntoIterator<Item = &'a Counted>,
    day: NaiveDate,
) -> SummaryChange {
    let mut summary = SummaryChange::default();
    for counted in initiatives {
        summary.add(counted, day, 1);
    }
    summary.prune();
    summary
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(offset: i64) -> NaiveDate {
        let base = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
        if offset >= 0 {
            base + Days::new(offset as u64)
        } else {
            base - Days::new(offset.unsigned_abs())
        }
    }

    fn counted() -> impl Strategy<Value = Counted> {
        (
            1i64..4,
            proptest::sample::select(Status::ALL.to_vec()),
            proptest::option::of(-150i64..150),
            -150i64..=0,
            -150i64..=0,
            proptest::collection::btree_set(1i64..4, 0..3),
            (proptest::option::of(-150i64..150), 0i64..3),
        )
            .prop_map(
                |(partner_id, status, deadline, activity, created, sectors, (first, moves))| {
                    Counted {
                        partner_id,
                        status,
                        deadline: deadline.map(day),
                        first_deadline: first.map(day),
                        // A kept first deadline means it moved at least once.
                        deadline_moves: if first.is_some() { 1 + moves } else { 0 },
                        last_activity_on: day(activity),
                        completed_on: (status == Status::Completed).then(|| day(activity)),
                        created_on: day(created),
                        sector_ids: sectors.into_iter().collect(),
                    }
                },
            )
    }

    /// Adds `change` into `summary`, as the store does.
    fn apply(summary: &mut SummaryChange, change: &SummaryChange) {
        for (id, figures) in &change.partners {
            summary
                .partners
                .entry(*id)
                .or_insert_with(|| PartnerFigures {
                    partner_id: *id,
                    ..Default::default()
                })
                .add(figures, 1);
        }
        for (key, (open, overdue)) in &change.cells {
            let cell = summary.cells.entry(*key).or_default();
            cell.0 += open;
            cell.1 += overdue;
        }
        for (key, (opened, completed)) in &change.months {
            let month = summary.months.entry(*key).or_default();
            month.0 += opened;
            month.1 += completed;
        }
        summary.prune();
    }

    #[test]
    fn one_share_counts_each_figure_once() {
        let c = Counted {
            partner_id: 7,
            status: Status::Active,
            deadline: Some(day(-1)),
            first_deadline: None,
            deadline_moves: 0,
            last_activity_on: day(-100),
            completed_on: None,
            created_on: day(-40),
            sector_ids: vec![2, 3],
        };
        let share = PartnerFigures::of(&c, day(0));
        assert_eq!((share.overdue, share.stale, share.due_within), (1, 0, 0));
        assert_eq!(share.by_status.iter().sum::<i64>(), 1);
        let summary = summarise([&c], day(0));
        assert_eq!(summary.cells.get(&(7, 2)), Some(&(1, 1)));
        assert_eq!(summary.months.get(&month_of(day(-40))), Some(&(1, 0)));
        // Due today: not overdue, due soon, due in 30 days.
        let today = Counted {
            deadline: Some(day(0)),
            ..c
        };
        let share = PartnerFigures::of(&today, day(0));
        assert_eq!((share.overdue, share.due_soon, share.due_within), (0, 1, 1));
    }

    #[test]
    fn moves_are_forward_and_bounded() {
        assert_eq!(DayMove::between(day(0), day(0)), None);
        assert_eq!(DayMove::between(day(1), day(0)), None);
        assert!(DayMove::between(day(0), day(MAX_MOVE_DAYS as i64)).is_some());
        assert_eq!(
            DayMove::between(day(0), day(MAX_MOVE_DAYS as i64 + 1)),
            None
        );
    }

    proptest! {
        /// What the move does not touch counts the same on both days: so reading only the
        /// touched initiatives is enough.
        #[test]
        fn untouched_initiatives_count_the_same_on_both_days(c in counted(), from in -40i64..40, days in 1i64..=62) {
            let moved = DayMove::between(day(from), day(from + days)).expect("a move");
            if !moved.touches(&c) {
                prop_assert_eq!(summarise([&c], moved.from), summarise([&c], moved.to));
            }
        }

        /// The summary kept by changes and day moves equals one made from nothing.
        #[test]
        fn kept_summary_equals_a_fresh_one(
            start in proptest::collection::vec(counted(), 0..20),
            edits in proptest::collection::vec((0usize..20, proptest::option::of(counted())), 0..20),
            steps in proptest::collection::vec(0i64..5, 1..4),
        ) {
            let mut today = day(0);
            let mut all = start.clone();
            let mut summary = summarise(&all, today);
            for (round, step) in steps.iter().enumerate() {
                // Some changes on this day: edits, removals and additions.
                for (k, (at, edit)) in edits.iter().enumerate() {
                    if k % steps.len() != round { continue; }
                    let before = all.get(*at).cloned();
                    let after = edit.clone();
                    apply(&mut summary, &SummaryChange::between(before.as_ref(), after.as_ref(), today));
                    match (before.is_some(), after) {
                        (true, Some(after)) => all[*at] = after,
                        (true, None) => { all.remove(*at); }
                        (false, Some(after)) => all.push(after),
                        (false, None) => {}
                    }
                }
                if let Some(moved) = DayMove::between(today, today + Days::new(*step as u64)) {
                    let touched: Vec<&Counted> = all.iter().filter(|c| moved.touches(c)).collect();
                    apply(&mut summary, &moved.change(touched));
                    today = moved.to;
                }
                prop_assert_eq!(&summary, &summarise(&all, today));
            }
        }
    }
}
