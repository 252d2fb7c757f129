//! Reading many initiatives: the filtered, sorted, keyset-paginated list. One round trip
//! (two statements at most) on index ranges.

use chrono::{DateTime, NaiveDate, Utc};

use super::conditions::{Conditions, PARTNER_TREE, filter_conditions};
use super::search::{SearchPlan, WALK_ORDER_FROM, matching_ids, search_query};
use crate::domain::health::health;
use crate::domain::{
    Cursor, HealthBounds, InitiativeFilter, InitiativeSort, InitiativeSummary, Page,
};
use crate::server::store::decode::decode;
use crate::server::store::{Arg, Store, StoreError, bind_all, with_db};

/// The most rows one page returns.
pub const MAX_PAGE_SIZE: i64 = 200;

/// The most rows one read of an export takes.
pub const MAX_EXPORT_PAGE: i64 = 2_000;

/// The most rows one page returns.

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    title: String,
    partner_id: i64,
    partner_name: String,
    owner_id: Option<i64>,
    owner_name: Option<String>,
    deadline: Option<NaiveDate>,
    due_key: NaiveDate,
    status: String,
    last_activity_on: NaiveDate,
    updated_at: DateTime<Utc>,
}

impl SummaryRow {
    /// Where a page that ends at this row continues.
    fn cursor(&self, sort: InitiativeSort) -> Cursor {
        match sort {
            InitiativeSort::Deadline => Cursor::Deadline {
                deadline: self.due_key,
                id: self.id,
            },
            InitiativeSort::Updated => Cursor::Updated {
                updated_at: self.updated_at,
                id: self.id,
            },
            InitiativeSort::Title => Cursor::Title {
                title: self.title.clone(),
                id: self.id,
            },
        }
    }

    fn into_summary(self, today: NaiveDate) -> Result<InitiativeSummary, StoreError> {
        let status = decode("status", &self.status)?;
        Ok(InitiativeSummary {
            health: health(status, self.deadline, self.last_activity_on, today),
            status,
            id: self.id,
            title: self.title,
            partner_id: self.partner_id,
            partner_name: self.partner_name,
            owner_id: self.owner_id,
            owner_name: self.owner_name,
            deadline: self.deadline,
            last_activity_on: self.last_activity_on,
            updated_at: self.updated_at,
        })
    }
}

/// The keyset condition that starts a page after `cursor`; none for a cursor from another
/// sort order (the list starts from the top).
fn after_cursor(
    sort: InitiativeSort,
    cursor: &Cursor,
    conditions: &mut Conditions,
) -> Option<String> {
    Some(match (sort, cursor) {
        (InitiativeSort::Deadline, Cursor::Deadline { deadline, id }) => {
            let key = conditions.arg(Arg::Date(*deadline));
            let id = conditions.arg(Arg::Int(*id));
            format!("(i.due_key > {key} OR (i.due_key = {key} AND i.id > {id}))")
        }
        (InitiativeSort::Updated, Cursor::Updated { updated_at, id }) => {
            let key = conditions.arg(Arg::Time(*updated_at));
            let id = conditions.arg(Arg::Int(*id));
            format!("(i.updated_at < {key} OR (i.updated_at = {key} AND i.id < {id}))")
        }
        (InitiativeSort::Title, Cursor::Title { title, id }) => {
            let key = conditions.arg(Arg::Text(title.clone()));
            let id = conditions.arg(Arg::Int(*id));
            format!("(i.title > {key} OR (i.title = {key} AND i.id > {id}))")
        }
        _ => return None,
    })
}

impl Store {
    /// A page of initiatives matching `filter`, in `sort` order, starting after `after`,
    /// with the total that match. Health is judged on `today`.
    pub async fn list_initiatives(
        &self,
        filter: &InitiativeFilter,
        sort: InitiativeSort,
        after: Option<&Cursor>,
        limit: i64,
        today: NaiveDate,
    ) -> Result<Page<InitiativeSummary>, StoreError> {
        let limit = limit.clamp(1, MAX_PAGE_SIZE);
        // The count comes first: how many match decides how a text search is best read.
        let total = self.count_initiatives(filter, today).await?;
        let plan = if total > WALK_ORDER_FROM {
            SearchPlan::ByOrder
        } else {
            SearchPlan::ByMatches
        };
        let (rows, next) = self
            .rows_in_plan(filter, sort, after, limit, today, plan)
            .await?;
        Ok(Page { rows, total, next })
    }

