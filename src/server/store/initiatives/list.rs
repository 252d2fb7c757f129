//! Reading many initiatives: the filtered, sorted, keyset-paginated list and the dashboard
//! counts. Each is one round trip (two statements at most) and stays on index ranges.

use chrono::{DateTime, NaiveDate, Utc};

use super::super::decode::decode;
use crate::domain::dashboard::{Extra, MatrixCell, MonthCount, MonthRange, Tally};
use crate::domain::health::health;
use crate::domain::{
    Cursor, Health, HealthBounds, InitiativeFilter, InitiativeSort, InitiativeSummary, Page,
};
use crate::server::store::{Arg, Store, StoreError, bind_all, like_pattern, with_db};

/// The most rows one page returns.
pub const MAX_PAGE_SIZE: i64 = 200;

/// The SQL condition for "open" that the partial indexes are declared with, word for word.
const OPEN: &str = "i.status IN ('proposed', 'active', 'blocked')";

/// A WHERE clause under construction, numbering its placeholders.
#[derive(Default)]
struct Conditions {
    clauses: Vec<String>,
    args: Vec<Arg>,
}

impl Conditions {
    /// Adds an argument and returns its placeholder.
    fn arg(&mut self, arg: Arg) -> String {
        self.args.push(arg);
        format!("${}", self.args.len())
    }

    fn push(&mut self, clause: String) {
        self.clauses.push(clause);
    }

    fn where_clause(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.clauses.join(" AND "))
        }
    }
}

/// The CTE that expands a partner into itself and everything under it.
const PARTNER_TREE: &str = "WITH RECURSIVE partner_tree (id) AS ( \
        SELECT id FROM partners WHERE id = {partner} \
        UNION ALL SELECT p.id FROM partners p JOIN partner_tree t ON p.parent_id = t.id) ";

