//! The WHERE clause an initiative filter becomes: shared by the list and the dashboard's
//! fresh counts, so both select exactly the same initiatives.

use super::search::{Dialect, Ranking, SearchPlan, search_query, text_condition};
use crate::domain::{Health, HealthBounds, InitiativeFilter};
use crate::server::store::Arg;

/// The SQL condition for "open" that the partial indexes are declared with, word for word.
pub(crate) const OPEN: &str = "i.status IN ('proposed', 'active', 'blocked')";

/// A WHERE clause under construction, numbering its placeholders.
pub(crate) struct Conditions {
    dialect: Dialect,
    /// How a text search meets the order (SQLite; see [`SearchPlan`]).
    pub(crate) search_plan: SearchPlan,
    /// A ranked search's reading, once the filter's words are known ([`SearchPlan::Ranked`]).
    pub(crate) ranking: Option<Ranking>,
    clauses: Vec<String>,
    pub(crate) args: Vec<Arg>,
    /// The filter's partner and every partner under it, when the caller has them from the
    /// kept tree ([`Store::partner_scope`]); without them the statement walks the tree itself.
    pub(crate) partner_scope: Option<Vec<i64>>,
}

impl Conditions {
    /// An empty clause for the engine of `db`.
    pub(crate) fn on(db: &crate::server::store::Db) -> Self {
        Self::in_dialect(Dialect::of(db))
    }

    pub(crate) fn dialect(&self) -> Dialect {
        self.dialect
    }

    pub(crate) fn in_dialect(dialect: Dialect) -> Self {
        Self {
            dialect,
            search_plan: SearchPlan::default(),
            ranking: None,
            clauses: Vec::new(),
            args: Vec::new(),
            partner_scope: None,
        }
    }

    /// Adds "`column` is `partner_id` or a partner under it": the scope's ids when the caller
    /// has them (one partner is one index range), else a walk of the tree in SQL, whose `WITH`
    /// prefix it returns (empty otherwise).
    pub(crate) fn partner_condition(&mut self, partner_id: i64, column: &str) -> String {
        match self.partner_scope.take() {
            Some(ids) if !ids.is_empty() => {
                let clause = self.any_of(column, &ids);
                self.push(clause);
                String::new()
            }
            _ => {
                let partner = self.arg(Arg::Int(partner_id));
                self.push(format!("{column} IN (SELECT id FROM partner_tree)"));
                PARTNER_TREE.replace("{partner}", &partner)
            }
        }
    }

    /// `column = $n` for one id, `column IN ($n, …)` for several.
    pub(crate) fn any_of(&mut self, column: &str, ids: &[i64]) -> String {
        let placeholders: Vec<String> = ids.iter().map(|id| self.arg(Arg::Int(*id))).collect();
        match placeholders.as_slice() {
            [one] => format!("{column} = {one}"),
            many => format!("{column} IN ({})", many.join(", ")),
        }
    }

    /// Adds an argument and returns its placeholder.
    pub(crate) fn arg(&mut self, arg: Arg) -> String {
        self.args.push(arg);
        format!("${}", self.args.len())
    }

    pub(crate) fn push(&mut self, clause: String) {
        self.clauses.push(clause);
    }

    pub(crate) fn push_all(&mut self, clauses: impl IntoIterator<Item = String>) {
        self.clauses.extend(clauses);
    }

    pub(crate) fn clauses(&self) -> &[String] {
        &self.clauses
    }

    pub(crate) fn where_clause(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.clauses.join(" AND "))
        }
    }
}

/// The CTE that expands a partner into itself and everything under it.
pub(crate) const PARTNER_TREE: &str = "WITH RECURSIVE partner_tree (id) AS ( \
        SELECT id FROM partners WHERE id = {partner} \
        UNION ALL SELECT p.id FROM partners p JOIN partner_tree t ON p.parent_id = t.id) ";