    /// How many initiatives match `filter` (from the tally when the filter allows).
    pub async fn count_initiatives(
        &self,
        filter: &InitiativeFilter,
        today: NaiveDate,
    ) -> Result<i64, StoreError> {
        if let Some(tally) = is_tally_filter(filter) {
            let (sql, args) = (tally.build(filter), tally.args(filter));
            return Ok(with_db!(self.db(), pool => {
                bind_all!(sqlx::query_scalar(&sql), &args).fetch_one(pool).await?
            }));
        }
        let mut conditions = Conditions::on(self.db());
        let sql = match text_only(filter, &mut conditions) {
            // The matching ids are distinct initiatives that exist: count them as they are.
            Some(ids) => format!("SELECT COUNT(*) FROM ({ids}) AS matching"),
            None => {
                let bounds = HealthBounds::on(today);
                let prefix = filter_conditions(filter, &bounds, &mut conditions);
                format!(
                    "{prefix}SELECT COUNT(*) FROM initiatives i{}",
                    conditions.where_clause()
                )
            }
        };
        Ok(with_db!(self.db(), pool => {
            bind_all!(sqlx::query_scalar(&sql), &conditions.args).fetch_one(pool).await?
        }))
    }

    /// Up to `limit` (at most [`MAX_EXPORT_PAGE`]) initiatives matching `filter` in `sort`
    /// order after `after`, and where the next ones start. No total: an export reads page
    /// after page without counting each time.
    pub async fn initiative_rows(
        &self,
        filter: &InitiativeFilter,
        sort: InitiativeSort,
        after: Option<&Cursor>,
        limit: i64,
        today: NaiveDate,
    ) -> Result<(Vec<InitiativeSummary>, Option<Cursor>), StoreError> {
        self.rows_in_plan(filter, sort, after, limit, today, SearchPlan::ByMatches)
            .await
    }

    async fn rows_in_plan(
        &self,
        filter: &InitiativeFilter,
        sort: InitiativeSort,
        after: Option<&Cursor>,
        limit: i64,
        today: NaiveDate,
        plan: SearchPlan,
    ) -> Result<(Vec<InitiativeSummary>, Option<Cursor>), StoreError> {
        let bounds = HealthBounds::on(today);
        let limit = limit.clamp(1, MAX_EXPORT_PAGE);
        let mut conditions = Conditions::on(self.db());
        conditions.search_plan = plan;
        let prefix = filter_conditions(filter, &bounds, &mut conditions);
        if let Some(clause) = after.and_then(|cursor| after_cursor(sort, cursor, &mut conditions)) {
            conditions.push(clause);
        }
        let order = match sort {
            InitiativeSort::Deadline => "i.due_key, i.id",
            InitiativeSort::Updated => "i.updated_at DESC, i.id DESC",
            InitiativeSort::Title => "i.title, i.id",
        };
        // One row more than asked tells whether there is a next page.
        let fetch = conditions.arg(Arg::Int(limit + 1));
        let rows_sql = format!(
            "{prefix}SELECT i.id, i.title, i.partner_id, p.name AS partner_name, i.owner_id, \
                    u.display_name AS owner_name, i.deadline, i.due_key, i.status, i.last_activity_on, i.updated_at \
             FROM initiatives i JOIN partners p ON p.id = i.partner_id LEFT JOIN users u ON u.id = i.owner_id{} \
             ORDER BY {order} LIMIT {fetch}",
            conditions.where_clause()
        );
        let mut rows: Vec<SummaryRow> = with_db!(self.db(), pool => {
            bind_all!(sqlx::query_as(&rows_sql), &conditions.args).fetch_all(pool).await?
        });
        let next = if rows.len() as i64 > limit {
            rows.truncate(limit as usize);
            rows.last().map(|last| last.cursor(sort))
        } else {
            None
        };
        let rows = rows
            .into_iter()
            .map(|row| row.into_summary(today))
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok((rows, next))
    }
}

