//! The manager's dashboard: counts per partner at a chosen level of the partner tree, with
//! everything under a partner rolled up into it.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::download::FileKind;
use super::health::Health;
use super::initiative::InitiativeFilter;
use super::partner::WorldRegion;
use super::status::Status;
use super::text_enum::text_enum;

mod roll_up;

pub use roll_up::{RowCell, cells_by_row, matrix_groups, matrix_rows, roll_up};

text_enum! {
    /// Which partners get a row.
    pub enum DashboardLevel {
        /// UN M49 world regions: every partner in the region.
        World => ("world", "World regions"),
        /// Countries and organisations: the top of the tree.
        Top => ("top", "Countries and organisations"),
        /// The partners one level down: regions of a country, bodies of an organisation.
        Sub => ("sub", "Regions"),
    }
}

/// Days ahead that the dashboard's "due in 30 days" column looks.
pub const DUE_WITHIN_DAYS: u64 = 30;

/// The dashboard as the URL asks for it: a level and optional filters, all raw strings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DashboardQuery {
    pub level: String,
    pub sector: String,
    pub owner: String,
    pub region: String,
    /// `all` shows every row; otherwise the [`ROWS_SHOWN`] needing most attention.
    pub show: String,
}

/// Rows the dashboard shows unless asked for all: the ones needing most attention.
pub const ROWS_SHOWN: usize = 50;

/// Rows of the sector matrix unless all are asked for.
pub const MATRIX_ROWS_SHOWN: usize = 20;

fn id(raw: &str) -> Option<i64> {
    raw.trim().parse::<i64>().ok().filter(|id| *id > 0)
}

impl DashboardQuery {
    pub fn level(&self) -> DashboardLevel {
        DashboardLevel::parse(self.level.trim()).unwrap_or(DashboardLevel::Top)
    }

    /// The initiatives the dashboard counts (viewers never count restricted ones).
    pub fn filter(&self, hide_restricted: bool) -> InitiativeFilter {
        InitiativeFilter {
            sector_id: id(&self.sector),
            owner_id: id(&self.owner),
            world_region: WorldRegion::parse(self.region.trim()),
            hide_restricted,
            ..Default::default()
        }
    }

    /// True when a filter narrows what is counted.
    pub fn is_filtered(&self) -> bool {
        self.filter(false) != InitiativeFilter::default()
    }

    /// The filters as list parameters (`&sector=3&owner=5`), to add to every count's link so
    /// the list shows exactly what was counted.
    pub fn list_params(&self) -> String {
        let filter = self.filter(false);
        let mut params = String::new();
        if let Some(sector) = filter.sector_id {
            params.push_str(&format!("&sector={sector}"));
        }
        if let Some(owner) = filter.owner_id {
            params.push_str(&format!("&owner={owner}"));
        }
        if let Some(region) = filter.world_region {
            params.push_str(&format!("&region={}", region.as_str()));
        }
        params
    }

    /// True when every row is asked for.
    pub fn shows_all(&self) -> bool {
        self.show.trim() == "all"
    }

    /// This dashboard at another level, filters kept.
    pub fn at_level(&self, level: DashboardLevel) -> String {
        format!("/dashboard?level={}{}", level.as_str(), self.list_params())
    }

    /// Every row of this dashboard's table as a download.
    pub fn export_href(&self, kind: FileKind) -> String {
        format!(
            "{}?level={}{}",
            kind.path("dashboard"),
            self.level().as_str(),
            self.list_params()
        )
    }
}

/// How many months the opened-versus-completed chart covers, this one included.
pub const MONTHS_SHOWN: u32 = 12;

/// One calendar month: its first day and the first day of the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthRange {
    pub first: NaiveDate,
    pub next: NaiveDate,
}

/// The last `n` calendar months up to and including `today`'s, oldest first.
pub fn last_months(today: NaiveDate, n: u32) -> Vec<MonthRange> {
    let mut first = today.with_day(1).unwrap_or(today);
    let mut months = Vec::with_capacity(n as usize);
    let mut next = first
        .checked_add_months(Months::new(1))
        .unwrap_or(NaiveDate::MAX);
    for _ in 0..n {
        months.push(MonthRange { first, next });
        next = first;
        match first.checked_sub_months(Months::new(1)) {
            Some(previous) => first = previous,
            None => break,
        }
    }
    months.reverse();
    months
}

/// Initiatives opened (created) and completed in one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthCount {
    /// The month's first day.
    pub month: NaiveDate,
    pub opened: i64,
    pub completed: i64,
}

/// A partner's place in the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerNode {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub name: String,
    pub world_region: WorldRegion,
}

/// How many initiatives of a partner are in a status and a health.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Tally {
    pub partner_id: i64,
    pub status: Status,
    pub health: Health,
    pub count: i64,
}