/// Adds the filter's conditions; returns the `WITH` prefix the partner filter needs.
// Long because: one clause per filter, each independent of the others.
pub(crate) fn filter_conditions(
    filter: &InitiativeFilter,
    bounds: &HealthBounds,
    conditions: &mut Conditions,
) -> String {
    let mut prefix = String::new();
    if let Some(partner_id) = filter.partner_id {
        prefix = conditions.partner_condition(partner_id, "i.partner_id");
    }
    if let Some(sector_id) = filter.sector_id {
        let sector = conditions.arg(Arg::Int(sector_id));
        conditions.push(format!(
            "i.id IN (SELECT initiative_id FROM initiative_sectors WHERE sector_id = {sector})"
        ));
    }
    if let Some(status) = filter.status {
        let status = conditions.arg(Arg::Text(status.as_str().to_owned()));
        conditions.push(format!("i.status = {status}"));
    }
    if let Some(owner_id) = filter.owner_id {
        let owner = conditions.arg(Arg::Int(owner_id));
        conditions.push(format!("i.owner_id = {owner}"));
    }
    if let Some(meeting_id) = filter.meeting_id {
        let meeting = conditions.arg(Arg::Int(meeting_id));
        // Its own initiatives and those it was a follow-up meeting for.
        conditions.push(format!(
            "(i.meeting_id = {meeting} OR i.id IN \
             (SELECT initiative_id FROM initiative_meetings WHERE meeting_id = {meeting}))"
        ));
    }
    if filter.open_only {
        conditions.push(OPEN.to_owned());
    }
    if let Some(region) = filter.world_region {
        let region = conditions.arg(Arg::Text(region.as_str().to_owned()));
        conditions.push(format!(
            "i.partner_id IN (SELECT id FROM partners WHERE world_region = {region})"
        ));
    }
    if let Some(due_by) = filter.due_by {
        let today = conditions.arg(Arg::Date(bounds.today));
        let due_by = conditions.arg(Arg::Date(due_by));
        conditions.push(format!(
            "{OPEN} AND i.deadline >= {today} AND i.deadline <= {due_by}"
        ));
    }
    if let Some(query) = search_query(conditions.dialect, &filter.text) {
        let query = conditions.arg(Arg::Text(query));
        if conditions.search_plan == SearchPlan::Ranked {
            // The ranked statement reads the matches itself, with the other conditions.
            let ranking = Ranking::of(conditions.dialect, &query, filter.hide_restricted);
            conditions.ranking = Some(ranking);
        } else {
            let clause = text_condition(
                conditions.dialect,
                &query,
                filter.hide_restricted,
                conditions.search_plan,
            );
            conditions.push(clause);
        }
    }
    if filter.hide_restricted {
        conditions.push("i.confidentiality <> 'restricted'".to_owned());
    }
    if let Some(health) = filter.health {
        let clause = match health {
            Health::Closed => "i.status IN ('completed', 'dropped')".to_owned(),
            Health::Overdue => {
                let today = conditions.arg(Arg::Date(bounds.today));
                format!("{OPEN} AND i.deadline < {today}")
            }
            Health::DueSoon => {
                let today = conditions.arg(Arg::Date(bounds.today));
                let until = conditions.arg(Arg::Date(bounds.due_soon_until));
                format!("{OPEN} AND i.deadline >= {today} AND i.deadline <= {until}")
            }
            Health::Stale => {
                let stale = conditions.arg(Arg::Date(bounds.stale_on_or_before));
                let until = conditions.arg(Arg::Date(bounds.due_soon_until));
                format!(
                    "{OPEN} AND i.last_activity_on <= {stale} AND (i.deadline IS NULL OR i.deadline > {until})"
                )
            }
            Health::OnTrack => {
                let stale = conditions.arg(Arg::Date(bounds.stale_on_or_before));
                let until = conditions.arg(Arg::Date(bounds.due_soon_until));
                format!(
                    "{OPEN} AND i.last_activity_on > {stale} AND (i.deadline IS NULL OR i.deadline > {until})"
                )
            }
        };
        conditions.push(clause);
    }
    prefix
}

/// How a statement names the initiatives `i` that a search with `filter` reads. SQLite, a
/// search with a status filter: through the partial index on `(status, id)` (migration
/// `status_and_id_index`), one probe per match instead of a read of its row, with the
/// index's own condition stated. Named, because SQLite's planner prefers the row, and the
/// index is partial because offered to every statement the planner misused it elsewhere.
pub(crate) fn searched_initiatives(
    dialect: Dialect,
    filter: &InitiativeFilter,
    conditions: &mut Conditions,
) -> &'static str {
    if dialect == Dialect::Sqlite && filter.status.is_some() && filter.searches_words() {
        conditions.push("i.status <> ''".to_owned());
        "initiatives i INDEXED BY initiatives_by_status_and_id"
    } else {
        "initiatives i"
    }
}
