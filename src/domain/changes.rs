//! "What changed since": the quarterly-review brief. Per partner, the initiatives created,
//! completed, slipped (their deadline passed while open) or given to another owner since a
//! chosen day.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::text_enum::text_enum;

text_enum! {
    /// What happened to an initiative in the period.
    pub enum ChangeKind {
        Created => ("created", "Created"),
        Completed => ("completed", "Completed"),
        /// The deadline passed during the period and it is still open.
        Slipped => ("slipped", "Slipped (became overdue)"),
        Reassigned => ("reassigned", "Reassigned"),
        /// Its deadline was moved (or removed), with a reason.
        DeadlineMoved => ("deadline_moved", "Deadline moved"),
    }
}

/// One thing that happened to one initiative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeItem {
    pub kind: ChangeKind,
    pub initiative_id: i64,
    pub title: String,
    pub partner_id: i64,
    pub partner_name: String,
    /// When it happened (for a slip: the deadline; for a move: the day it was moved).
    pub on: NaiveDate,
    /// For a reassignment: whose it was and whose it became.
    pub reassigned: Option<Reassignment>,
    /// For a moved deadline: the deadline before and after (`None`: no deadline).
    pub deadline_shift: Option<DeadlineShift>,
}

/// A deadline before and after a move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadlineShift {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// An initiative moving from one owner to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reassignment {
    pub from: Holder,
    pub to: Holder,
}

/// Who held an initiative: nobody, a user by name, or a user no longer known (by id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Holder {
    Nobody,
    User(String),
    Gone(i64),
}

/// A partner's part of the brief, each list newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerChanges {
    pub partner_id: i64,
    pub name: String,
    /// In [`ChangeKind::ALL`] order.
    pub lists: Vec<Vec<ChangeItem>>,
}

impl PartnerChanges {
    pub fn list(&self, kind: ChangeKind) -> &[ChangeItem] {
        ChangeKind::ALL
            .iter()
            .position(|k| *k == kind)
            .and_then(|i| self.lists.get(i))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    pub fn count(&self) -> usize {
        self.lists.iter().map(Vec::len).sum()
    }
}

/// Groups `items` by partner (partners by name), each kind's list newest first.
pub fn group_by_partner(items: Vec<ChangeItem>) -> Vec<PartnerChanges> {
    let mut partners: BTreeMap<(String, i64), PartnerChanges> = BTreeMap::new();
    for item in items {
        let entry = partners
            .entry((item.partner_name.clone(), item.partner_id))
            .or_insert_with(|| PartnerChanges {
                partner_id: item.partner_id,
                name: item.partner_name.clone(),
                lists: vec![Vec::new(); ChangeKind::ALL.len()],
            });
        if let Some(i) = ChangeKind::ALL.iter().position(|k| *k == item.kind) {
            entry.lists[i].push(item);
        }
    }
    let mut groups: Vec<PartnerChanges> = partners.into_values().collect();
    for group in &mut groups {
        for list in &mut group.lists {
            list.sort_by(|a, b| b.on.cmp(&a.on).then(a.initiative_id.cmp(&b.initiative_id)));
        }
    }
    groups
}

/// The first day of `today`'s calendar quarter.
pub fn quarter_start(today: NaiveDate) -> NaiveDate {
    let month = (today.month0() / 3) * 3 + 1;
    NaiveDate::from_ymd_opt(today.year(), month, 1).unwrap_or(today)
}

/// The day the brief starts from: the one asked for if it is a date not after today,
/// otherwise the start of the quarter.
pub fn since_or_default(raw: &str, today: NaiveDate) -> NaiveDate {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
        .ok()
        .filter(|day| *day <= today)
        .unwrap_or_else(|| quarter_start(today))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    fn item(kind: ChangeKind, id: i64, partner: (i64, &str), on: &str) -> ChangeItem {
        ChangeItem {
            kind,
            initiative_id: id,
            title: format!("Initiative {id}"),
            partner_id: partner.0,
            partner_name: partner.1.into(),
            on: day(on),
            reassigned: None,
            deadline_shift: None,
        }
    }

    #[test]
    fn items_group_by_partner_and_kind_newest_first() {
        let groups = group_by_partner(vec![
            item(ChangeKind::Created, 1, (2, "Mongolia"), "2026-10-01"),
            item(ChangeKind::Created, 2, (2, "Mongolia"), "2026-11-01"),
            item(ChangeKind::Slipped, 3, (1, "Flanders"), "2026-11-20"),
            item(ChangeKind::Completed, 1, (2, "Mongolia"), "2026-11-02"),
        ]);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].name, "Flanders");
        assert_eq!(groups[0].list(ChangeKind::Slipped).len(), 1);
        let mongolia = &groups[1];
        let created: Vec<i64> = mongolia
            .list(ChangeKind::Created)
            .iter()
            .map(|i| i.initiative_id)
            .collect();
        assert_eq!(created, vec![2, 1]);
        assert_eq!(mongolia.count(), 3);
        assert!(mongolia.list(ChangeKind::Reassigned).is_empty());
    }

    #[test]
    fn the_default_period_is_this_quarter() {
        assert_eq!(quarter_start(day("2026-11-28")), day("2026-10-01"));
        assert_eq!(quarter_start(day("2026-03-31")), day("2026-01-01"));
        assert_eq!(
            since_or_default("2026-09-15", day("2026-11-28")),
            day("2026-09-15")
        );
        assert_eq!(
            since_or_default("2027-01-01", day("2026-11-28")),
            day("2026-10-01"),
            "future"
        );
        assert_eq!(
            since_or_default("soon", day("2026-11-28")),
            day("2026-10-01")
        );
    }

    proptest! {
        #[test]
        fn grouping_keeps_every_item(
            raw in proptest::collection::vec((0usize..4, 1i64..20, 1i64..4, 0u32..60), 0..40)
        ) {
            let items: Vec<ChangeItem> = raw
                .iter()
                .map(|(k, id, p, d)| ChangeItem {
                    kind: ChangeKind::ALL[*k],
                    initiative_id: *id,
                    title: String::new(),
                    partner_id: *p,
                    partner_name: format!("P{p}"),
                    on: day("2026-01-01") + chrono::Days::new(u64::from(*d)),
                    reassigned: None,
                    deadline_shift: None,
                })
                .collect();
            let groups = group_by_partner(items.clone());
            prop_assert_eq!(groups.iter().map(PartnerChanges::count).sum::<usize>(), items.len());
        }
    }
}