/// A partner's figures beyond status and health.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Extra {
    pub partner_id: i64,
    /// Open, with a deadline from today to [`DUE_WITHIN_DAYS`] ahead.
    pub due_within: i64,
    /// Completed initiatives that had a deadline.
    pub completed_with_deadline: i64,
    /// Of those, completed on or before the first deadline agreed.
    pub on_time: i64,
    /// Of those, completed on or before the deadline as it stands.
    pub on_time_current: i64,
    /// Initiatives whose deadline moved at least once.
    pub deadline_moved: i64,
    /// Moves of a deadline, in all.
    pub deadline_moves: i64,
}

/// Everything the dashboard counts for one partner: by status, by health (open ones), due in
/// 30 days, and completions with a deadline and on time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PartnerFigures {
    pub partner_id: i64,
    /// By status, in [`Status::ALL`] order.
    pub by_status: [i64; 5],
    pub overdue: i64,
    pub due_soon: i64,
    pub stale: i64,
    pub on_track: i64,
    pub due_within: i64,
    pub completed_with_deadline: i64,
    /// Completed on or before the first deadline agreed.
    pub on_time: i64,
    /// Completed on or before the deadline as it stands.
    pub on_time_current: i64,
    pub deadline_moved: i64,
    pub deadline_moves: i64,
}

/// How many figures [`PartnerFigures::values`] has.
pub const FIGURES: usize = 15;

impl PartnerFigures {
    /// The figures as numbers, `by_status` first, in the order of [`FIGURE_COLUMNS`].
    pub fn values(&self) -> [i64; FIGURES] {
        let [a, b, c, d, e] = self.by_status;
        [
            a,
            b,
            c,
            d,
            e,
            self.overdue,
            self.due_soon,
            self.stale,
            self.on_track,
            self.due_within,
            self.completed_with_deadline,
            self.on_time,
            self.on_time_current,
            self.deadline_moved,
            self.deadline_moves,
        ]
    }

    /// Figures from numbers in the order of [`FIGURE_COLUMNS`].
    pub fn from_values(partner_id: i64, v: [i64; FIGURES]) -> Self {
        Self {
            partner_id,
            by_status: [v[0], v[1], v[2], v[3], v[4]],
            overdue: v[5],
            due_soon: v[6],
            stale: v[7],
            on_track: v[8],
            due_within: v[9],
            completed_with_deadline: v[10],
            on_time: v[11],
            on_time_current: v[12],
            deadline_moved: v[13],
            deadline_moves: v[14],
        }
    }

    /// Adds `sign` times `other`.
    pub fn add(&mut self, other: &Self, sign: i64) {
        let (mine, theirs) = (self.values(), other.values());
        *self = Self::from_values(
            self.partner_id,
            std::array::from_fn(|k| mine[k] + sign * theirs[k]),
        );
    }

    pub fn is_zero(&self) -> bool {
        self.values().iter().all(|v| *v == 0)
    }

    /// Per-partner figures from counts by status and health and from the extras.
    pub fn from_counts(tallies: &[Tally], extras: &[Extra]) -> Vec<Self> {
        let mut figures: std::collections::BTreeMap<i64, Self> = Default::default();
        let entry = |figures: &mut std::collections::BTreeMap<i64, Self>, partner_id| {
            *figures.entry(partner_id).or_insert_with(|| Self {
                partner_id,
                ..Default::default()
            })
        };
        for tally in tallies {
            let mut f = entry(&mut figures, tally.partner_id);
            if let Some(i) = Status::ALL.iter().position(|s| *s == tally.status) {
                f.by_status[i] += tally.count;
            }
            match tally.health {
                Health::Overdue => f.overdue += tally.count,
                Health::DueSoon => f.due_soon += tally.count,
                Health::Stale => f.stale += tally.count,
                Health::OnTrack => f.on_track += tally.count,
                Health::Closed => {}
            }
            figures.insert(tally.partner_id, f);
        }
        for extra in extras {
            let mut f = entry(&mut figures, extra.partner_id);
            f.due_within += extra.due_within;
            f.completed_with_deadline += extra.completed_with_deadline;
            f.on_time += extra.on_time;
            f.on_time_current += extra.on_time_current;
            f.deadline_moved += extra.deadline_moved;
            f.deadline_moves += extra.deadline_moves;
            figures.insert(extra.partner_id, f);
        }
        figures.into_values().collect()
    }
}

/// The summary table's columns for [`PartnerFigures::values`], in that order.
pub const FIGURE_COLUMNS: [&str; FIGURES] = [
    "proposed",
    "active",
    "blocked",
    "completed",
    "dropped",
    "overdue",
    "due_soon",
    "stale",
    "on_track",
    "due_within",
    "completed_with_deadline",
    "on_time",
    "on_time_current",
    "deadline_moved",
    "deadline_moves",
];