/// When `filter` is a text search and nothing else, the query of the matching ids.
fn text_only(filter: &InitiativeFilter, conditions: &mut Conditions) -> Option<String> {
    let rest = InitiativeFilter {
        text: String::new(),
        ..filter.clone()
    };
    if rest != InitiativeFilter::default() {
        return None;
    }
    let query = search_query(conditions.dialect(), &filter.text)?;
    let query = conditions.arg(Arg::Text(query));
    Some(matching_ids(conditions.dialect(), &query, false))
}

/// A total that the tally can answer without counting rows: no filter but partner and status.
struct TallyTotal;

impl TallyTotal {
    fn build(&self, filter: &InitiativeFilter) -> String {
        let mut sql = String::new();
        let mut next = 1;
        let mut clauses = Vec::new();
        if filter.partner_id.is_some() {
            sql.push_str(&PARTNER_TREE.replace("{partner}", "$1"));
            clauses.push("partner_id IN (SELECT id FROM partner_tree)".to_owned());
            next += 1;
        }
        if filter.status.is_some() {
            clauses.push(format!("status = ${next}"));
        }
        sql.push_str("SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM partner_status_counts");
        if !clauses.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&clauses.join(" AND "));
        }
        sql
    }

    fn args(&self, filter: &InitiativeFilter) -> Vec<Arg> {
        let mut args = Vec::new();
        if let Some(partner_id) = filter.partner_id {
            args.push(Arg::Int(partner_id));
        }
        if let Some(status) = filter.status {
            args.push(Arg::Text(status.as_str().to_owned()));
        }
        args
    }
}

fn is_tally_filter(filter: &InitiativeFilter) -> Option<TallyTotal> {
    let only_partner_and_status = filter.sector_id.is_none()
        && filter.health.is_none()
        && filter.owner_id.is_none()
        && filter.meeting_id.is_none()
        && filter.world_region.is_none()
        && filter.due_by.is_none()
        && !filter.open_only
        && filter.text.trim().is_empty()
        && !filter.hide_restricted;
    only_partner_and_status.then_some(TallyTotal)
}

/// The SQL (and arguments) behind a list request: the total, then the rows.
#[cfg(test)]
fn list_statements(
    dialect: super::search::Dialect,
    filter: &InitiativeFilter,
    sort: InitiativeSort,
    today: NaiveDate,
    plan: SearchPlan,
) -> Vec<(String, Vec<Arg>)> {
    let bounds = HealthBounds::on(today);
    let mut conditions = Conditions::in_dialect(dialect);
    conditions.search_plan = plan;
    let prefix = filter_conditions(filter, &bounds, &mut conditions);
    let total = match is_tally_filter(filter) {
        Some(tally) => (tally.build(filter), tally.args(filter)),
        None => (
            format!(
                "{prefix}SELECT COUNT(*) FROM initiatives i{}",
                conditions.where_clause()
            ),
            conditions.args.clone(),
        ),
    };
    let order = match sort {
        InitiativeSort::Deadline => "i.due_key, i.id",
        InitiativeSort::Updated => "i.updated_at DESC, i.id DESC",
        InitiativeSort::Title => "i.title, i.id",
    };
    let fetch = conditions.arg(Arg::Int(51));
    let rows = format!(
        "{prefix}SELECT i.id, p.name, u.display_name FROM initiatives i JOIN partners p ON p.id = i.partner_id \
         LEFT JOIN users u ON u.id = i.owner_id{} ORDER BY {order} LIMIT {fetch}",
        conditions.where_clause()
    );
    vec![total, (rows, conditions.args)]
}

#[cfg(test)]
mod tests;
