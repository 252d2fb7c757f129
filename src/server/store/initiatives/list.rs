//! Reading many initiatives: the filtered, sorted, keyset-paginated list. One round trip
//! (two statements at most) on index ranges.

use chrono::{DateTime, NaiveDate, Utc};

use super::conditions::{Conditions, PARTNER_TREE, filter_conditions};
use super::search::{Dialect, SearchPlan, WALK_ORDER_FROM, matching_ids, search_query};
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
    /// A ranked page's score and how many initiatives matched (absent from other pages).
    #[sqlx(default)]
    score: i64,
    #[sqlx(default)]
    total: i64,
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
            InitiativeSort::Relevance => Cursor::Relevance {
                score: self.score,
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
        // On the ranked rows (see `page_statement`), not on `i`.
        (InitiativeSort::Relevance, Cursor::Relevance { score, id }) => {
            let key = conditions.arg(Arg::Int(*score));
            let id = conditions.arg(Arg::Int(*id));
            format!("(score < {key} OR (score = {key} AND id > {id}))")
        }
        _ => return None,
    })
}

// A search is never a prepared statement kept for reuse: PostgreSQL would soon plan it once
// for every query text (a generic plan, blind to how many rows the words match) and read a
// common word's matches the slow way; unprepared, each search is planned for its own words.
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
        // A ranked page counts the matches as it ranks them; other orders count first, since
        // how many match decides how a text search is best read.
        let (plan, counted) = if sort == InitiativeSort::Relevance {
            (SearchPlan::Ranked, None)
        } else {
            let total = self.count_initiatives(filter, today).await?;
            let plan = if total > WALK_ORDER_FROM {
                SearchPlan::ByOrder
            } else {
                SearchPlan::ByMatches
            };
            (plan, Some(total))
        };
        let page = self
            .read_page(filter, sort, after, limit, today, plan)
            .await?;
        let total = match counted.or(page.total) {
            Some(total) => total,
            None => self.count_initiatives(filter, today).await?,
        };
        Ok(Page {
            rows: page.rows,
            total,
            next: page.next,
        })
    }

    /// How many initiatives match `filter` (from the tally when the filter allows).
    pub async fn count_initiatives(
        &self,
        filter: &InitiativeFilter,
        today: NaiveDate,
    ) -> Result<i64, StoreError> {
        let (sql, args) = count_statement(Dialect::of(self.db()), filter, today);
        Ok(with_db!(self.db(), pool => {
            bind_all!(sqlx::query_scalar(&sql), &args)
                .persistent(!filter.searches_words())
                .fetch_one(pool)
                .await?
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
        let page = self
            .read_page(filter, sort, after, limit, today, SearchPlan::ByMatches)
            .await?;
        Ok((page.rows, page.next))
    }

    async fn read_page(
        &self,
        filter: &InitiativeFilter,
        sort: InitiativeSort,
        after: Option<&Cursor>,
        limit: i64,
        today: NaiveDate,
        plan: SearchPlan,
    ) -> Result<PageRows, StoreError> {
        let limit = limit.clamp(1, MAX_EXPORT_PAGE);
        let statement = page_statement(
            Dialect::of(self.db()),
            filter,
            (sort, after),
            limit,
            today,
            plan,
        );
        let mut rows: Vec<SummaryRow> = with_db!(self.db(), pool => {
            bind_all!(sqlx::query_as(&statement.sql), &statement.args)
                .persistent(!filter.searches_words())
                .fetch_all(pool)
                .await?
        });
        let total = match rows.first() {
            Some(first) if statement.counts => Some(first.total),
            _ => None,
        };
        let next = if rows.len() as i64 > limit {
            rows.truncate(limit as usize);
            rows.last().map(|last| last.cursor(statement.sort))
        } else {
            None
        };
        let rows = rows
            .into_iter()
            .map(|row| row.into_summary(today))
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(PageRows { rows, next, total })
    }
}

/// A page as read: its rows, where the next page starts, and the total when the statement
/// counted it.
struct PageRows {
    rows: Vec<InitiativeSummary>,
    next: Option<Cursor>,
    total: Option<i64>,
}

/// The columns of a list row and the joins that name its partner and owner.
const ROW_COLUMNS: &str = "i.id, i.title, i.partner_id, p.name AS partner_name, i.owner_id, \
    u.display_name AS owner_name, i.deadline, i.due_key, i.status, i.last_activity_on, i.updated_at";
const ROW_JOINS: &str =
    "JOIN partners p ON p.id = i.partner_id LEFT JOIN users u ON u.id = i.owner_id";

/// One page's statement, and the order it reads in.
struct PageStatement {
    sql: String,
    args: Vec<Arg>,
    /// Relevance without words to rank by is the deadline's order.
    sort: InitiativeSort,
    /// Every row carries the total of matches (a ranked page).
    counts: bool,
}

/// The statement for up to `limit + 1` rows (one more tells whether there is a next page) of
/// `filter` in `sort` order after the cursor.
fn page_statement(
    dialect: Dialect,
    filter: &InitiativeFilter,
    (sort, after): (InitiativeSort, Option<&Cursor>),
    limit: i64,
    today: NaiveDate,
    plan: SearchPlan,
) -> PageStatement {
    let bounds = HealthBounds::on(today);
    let mut conditions = Conditions::in_dialect(dialect);
    conditions.search_plan = match sort {
        InitiativeSort::Relevance => SearchPlan::Ranked,
        _ if plan == SearchPlan::Ranked => SearchPlan::ByMatches,
        _ => plan,
    };
    let prefix = filter_conditions(filter, &bounds, &mut conditions);
    let ranking = conditions.ranking.take();
    let sort = match (sort, &ranking) {
        (InitiativeSort::Relevance, None) => InitiativeSort::Deadline,
        (sort, _) => sort,
    };
    let cursor = after.and_then(|cursor| after_cursor(sort, cursor, &mut conditions));
    let Some(ranking) = ranking else {
        conditions.push_all(cursor);
        let order = match sort {
            InitiativeSort::Deadline | InitiativeSort::Relevance => "i.due_key, i.id",
            InitiativeSort::Updated => "i.updated_at DESC, i.id DESC",
            InitiativeSort::Title => "i.title, i.id",
        };
        let fetch = conditions.arg(Arg::Int(limit + 1));
        let sql = format!(
            "{prefix}SELECT {ROW_COLUMNS} FROM initiatives i {ROW_JOINS}{} ORDER BY {order} LIMIT {fetch}",
            conditions.where_clause()
        );
        return PageStatement {
            sql,
            args: conditions.args,
            sort,
            counts: false,
        };
    };
    // Rank and count every match in one pass, keep the page's ids, then name just those.
    let fetch = conditions.arg(Arg::Int(limit + 1));
    let after = cursor
        .map(|clause| format!(" WHERE {clause}"))
        .unwrap_or_default();
    let table = searched_initiatives(dialect, filter, &mut conditions);
    let scored = ranking.scored_rows(conditions.clauses(), table);
    // SQLite: CROSS JOIN names the page's rows first, so they are looked up by id; left to
    // choose, the planner walked every partner's initiatives to find the 51.
    let join = match dialect {
        Dialect::Sqlite => "CROSS JOIN",
        Dialect::Postgres => "JOIN",
    };
    let sql = format!(
        "{prefix}SELECT {ROW_COLUMNS}, top.score, top.total FROM ( \
            SELECT id, score, total FROM ( \
                SELECT id, score, COUNT(*) OVER () AS total FROM ({scored}) scored) ranked{after} \
            ORDER BY score DESC, id LIMIT {fetch}) top \
         {join} initiatives i ON i.id = top.id {ROW_JOINS} ORDER BY top.score DESC, i.id"
    );
    PageStatement {
        sql,
        args: conditions.args,
        sort,
        counts: true,
    }
}

/// The statement that counts the initiatives matching `filter`: the tally's sum when the
/// filter allows, the matches themselves for a search alone, else the filtered rows.
fn count_statement(
    dialect: Dialect,
    filter: &InitiativeFilter,
    today: NaiveDate,
) -> (String, Vec<Arg>) {
    if let Some(tally) = is_tally_filter(filter) {
        return (tally.build(filter), tally.args(filter));
    }
    let mut conditions = Conditions::in_dialect(dialect);
    let sql = match text_only(filter, &mut conditions) {
        // The matching ids are distinct initiatives that exist: count them as they are.
        Some(ids) => format!("SELECT COUNT(*) FROM ({ids}) AS matching"),
        None => {
            let prefix = filter_conditions(filter, &HealthBounds::on(today), &mut conditions);
            let table = searched_initiatives(dialect, filter, &mut conditions);
            format!(
                "{prefix}SELECT COUNT(*) FROM {table}{}",
                conditions.where_clause()
            )
        }
    };
    (sql, conditions.args)
}

/// How a statement names the initiatives `i` that a search with `filter` reads. SQLite, a
/// search with a status filter: through the partial index on `(status, id)` (migration
/// `status_and_id_index`), one probe per match instead of a read of its row, with the
/// index's own condition stated. Named, because SQLite's planner prefers the row, and the
/// index is partial because offered to every statement the planner misused it elsewhere.
fn searched_initiatives(
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

/// The SQL (and arguments) behind a list request: the total (unless the rows count it), then
/// the rows.
#[cfg(test)]
fn list_statements(
    dialect: Dialect,
    filter: &InitiativeFilter,
    sort: InitiativeSort,
    today: NaiveDate,
    plan: SearchPlan,
) -> Vec<(String, Vec<Arg>)> {
    let rows = page_statement(dialect, filter, (sort, None), 50, today, plan);
    if rows.counts {
        return vec![(rows.sql, rows.args)];
    }
    vec![
        count_statement(dialect, filter, today),
        (rows.sql, rows.args),
    ]
}

#[cfg(test)]
mod tests;