/// Open initiatives of a partner in a sector, and how many of them are overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatrixCell {
    pub partner_id: i64,
    pub sector_id: i64,
    pub open: i64,
    pub overdue: i64,
}

/// One row of the dashboard.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardRow {
    /// The list parameter that selects the row's initiatives (`partner=12`, `region=europe`).
    pub key: String,
    /// The row's own page, when it has one (`/partners/12`).
    pub page: Option<String>,
    pub name: String,
    pub total: i64,
    /// By status, in [`Status::ALL`] order.
    pub by_status: Vec<i64>,
    pub overdue: i64,
    pub due_soon: i64,
    pub stale: i64,
    pub on_track: i64,
    pub due_within: i64,
    pub completed_with_deadline: i64,
    /// Completed on or before the first deadline agreed.
    pub on_time: i64,
    /// Completed on or before the deadline as it stands.
    pub on_time_current: i64,
    /// Initiatives whose deadline moved, and the moves in all.
    pub deadline_moved: i64,
    pub deadline_moves: i64,
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

    /// Completed on or before the first deadline agreed, of those completed that had one,
    /// in whole percent.
    pub fn on_time_percent(&self) -> Option<i64> {
        let base = self.completed_with_deadline;
        (base > 0).then(|| (self.on_time * 100 + base / 2) / base)
    }

    /// The same against the deadline as it stands (moved deadlines forgiven).
    pub fn on_time_current_percent(&self) -> Option<i64> {
        let base = self.completed_with_deadline;
        (base > 0).then(|| (self.on_time_current * 100 + base / 2) / base)
    }
}

/// One row of the region × sector matrix: open initiatives per sector.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatrixRow {
    pub key: String,
    pub name: String,
    /// `(sector_id, open, overdue)` for every sector with open initiatives.
    pub cells: Vec<(i64, i64, i64)>,
}

impl MatrixRow {
    pub fn cell(&self, sector_id: i64) -> (i64, i64) {
        self.cells
            .iter()
            .find(|(id, _, _)| *id == sector_id)
            .map(|(_, open, overdue)| (*open, *overdue))
            .unwrap_or((0, 0))
    }
}

/// What the dashboard shows, whichever way its figures were read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardFigures {
    /// The rows needing most attention first.
    pub rows: Vec<DashboardRow>,
    /// Open initiatives by row × sector, rows in the table's order.
    pub matrix: Vec<MatrixRow>,
    /// How many rows there are in all (`rows` may hold only the first [`ROWS_SHOWN`]).
    pub row_count: usize,
    /// Over every row: open, overdue, due in 30 days, stale, completed.
    pub totals: [i64; 5],
    /// The last day of "due in 30 days".
    pub due_until: NaiveDate,
    /// Opened and completed per month, oldest first, this month last.
    pub months: Vec<MonthCount>,
}

