//! Reading many initiatives: the filtered, sorted, keyset-paginated list. One round trip
//! (two statements at most) on index ranges.

use chrono::{DateTime, NaiveDate, Utc};

use super::conditions::{Conditions, filter_conditions, searched_initiatives};
use super::count::count_statement;
use super::search::{Dialect, SearchPlan, WALK_ORDER_FROM};
use crate::domain::health::health;
use crate::domain::{
    Cursor, HealthBounds, InitiativeFilter, InitiativeSort, InitiativeSummary, Page,
};
use crate::server::store::decode::{decode, json_rows, parse_json_rows};
use crate::server::store::{Arg, Store, StoreError, bind_all, with_db};

/// The most rows one page returns.
pub const MAX_PAGE_SIZE: i64 = 200;

/// The most rows one read of an export takes.
pub const MAX_EXPORT_PAGE: i64 = 2_000;

/// One row of a page, as the page's JSON value holds it (an array in [`PAGE_COLUMNS`] order).
#[derive(serde::Deserialize)]
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
    /// A ranked page's score and how many initiatives matched (0 on other pages).
    score: i64,
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
        let scope = self.partner_scope(filter).await?;
        // A ranked page counts the matches as it ranks them; other orders count first, since
        // how many match decides how a text search is best read.
        let (plan, counted) = if sort == InitiativeSort::Relevance {
            (SearchPlan::Ranked, None)
        } else {
            let total = self.count_in_scope(filter, today, scope.as_deref()).await?;
            let plan = if total > WALK_ORDER_FROM {
                SearchPlan::ByOrder
            } else {
                SearchPlan::ByMatches
            };
            (plan, Some(total))
        };
        let page = self
            .read_page(
                filter,
                (sort, after),
                limit,
                today,
                (plan, scope.as_deref()),
            )
            .await?;
        let total = match counted.or(page.total) {
            Some(total) => total,
            None => self.count_in_scope(filter, today, scope.as_deref()).await?,
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
        let scope = self.partner_scope(filter).await?;
        self.count_in_scope(filter, today, scope.as_deref()).await
    }

    /// The filter's partner and every partner under it, from the kept tree; `None` without a
    /// partner filter.
    pub(crate) async fn partner_scope(
        &self,
        filter: &InitiativeFilter,
    ) -> Result<Option<Vec<i64>>, StoreError> {
        let Some(partner_id) = filter.partner_id else {
            return Ok(None);
        };
        let (_, tree) = self.partner_tree().await?;
        Ok(Some(tree.with_descendants(partner_id)))
    }

    async fn count_in_scope(
        &self,
        filter: &InitiativeFilter,
        today: NaiveDate,
        scope: Option<&[i64]>,
    ) -> Result<i64, StoreError> {
        let (sql, args) = count_statement(Dialect::of(self.db()), filter, today, scope);
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
        let scope = self.partner_scope(filter).await?;
        let page = self
            .read_page(
                filter,
                (sort, after),
                limit,
                today,
                (SearchPlan::ByMatches, scope.as_deref()),
            )
            .await?;
        Ok((page.rows, page.next))
    }

    async fn read_page(
        &self,
        filter: &InitiativeFilter,
        (sort, after): (InitiativeSort, Option<&Cursor>),
        limit: i64,
        today: NaiveDate,
        (plan, scope): (SearchPlan, Option<&[i64]>),
    ) -> Result<PageRows, StoreError> {
        let limit = limit.clamp(1, MAX_EXPORT_PAGE);
        let statement = page_statement(
            Dialect::of(self.db()),
            filter,
            (sort, after),
            limit,
            today,
            (plan, scope),
        );
        // The whole page as one value: one row to cross sqlx-sqlite's worker channel, not 51.
        let sql = json_rows(
            self.backend(),
            PAGE_COLUMNS,
            &format!("({}) page", statement.sql),
            Some(page_order(statement.sort)),
        );
        let json: String = with_db!(self.db(), pool => {
            bind_all!(sqlx::query_scalar(&sql), &statement.args)
                .persistent(!filter.searches_words())
                .fetch_one(pool)
                .await?
        });
        let mut rows: Vec<SummaryRow> = parse_json_rows("initiative page", &json)?;
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

/// What a page's JSON value holds of each row of its statement, in [`SummaryRow`]'s order.
const PAGE_COLUMNS: &str = "page.id, page.title, page.partner_id, page.partner_name, \
    page.owner_id, page.owner_name, page.deadline, page.due_key, page.status, \
    page.last_activity_on, page.updated_at, page.score, page.total";

/// The order of a page's rows in `sort`, on the page statement's columns.
fn page_order(sort: InitiativeSort) -> &'static str {
    match sort {
        InitiativeSort::Deadline => "page.due_key, page.id",
        InitiativeSort::Updated => "page.updated_at DESC, page.id DESC",
        InitiativeSort::Title => "page.title, page.id",
        InitiativeSort::Relevance => "page.score DESC, page.id",
    }
}

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
    (plan, scope): (SearchPlan, Option<&[i64]>),
) -> PageStatement {
    let bounds = HealthBounds::on(today);
    let mut conditions = Conditions::in_dialect(dialect);
    conditions.partner_scope = scope.map(<[i64]>::to_vec);
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
            "{prefix}SELECT {ROW_COLUMNS}, 0 AS score, 0 AS total FROM initiatives i {ROW_JOINS}{} \
             ORDER BY {order} LIMIT {fetch}",
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

/// The SQL (and arguments) behind a list request: the total (unless the rows count it), then
/// the rows. A partner filter's statements come with the tree walked in SQL, for the partner
/// alone and for the partner with one under it (as from the kept tree).
#[cfg(test)]
fn list_statements(
    dialect: Dialect,
    filter: &InitiativeFilter,
    sort: InitiativeSort,
    today: NaiveDate,
    plan: SearchPlan,
) -> Vec<(String, Vec<Arg>)> {
    let scopes = match filter.partner_id {
        None => vec![None],
        Some(id) => vec![None, Some(vec![id]), Some(vec![id, id + 1])],
    };
    let mut statements = Vec::new();
    for scope in &scopes {
        let scope = scope.as_deref();
        let rows = page_statement(dialect, filter, (sort, None), 50, today, (plan, scope));
        if !rows.counts {
            statements.push(count_statement(dialect, filter, today, scope));
        }
        statements.push((rows.sql, rows.args));
    }
    statements
}

#[cfg(test)]
mod tests;