/// Adds the filter's conditions; returns the `WITH` prefix the partner filter needs.
fn filter_conditions(
    filter: &InitiativeFilter,
    bounds: &HealthBounds,
    conditions: &mut Conditions,
) -> String {
    let mut prefix = String::new();
    if let Some(partner_id) = filter.partner_id {
        let partner = conditions.arg(Arg::Int(partner_id));
        prefix = PARTNER_TREE.replace("{partner}", &partner);
        conditions.push("i.partner_id IN (SELECT id FROM partner_tree)".to_owned());
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
    if !filter.text.trim().is_empty() {
        let pattern = conditions.arg(Arg::Text(like_pattern(&filter.text)));
        conditions.push(format!(
            "(lower(i.title) LIKE {pattern} ESCAPE '\\' OR lower(i.description) LIKE {pattern} ESCAPE '\\')"
        ));
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

/// One cell of the dashboard: how many initiatives of a partner are in a status and health.

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
        let bounds = HealthBounds::on(today);
        let limit = limit.clamp(1, MAX_PAGE_SIZE);
        let mut conditions = Conditions::default();
        let prefix = filter_conditions(filter, &bounds, &mut conditions);
        let count_sql = format!(
            "{prefix}SELECT COUNT(*) FROM initiatives i{}",
            conditions.where_clause()
        );
        let count_args = conditions.args.clone();
        let count_from_tally = is_tally_filter(filter);

        if let Some(cursor) = after {
            let clause = match (sort, cursor) {
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
                // A cursor from another sort order: start from the top.
                _ => String::new(),
            };
            if !clause.is_empty() {
                conditions.push(clause);
            }
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

        let (mut rows, total): (Vec<SummaryRow>, i64) = with_db!(self.db(), pool => {
            let rows = bind_all!(sqlx::query_as(&rows_sql), &conditions.args).fetch_all(pool).await?;
            let total = match count_from_tally {
                Some(tally) => {
                    let (sql, args) = (tally.build(filter), tally.args(filter));
                    bind_all!(sqlx::query_scalar(&sql), &args).fetch_one(pool).await?
                }
                None => bind_all!(sqlx::query_scalar(&count_sql), &count_args).fetch_one(pool).await?,
            };
            (rows, total)
        });

        let next = if rows.len() as i64 > limit {
            rows.truncate(limit as usize);
            rows.last().map(|last| match sort {
                InitiativeSort::Deadline => Cursor::Deadline {
                    deadline: last.due_key,
                    id: last.id,
                },
                InitiativeSort::Updated => Cursor::Updated {
                    updated_at: last.updated_at,
                    id: last.id,
                },
                InitiativeSort::Title => Cursor::Title {
                    title: last.title.clone(),
                    id: last.id,
                },
            })
        } else {
            None
        };
        let rows = rows
            .into_iter()
            .map(|row| {
                let status = decode("status", &row.status)?;
                Ok(InitiativeSummary {
                    health: health(status, row.deadline, row.last_activity_on, today),
                    status,
                    id: row.id,
                    title: row.title,
                    partner_id: row.partner_id,
                    partner_name: row.partner_name,
                    owner_id: row.owner_id,
                    owner_name: row.owner_name,
                    deadline: row.deadline,
                    last_activity_on: row.last_activity_on,
                    updated_at: row.updated_at,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Page { rows, total, next })
    }
}

#[derive(sqlx::FromRow)]
struct HealthRow {
    partner_id: i64,
    status: String,
    health: String,
    n: i64,
}

#[derive(sqlx::FromRow)]
struct CompletedRow {
    partner_id: i64,
    with_deadline: i64,
    on_time: i64,
}

#[derive(sqlx::FromRow)]
struct CellRow {
    partner_id: i64,
    sector_id: i64,
    open: i64,
    overdue: i64,
}

impl Store {
    /// The counts of [`Store::dashboard_counts`] for the initiatives `filter` selects (a
    /// sector, an owner, a world region, no restricted ones): one grouped statement over the
    /// matching rows, with health judged in SQL by the same bounds as [`health`].
    pub async fn dashboard_counts_where(
        &self,
        today: NaiveDate,
        filter: &InitiativeFilter,
    ) -> Result<Vec<Tally>, StoreError> {
        let bounds = HealthBounds::on(today);
        let mut conditions = Conditions::default();
        let (t, until, stale) = (
            conditions.arg(Arg::Date(bounds.today)),
            conditions.arg(Arg::Date(bounds.due_soon_until)),
            conditions.arg(Arg::Date(bounds.stale_on_or_before)),
        );
        let prefix = filter_conditions(filter, &bounds, &mut conditions);
        let sql = format!(
            "{prefix}SELECT i.partner_id, i.status, \
                CASE WHEN i.status IN ('completed', 'dropped') THEN 'closed' \
                     WHEN i.deadline < {t} THEN 'overdue' \
                     WHEN i.deadline <= {until} THEN 'due_soon' \
                     WHEN i.last_activity_on <= {stale} THEN 'stale' \
                     ELSE 'on_track' END AS health, \
                COUNT(*) AS n \
             FROM initiatives i{} GROUP BY 1, 2, 3",
            conditions.where_clause()
        );
        let rows: Vec<HealthRow> = with_db!(self.db(), pool => {
            bind_all!(sqlx::query_as(&sql), &conditions.args).fetch_all(pool).await?
        });
        let mut counts = rows
            .into_iter()
            .map(|row| {
                Ok(Tally {
                    partner_id: row.partner_id,
                    status: decode("status", &row.status)?,
                    health: decode("health", &row.health)?,
                    count: row.n,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        counts.sort_by_key(|c| (c.partner_id, c.status, c.health));
        Ok(counts)
    }

    /// Per partner: open initiatives due from today to `due_until`, completed initiatives
    /// with a deadline, and how many of those were completed on or before it. Two index
    /// ranges (open by deadline, completed by partner).
    pub async fn dashboard_extras(
        &self,
        today: NaiveDate,
        due_until: NaiveDate,
        filter: &InitiativeFilter,
    ) -> Result<Vec<Extra>, StoreError> {
        use std::collections::BTreeMap;
        let bounds = HealthBounds::on(today);
        let mut due = Conditions::default();
        let (t, until) = (
            due.arg(Arg::Date(bounds.today)),
            due.arg(Arg::Date(due_until)),
        );
        due.push(format!(
            "{OPEN} AND i.deadline >= {t} AND i.deadline <= {until}"
        ));
        let due_prefix = filter_conditions(filter, &bounds, &mut due);
        let due_sql = format!(
            "{due_prefix}SELECT i.partner_id, COUNT(*) AS n FROM initiatives i{} GROUP BY i.partner_id",
            due.where_clause()
        );
        let mut done = Conditions::default();
        done.push("i.status = 'completed' AND i.deadline IS NOT NULL".to_owned());
        let done_prefix = filter_conditions(filter, &bounds, &mut done);
        let done_sql = format!(
            "{done_prefix}SELECT i.partner_id, COUNT(*) AS with_deadline, \
                SUM(CASE WHEN i.completed_on <= i.deadline THEN 1 ELSE 0 END) AS on_time \
             FROM initiatives i{} GROUP BY i.partner_id",
            done.where_clause()
        );
        let (due_rows, done_rows): (Vec<(i64, i64)>, Vec<CompletedRow>) = with_db!(self.db(), pool => {
            let due_rows = bind_all!(sqlx::query_as(&due_sql), &due.args).fetch_all(pool).await?;
            let done_rows = bind_all!(sqlx::query_as(&done_sql), &done.args).fetch_all(pool).await?;
            (due_rows, done_rows)
        });
        let mut extras: BTreeMap<i64, Extra> = BTreeMap::new();
        for (partner_id, n) in due_rows {
            extras
                .entry(partner_id)
                .or_insert_with(|| Extra {
                    partner_id,
                    ..Default::default()
                })
                .due_within = n;
        }
        for row in done_rows {
            let extra = extras.entry(row.partner_id).or_insert_with(|| Extra {
                partner_id: row.partner_id,
                ..Default::default()
            });
            extra.completed_with_deadline = row.with_deadline;
            extra.on_time = row.on_time;
        }
        Ok(extras.into_values().collect())
    }

    /// Initiatives created and initiatives completed in each of `months` (one statement
    /// each, over the created-at index and the partial index of completed initiatives).
    pub async fn dashboard_months(
        &self,
        months: &[MonthRange],
        filter: &InitiativeFilter,
    ) -> Result<Vec<MonthCount>, StoreError> {
        use sqlx::Row;
        let (Some(first), Some(_)) = (months.first(), months.last()) else {
            return Ok(Vec::new());
        };
        let bounds = HealthBounds::on(first.first);
        let start = |day: NaiveDate| day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
        let mut opened = Conditions::default();
        let mut opened_sums = Vec::new();
        for month in months {
            let (a, b) = (
                opened.arg(Arg::Time(start(month.first))),
                opened.arg(Arg::Time(start(month.next))),
            );
            opened_sums.push(format!(
                "SUM(CASE WHEN i.created_at >= {a} AND i.created_at < {b} THEN 1 ELSE 0 END)"
            ));
        }
        let from = opened.arg(Arg::Time(start(first.first)));
        opened.push(format!("i.created_at >= {from}"));
        let opened_prefix = filter_conditions(filter, &bounds, &mut opened);
        let opened_sql = format!(
            "{opened_prefix}SELECT {} FROM initiatives i{}",
            opened_sums.join(", "),
            opened.where_clause()
        );
        let mut done = Conditions::default();
        let mut done_sums = Vec::new();
        for month in months {
            let (a, b) = (
                done.arg(Arg::Date(month.first)),
                done.arg(Arg::Date(month.next)),
            );
            done_sums.push(format!(
                "SUM(CASE WHEN i.completed_on >= {a} AND i.completed_on < {b} THEN 1 ELSE 0 END)"
            ));
        }
        let from = done.arg(Arg::Date(first.first));
        done.push(format!(
            "i.status = 'completed' AND i.completed_on >= {from}"
        ));
        let done_prefix = filter_conditions(filter, &bounds, &mut done);
        let done_sql = format!(
            "{done_prefix}SELECT {} FROM initiatives i{}",
            done_sums.join(", "),
            done.where_clause()
        );
        let n = months.len();
        let (opened_counts, done_counts): (Vec<i64>, Vec<i64>) = with_db!(self.db(), pool => {
            let row = bind_all!(sqlx::query(&opened_sql), &opened.args).fetch_one(pool).await?;
            let opened_counts = (0..n)
                .map(|k| row.try_get::<Option<i64>, _>(k).map(Option::unwrap_or_default))
                .collect::<Result<Vec<_>, _>>()?;
            let row = bind_all!(sqlx::query(&done_sql), &done.args).fetch_one(pool).await?;
            let done_counts = (0..n)
                .map(|k| row.try_get::<Option<i64>, _>(k).map(Option::unwrap_or_default))
                .collect::<Result<Vec<_>, _>>()?;
            (opened_counts, done_counts)
        });
        Ok(months
            .iter()
            .zip(opened_counts.into_iter().zip(done_counts))
            .map(|(month, (opened, completed))| MonthCount {
                month: month.first,
                opened,
                completed,
            })
            .collect())
    }

    /// Open initiatives per partner × sector, and how many of them are overdue on `today`.
    /// Only `partners` are read when given (the rows the dashboard shows).
    pub async fn dashboard_matrix(
        &self,
        today: NaiveDate,
        filter: &InitiativeFilter,
        partners: Option<&[i64]>,
    ) -> Result<Vec<MatrixCell>, StoreError> {
        let bounds = HealthBounds::on(today);
        let mut conditions = Conditions::default();
        let t = conditions.arg(Arg::Date(bounds.today));
        conditions.push(OPEN.to_owned());
        if let Some(partners) = partners {
            let placeholders: Vec<String> = partners
                .iter()
                .map(|id| conditions.arg(Arg::Int(*id)))
                .collect();
            if placeholders.is_empty() {
                return Ok(Vec::new());
            }
            conditions.push(format!("i.partner_id IN ({})", placeholders.join(", ")));
        }
        let prefix = filter_conditions(filter, &bounds, &mut conditions);
        let sql = format!(
            "{prefix}SELECT i.partner_id, s.sector_id, COUNT(*) AS open, \
                SUM(CASE WHEN i.deadline < {t} THEN 1 ELSE 0 END) AS overdue \
             FROM initiatives i JOIN initiative_sectors s ON s.initiative_id = i.id{} \
             GROUP BY i.partner_id, s.sector_id ORDER BY i.partner_id, s.sector_id",
            conditions.where_clause()
        );
        let rows: Vec<CellRow> = with_db!(self.db(), pool => {
            bind_all!(sqlx::query_as(&sql), &conditions.args).fetch_all(pool).await?
        });
        Ok(rows
            .into_iter()
            .map(|row| MatrixCell {
                partner_id: row.partner_id,
                sector_id: row.sector_id,
                open: row.open,
                overdue: row.overdue,
            })
            .collect())
    }
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
    filter: &InitiativeFilter,
    sort: InitiativeSort,
    today: NaiveDate,
) -> Vec<(String, Vec<Arg>)> {
    let bounds = HealthBounds::on(today);
    let mut conditions = Conditions::default();
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