/// Over `rows`: open, overdue, due in 30 days, stale, completed.
pub fn totals(rows: &[DashboardRow]) -> [i64; 5] {
    rows.iter().fold([0; 5], |sum, row| {
        [
            sum[0] + row.open(),
            sum[1] + row.overdue,
            sum[2] + row.due_within,
            sum[3] + row.stale,
            sum[4] + row.status(Status::Completed),
        ]
    })
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
            world_region: if id == 4 {
                WorldRegion::EasternAsia
            } else {
                WorldRegion::Europe
            },
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
    fn figure_columns_name_the_statuses_in_order() {
        let statuses: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(&FIGURE_COLUMNS[..Status::ALL.len()], statuses.as_slice());
        let f = PartnerFigures::from_values(3, std::array::from_fn(|k| k as i64 + 1));
        assert_eq!(f.values(), std::array::from_fn(|k| k as i64 + 1));
        assert_eq!(f.on_time, 12);
    }

    #[test]
    fn children_roll_up_into_their_ancestor_at_the_level() {
        let tallies = [
            tally(3, Status::Active, Health::Overdue, 2),
            tally(2, Status::Completed, Health::Closed, 1),
            tally(1, Status::Proposed, Health::OnTrack, 1),
            tally(4, Status::Active, Health::Stale, 1),
        ];
        let top = roll_up(
            &tree(),
            &PartnerFigures::from_counts(&tallies, &[]),
            DashboardLevel::Top,
        );
        assert_eq!(top.len(), 2);
        assert_eq!(top[0].name, "Belgium");
        assert_eq!((top[0].total, top[0].overdue), (4, 2));
        assert_eq!(top[0].status(Status::Completed), 1);
        assert_eq!(top[0].completion_percent(), Some(25));
        let sub = roll_up(
            &tree(),
            &PartnerFigures::from_counts(&tallies, &[]),
            DashboardLevel::Sub,
        );
        // Belgium's own proposed initiative sits above the level; Mongolia has no children.
        assert_eq!(sub.len(), 1);
        assert_eq!((sub[0].name.as_str(), sub[0].total), ("Flanders", 3));
    }

    #[test]
    fn world_regions_group_every_partner_and_extras_and_matrix_roll_up() {
        let tallies = [
            tally(3, Status::Active, Health::Overdue, 2),
            tally(2, Status::Completed, Health::Closed, 4),
            tally(4, Status::Active, Health::Stale, 1),
        ];
        let extras = [
            Extra {
                partner_id: 3,
                due_within: 1,
                completed_with_deadline: 0,
                on_time: 0,
                ..Default::default()
            },
            Extra {
                partner_id: 2,
                due_within: 0,
                completed_with_deadline: 4,
                on_time: 3,
                ..Default::default()
            },
        ];
        let world = roll_up(
            &tree(),
            &PartnerFigures::from_counts(&tallies, &extras),
            DashboardLevel::World,
        );
        assert_eq!(world.len(), 2);
        assert_eq!(world[0].key, "region=europe");
        assert_eq!(world[0].name, "Europe");
        assert_eq!(world[0].page, None);
        assert_eq!(
            (world[0].total, world[0].overdue, world[0].due_within),
            (6, 2, 1)
        );
        assert_eq!(world[0].on_time_percent(), Some(75));
        assert_eq!(world[1].key, "region=eastern_asia");
        assert_eq!(
            world[1].on_time_percent(),
            None,
            "nothing completed to judge"
        );
        let top = roll_up(
            &tree(),
            &PartnerFigures::from_counts(&tallies, &extras),
            DashboardLevel::Top,
        );
        assert_eq!(top[0].key, "partner=1");
        assert_eq!(top[0].page.as_deref(), Some("/partners/1"));
        let cells = [
            MatrixCell {
                partner_id: 3,
                sector_id: 10,
                open: 2,
                overdue: 2,
            },
            MatrixCell {
                partner_id: 2,
                sector_id: 10,
                open: 1,
                overdue: 0,
            },
            MatrixCell {
                partner_id: 4,
                sector_id: 11,
                open: 1,
                overdue: 0,
            },
        ];
        let groups = matrix_groups(&tree(), DashboardLevel::Top, &top);
        let matrix = matrix_rows(&top, &cells_by_row(&groups, &cells));
        assert_eq!(
            matrix_groups(&tree(), DashboardLevel::Top, &top[..1]),
            vec![(1, 0), (2, 0), (3, 0)]
        );
        assert_eq!(matrix.len(), 2);
        assert_eq!(matrix[0].name, "Belgium");
        assert_eq!(matrix[0].cell(10), (3, 2));
        assert_eq!(matrix[0].cell(11), (0, 0));
        assert_eq!(matrix[1].cell(11), (1, 0));
    }

    #[test]
    fn the_last_months_end_with_this_one() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
        let months = last_months(day(2026, 11, 28), 12);
        assert_eq!(months.len(), 12);
        assert_eq!(months[0].first, day(2025, 12, 1));
        assert_eq!(
            months[11],
            MonthRange {
                first: day(2026, 11, 1),
                next: day(2026, 12, 1)
            }
        );
        for pair in months.windows(2) {
            assert_eq!(pair[0].next, pair[1].first);
        }
        let january = last_months(day(2027, 1, 31), 2);
        assert_eq!(
            january[0],
            MonthRange {
                first: day(2026, 12, 1),
                next: day(2027, 1, 1)
            }
        );
    }

    #[test]
    fn the_query_keeps_its_filters_in_every_link() {
        let query = DashboardQuery {
            level: "sub".into(),
            sector: "3".into(),
            owner: "x".into(),
            region: "europe".into(),
            show: String::new(),
        };
        assert_eq!(query.level(), DashboardLevel::Sub);
        assert!(query.is_filtered());
        assert_eq!(query.list_params(), "&sector=3&region=europe");
        assert_eq!(
            query.at_level(DashboardLevel::World),
            "/dashboard?level=world&sector=3&region=europe"
        );
        assert!(query.filter(true).hide_restricted);
        assert!(!DashboardQuery::default().is_filtered());
        assert_eq!(DashboardQuery::default().level(), DashboardLevel::Top);
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
            let all: i64 = tallies.iter().map(|t| t.count).sum();
            for level in [DashboardLevel::Top, DashboardLevel::World] {
                let rows = roll_up(&tree(), &PartnerFigures::from_counts(&tallies, &[]), level);
                prop_assert_eq!(rows.iter().map(|r| r.total).sum::<i64>(), all);
            }
            let rows = roll_up(&tree(), &PartnerFigures::from_counts(&tallies, &[]), DashboardLevel::Top);
            for row in &rows {
                prop_assert_eq!(row.by_status.iter().sum::<i64>(), row.total);
            }
        }
    }
}
