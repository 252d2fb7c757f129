//! The manager's dashboard: counts per partner at a chosen level of the partner tree, with
//! everything under a partner rolled up into it.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::health::Health;
use super::status::Status;
use super::text_enum::text_enum;

text_enum! {
    /// Which partners get a row.
    pub enum DashboardLevel {
        /// Countries and organisations: the top of the tree.
        Top => ("top", "Countries and organisations"),
        /// The partners one level down: regions of a country, bodies of an organisation.
        Sub => ("sub", "Regions"),
    }
}

/// A partner's place in the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerNode {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub name: String,
}

/// How many initiatives of a partner are in a status and a health.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub partner_id: i64,
    pub status: Status,
    pub health: Health,
    pub count: i64,
}

/// One row of the dashboard.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardRow {
    pub partner_id: i64,
    pub name: String,
    pub total: i64,
    /// By status, in [`Status::ALL`] order.
    pub by_status: Vec<i64>,
    pub overdue: i64,
    pub due_soon: i64,
    pub stale: i64,
    pub on_track: i64,
}

impl DashboardRow {
    pub fn status(&self, status: Status) -> i64 {
        Status::ALL
            .iter()
            .position(|s| *s == status)
            .and_then(|i| self.by_status.get(i).copied())
            .unwrap_or(0)
    }

    pub fn open(&self) -> i64 {
        self.overdue + self.due_soon + self.stale + self.on_track
    }

    /// Completed as a share of everything not dropped, in whole percent; `None` when there is
    /// nothing to judge.
    pub fn completion_percent(&self) -> Option<i64> {
        let base = self.total - self.status(Status::Dropped);
        (base > 0).then(|| (self.status(Status::Completed) * 100 + base / 2) / base)
    }
}

/// The rows at `level`: every partner at that depth, with its own initiatives and those of
/// every partner under it, most in need of attention first (overdue, then stale, then due
/// soon), then by name. Partners with nothing to count are left out.
pub fn roll_up(
    partners: &[PartnerNode],
    tallies: &[Tally],
    level: DashboardLevel,
) -> Vec<DashboardRow> {
    let parent: HashMap<i64, Option<i64>> = partners.iter().map(|p| (p.id, p.parent_id)).collect();
    // The chain from a partner up to the root, root first (cycles are refused by the store;
    // the bound keeps a corrupt tree from looping).
    let chain = |mut id: i64| {
        let mut path = vec![id];
        while let Some(Some(up)) = parent.get(&id) {
            if path.len() > 32 {
                break;
            }
            path.push(*up);
            id = *up;
        }
        path.reverse();
        path
    };
    let depth = match level {
        DashboardLevel::Top => 0,
        DashboardLevel::Sub => 1,
    };
    let mut rows: HashMap<i64, DashboardRow> = HashMap::new();
    for tally in tallies {
        let Some(&row_id) = chain(tally.partner_id).get(depth) else {
            // Above the chosen level: it belongs to no row there.
            continue;
        };
        let row = rows.entry(row_id).or_insert_with(|| DashboardRow {
            partner_id: row_id,
            name: partners
                .iter()
                .find(|p| p.id == row_id)
                .map(|p| p.name.clone())
                .unwrap_or_default(),
            by_status: vec![0; Status::ALL.len()],
            ..Default::default()
        });
        row.total += tally.count;
        if let Some(i) = Status::ALL.iter().position(|s| *s == tally.status) {
            row.by_status[i] += tally.count;
        }
        match tally.health {
            Health::Overdue => row.overdue += tally.count,
            Health::DueSoon => row.due_soon += tally.count,
            Health::Stale => row.stale += tally.count,
            Health::OnTrack => row.on_track += tally.count,
            Health::Closed => {}
        }
    }
    let mut rows: Vec<DashboardRow> = rows.into_values().filter(|r| r.total != 0).collect();
    rows.sort_by(|a, b| {
        (b.overdue, b.stale, b.due_soon)
            .cmp(&(a.overdue, a.stale, a.due_soon))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.partner_id.cmp(&b.partner_id))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn tree() -> Vec<PartnerNode> {
        let node = |id, parent_id, name: &str| PartnerNode {
            id,
            parent_id,
            name: name.into(),
        };
        vec![
            node(1, None, "Belgium"),
            node(2, Some(1), "Flanders"),
            node(3, Some(2), "Flemish Brabant"),
            node(4, None, "Mongolia"),
        ]
    }

    fn tally(partner_id: i64, status: Status, health: Health, count: i64) -> Tally {
        Tally {
            partner_id,
            status,
            health,
            count,
        }
    }

    #[test]
    fn children_roll_up_into_their_ancestor_at_the_level() {
        let tallies = [
            tally(3, Status::Active, Health::Overdue, 2),
            tally(2, Status::Completed, Health::Closed, 1),
            tally(1, Status::Proposed, Health::OnTrack, 1),
            tally(4, Status::Active, Health::Stale, 1),
        ];
        let top = roll_up(&tree(), &tallies, DashboardLevel::Top);
        assert_eq!(top.len(), 2);
        assert_eq!(top[0].name, "Belgium");
        assert_eq!((top[0].total, top[0].overdue), (4, 2));
        assert_eq!(top[0].status(Status::Completed), 1);
        assert_eq!(top[0].completion_percent(), Some(25));
        let sub = roll_up(&tree(), &tallies, DashboardLevel::Sub);
        // Belgium's own proposed initiative sits above the level; Mongolia has no children.
        assert_eq!(sub.len(), 1);
        assert_eq!((sub[0].name.as_str(), sub[0].total), ("Flanders", 3));
    }

    proptest! {
        #[test]
        fn the_top_level_accounts_for_every_initiative(
            cells in proptest::collection::vec((1i64..=4, 0usize..5, 0usize..5, 1i64..50), 0..40)
        ) {
            let tallies: Vec<Tally> = cells
                .iter()
                .map(|(p, s, h, n)| tally(*p, Status::ALL[*s], Health::ALL[*h], *n))
                .collect();
            let rows = roll_up(&tree(), &tallies, DashboardLevel::Top);
            let all: i64 = tallies.iter().map(|t| t.count).sum();
            prop_assert_eq!(rows.iter().map(|r| r.total).sum::<i64>(), all);
            for row in &rows {
                prop_assert_eq!(row.by_status.iter().sum::<i64>(), row.total);
            }
        }
    }
}
