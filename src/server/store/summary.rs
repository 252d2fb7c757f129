//! The dashboard summary in the store: per-partner figures, partner × sector cells and
//! monthly counts, changed in the same transaction as every initiative (by
//! [`apply_summary`]) and moved forward a day at a time by the first dashboard of the day.
//! What an initiative adds is decided in [`crate::domain::summary`]; this module only reads
//! and writes it.

use chrono::{DateTime, NaiveDate, Utc};

use super::conn::{Conn, on_conn};
use super::decode::{decode, json_rows, parse_json_rows};
use super::{Arg, Backend, BeginWrite, Store, StoreError, bind_all, exclusive_lock, with_db};
use crate::domain::Initiative;
use crate::domain::dashboard::{
    FIGURE_COLUMNS, FIGURES, MonthCount, MonthRange, PartnerFigures, PartnerNode, RowCell,
};
use crate::domain::summary::{Counted, DayMove, SummaryChange, summarise};

/// Rows per INSERT when writing many summary entries.
const ROWS_PER_STATEMENT: usize = 400;

/// The statements that add `change` to the summary tables (insert, or add to what is there).
pub(super) fn summary_statements(change: &SummaryChange) -> Vec<(String, Vec<Arg>)> {
    let mut statements = Vec::new();
    upsert(
        &mut statements,
        "partner_figures",
        &["partner_id"],
        &FIGURE_COLUMNS,
        change
            .partners
            .values()
            .map(|f| {
                std::iter::once(Arg::Int(f.partner_id))
                    .chain(f.values().map(Arg::Int))
                    .collect()
            })
            .collect(),
    );
    upsert(
        &mut statements,
        "partner_sector_figures",
        &["partner_id", "sector_id"],
        &["open", "overdue"],
        change
            .cells
            .iter()
            .map(|((partner, sector), (open, overdue))| {
                vec![
                    Arg::Int(*partner),
                    Arg::Int(*sector),
                    Arg::Int(*open),
                    Arg::Int(*overdue),
                ]
            })
            .collect(),
    );
    upsert(
        &mut statements,
        "monthly_figures",
        &["month"],
        &["opened", "completed"],
        change
            .months
            .iter()
            .map(|(month, (opened, completed))| {
                vec![Arg::Date(*month), Arg::Int(*opened), Arg::Int(*completed)]
            })
            .collect(),
    );
    statements
}

fn upsert(
    statements: &mut Vec<(String, Vec<Arg>)>,
    table: &str,
    keys: &[&str],
    sums: &[&str],
    rows: Vec<Vec<Arg>>,
) {
    let columns: Vec<&str> = keys.iter().chain(sums).copied().collect();
    let on_conflict = format!(
        " ON CONFLICT ({}) DO UPDATE SET {}",
        keys.join(", "),
        sums.iter()
            .map(|c| format!("{c} = {table}.{c} + excluded.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let mut args = Vec::with_capacity(chunk.len() * columns.len());
        let mut values = Vec::with_capacity(chunk.len());
        for row in chunk {
            let placeholders: Vec<String> = row
                .iter()
                .map(|arg| {
                    args.push(arg.clone());
                    format!("${}", args.len())
                })
                .collect();
            values.push(format!("({})", placeholders.join(", ")));
        }
        statements.push((
            format!(
                "INSERT INTO {table} ({}) VALUES {}{on_conflict}",
                columns.join(", "),
                values.join(", ")
            ),
            args,
        ));
    }
}

/// Adds `change` to the summary tables.
async fn write_summary(mut conn: Conn<'_>, change: &SummaryChange) -> Result<(), StoreError> {
    for (sql, args) in summary_statements(change) {
        on_conn!(conn.again(), connection => {
            bind_all!(sqlx::query(&sql), &args).execute(connection).await?;
        });
    }
    Ok(())
}

/// Inside a write transaction: adds to the summary the difference between `before` and
/// `after`, as of the summary's day. Nothing to do while the summary is not built (the first
/// dashboard builds it from scratch). PostgreSQL: the shared lock on the summary's day keeps
/// a day move from running between reading the day and writing the change.
pub(crate) async fn apply_summary<'c>(
    conn: impl Into<Conn<'c>>,
    before: Option<&Initiative>,
    after: Option<&Initiative>,
) -> Result<(), StoreError> {
    let mut conn = conn.into();
    let sql = format!(
        "SELECT as_of FROM dashboard_state WHERE id = 1{}",
        conn.share_lock()
    );
    let as_of: Option<NaiveDate> = on_conn!(conn.again(), connection => {
        sqlx::query_scalar::<_, Option<NaiveDate>>(&sql)
            .fetch_optional(connection)
            .await?
            .flatten()
    });
    let Some(as_of) = as_of else {
        return Ok(());
    };
    let before = before.map(Counted::from);
    let after = after.map(Counted::from);
    let change = SummaryChange::between(before.as_ref(), after.as_ref(), as_of);
    write_summary(conn, &change).await
}

#[derive(sqlx::FromRow)]
struct CountedRow {
    id: i64,
    partner_id: i64,
    status: String,
    deadline: Option<NaiveDate>,
    first_deadline: Option<NaiveDate>,
    deadline_moves: i64,
    last_activity_on: NaiveDate,
    completed_on: Option<NaiveDate>,
    created_at: DateTime<Utc>,
    sector_id: Option<i64>,
}

/// What the summary counts of initiatives, one row per sector, ordered by initiative.
const COUNTED: &str = "\
    SELECT i.id, i.partner_id, i.status, i.deadline, i.first_deadline, i.deadline_moves, \
           i.last_activity_on, i.completed_on, i.created_at, \
           s.sector_id \
    FROM initiatives i LEFT JOIN initiative_sectors s ON s.initiative_id = i.id";

/// The open initiatives a day move touches (and their sectors): four index ranges, three
/// over open initiatives by deadline and one by last activity.
pub(super) fn day_move_statement(moved: &DayMove) -> (String, Vec<Arg>) {
    let mut args = Vec::new();
    let mut ranges = Vec::new();
    let mut range = |column: &str, (first, last): (NaiveDate, NaiveDate)| {
        args.push(Arg::Date(first));
        args.push(Arg::Date(last));
        ranges.push(format!(
            "SELECT id FROM initiatives WHERE status IN ('proposed', 'active', 'blocked') \
             AND {column} BETWEEN ${} AND ${}",
            args.len() - 1,
            args.len()
        ));
    };
    for deadlines in moved.deadlines {
        range("deadline", deadlines);
    }
    range("last_activity_on", moved.last_activity);
    (
        format!(
            "{COUNTED} WHERE i.id IN ({}) ORDER BY i.id",
            ranges.join(" UNION ALL ")
        ),
        args,
    )
}

fn counted_from_rows(rows: Vec<CountedRow>) -> Result<Vec<Counted>, StoreError> {
    let mut all: Vec<(i64, Counted)> = Vec::new();
    for row in rows {
        match all.last_mut() {
            Some((id, counted)) if *id == row.id => counted.sector_ids.extend(row.sector_id),
            _ => all.push((
                row.id,
                Counted {
                    partner_id: row.partner_id,
                    status: decode("status", &row.status)?,
                    deadline: row.deadline,
                    first_deadline: row.first_deadline,
                    deadline_moves: row.deadline_moves,
                    last_activity_on: row.last_activity_on,
                    completed_on: row.completed_on,
                    created_on: row.created_at.date_naive(),
                    sector_ids: row.sector_id.into_iter().collect(),
                },
            )),
        }
    }
    Ok(all.into_iter().map(|(_, counted)| counted).collect())
}

/// One partner and its figures as the summary statement returns them: id, parent, name,
/// world region, then an array of [`FIGURE_COLUMNS`] (nulls for a partner without
/// initiatives).
type FigureRow = (i64, Option<i64>, String, String, [Option<i64>; FIGURES]);

/// Every partner's place in the tree, and the figures of those with initiatives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryFigures {
    pub partners: Vec<PartnerNode>,
    pub figures: Vec<PartnerFigures>,
}

impl Store {
    /// Every partner with its figures from the summary on `today` (one statement): moved
    /// forward to `today` first when it is behind (built when it never was). `None` when the
    /// summary is ahead of `today` (another instance's clock is later): the caller counts
    /// directly instead.
    pub async fn summary_figures(
        &self,
        today: NaiveDate,
    ) -> Result<Option<SummaryFigures>, StoreError> {
        let array = match self.backend() {
            Backend::Sqlite => "json_array",
            Backend::Postgres => "json_build_array",
        };
        let rows_sql = json_rows(
            self.backend(),
            &format!(
                "p.id, p.parent_id, p.name, p.world_region, {array}({})",
                FIGURE_COLUMNS.map(|c| format!("f.{c}")).join(", ")
            ),
            "partners p LEFT JOIN partner_figures f ON f.partner_id = p.id",
            None,
        );
        // The day comes with the figures, from the same statement (and snapshot).
        let sql = format!("SELECT s.as_of, ({rows_sql}) FROM dashboard_state s WHERE s.id = 1");
        for attempt in 0..2 {
            let row: Option<(Option<NaiveDate>, String)> = with_db!(self.db(), pool => {
                sqlx::query_as(&sql).fetch_optional(pool).await?
            });
            let (as_of, json) = row.unwrap_or_default();
            if as_of == Some(today) {
                let rows: Vec<FigureRow> = parse_json_rows("summary figures", &json)?;
                let mut summary = SummaryFigures {
                    partners: Vec::with_capacity(rows.len()),
                    figures: Vec::with_capacity(rows.len()),
                };
                for (id, parent_id, name, region, values) in rows {
                    summary.partners.push(PartnerNode {
                        id,
                        parent_id,
                        name,
                        world_region: decode("world region", &region)?,
                    });
                    let figures =
                        PartnerFigures::from_values(id, values.map(Option::unwrap_or_default));
                    if !figures.is_zero() {
                        summary.figures.push(figures);
                    }
                }
                // Aggregates keep no order.
                summary.partners.sort_by_key(|p| p.id);
                summary.figures.sort_by_key(|f| f.partner_id);
                return Ok(Some(summary));
            }
            if attempt == 1 || as_of.is_some_and(|day| day > today) {
                break;
            }
            self.bring_summary_to(today).await?;
        }
        Ok(None)
    }

    /// The summary's open and overdue initiatives per row and sector, the partners put in
    /// rows by `groups` (partner, row), summed in the database; `None` unless the summary is
    /// on `today` (see [`Store::summary_figures`], which moves it).
    pub async fn summary_matrix(
        &self,
        today: NaiveDate,
        groups: &[(i64, usize)],
    ) -> Result<Option<Vec<RowCell>>, StoreError> {
        if groups.is_empty() {
            return Ok(Some(Vec::new()));
        }
        let values: Vec<String> = (0..groups.len())
            .map(|k| format!("(${}, ${})", 2 * k + 1, 2 * k + 2))
            .collect();
        let args: Vec<Arg> = groups
            .iter()
            .flat_map(|(partner, row)| [Arg::Int(*partner), Arg::Int(*row as i64)])
            .collect();
        let cells_sql = json_rows(
            self.backend(),
            "g.row_index, g.sector_id, g.open, g.overdue",
            "(SELECT grouped.row_index, c.sector_id, CAST(SUM(c.open) AS BIGINT) AS open, \
                     CAST(SUM(c.overdue) AS BIGINT) AS overdue \
              FROM partner_sector_figures c JOIN grouped ON grouped.partner_id = c.partner_id \
              WHERE c.open <> 0 GROUP BY grouped.row_index, c.sector_id) g",
            None,
        );
        // The day comes with the cells, from the same statement (and snapshot).
        let sql = format!(
            "WITH grouped (partner_id, row_index) AS (VALUES {}) \
             SELECT s.as_of, ({cells_sql}) FROM dashboard_state s WHERE s.id = 1",
            values.join(", ")
        );
        let row: Option<(Option<NaiveDate>, String)> = with_db!(self.db(), pool => {
            bind_all!(sqlx::query_as(&sql), &args).fetch_optional(pool).await?
        });
        let (as_of, json) = row.unwrap_or_default();
        if as_of != Some(today) {
            return Ok(None);
        }
        let mut cells: Vec<RowCell> =
            parse_json_rows::<(usize, i64, i64, i64)>("summary cells", &json)?
                .into_iter()
                .map(|(row, sector_id, open, overdue)| RowCell {
                    row,
                    sector_id,
                    open,
                    overdue,
                })
                .collect();
        cells.sort_by_key(|cell| (cell.row, cell.sector_id));
        Ok(Some(cells))
    }

    /// Opened and completed per month from the summary (not day-dependent), if it is built.
    pub async fn summary_months(
        &self,
        months: &[MonthRange],
    ) -> Result<Option<Vec<MonthCount>>, StoreError> {
        let (Some(first), Some(last)) = (months.first(), months.last()) else {
            return Ok(Some(Vec::new()));
        };
        type Row = (
            Option<NaiveDate>,
            Option<NaiveDate>,
            Option<i64>,
            Option<i64>,
        );
        let rows: Vec<Row> = with_db!(self.db(), pool => {
            sqlx::query_as(
                "SELECT s.as_of, m.month, m.opened, m.completed FROM dashboard_state s \
                 LEFT JOIN monthly_figures m ON m.month >= $1 AND m.month < $2 WHERE s.id = 1",
            )
            .bind(first.first)
            .bind(last.next)
            .fetch_all(pool)
            .await?
        });
        if rows.first().and_then(|row| row.0).is_none() {
            return Ok(None);
        }
        Ok(Some(
            months
                .iter()
                .map(|month| {
                    let (opened, completed) = rows
                        .iter()
                        .find(|row| row.1 == Some(month.first))
                        .map(|row| (row.2.unwrap_or_default(), row.3.unwrap_or_default()))
                        .unwrap_or_default();
                    MonthCount {
                        month: month.first,
                        opened,
                        completed,
                    }
                })
                .collect(),
        ))
    }

    /// Moves the summary forward to `today`, reading only the open initiatives whose figures
    /// can differ between the two days; builds it from every initiative when it was never
    /// built or is far behind. Nothing when it is on or after `today`. One transaction; on
    /// PostgreSQL the exclusive lock on the day waits for changes in progress and holds new
    /// ones back until the move commits.
    pub async fn bring_summary_to(&self, today: NaiveDate) -> Result<(), StoreError> {
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let sql = format!(
                "SELECT as_of FROM dashboard_state WHERE id = 1{}",
                exclusive_lock(&tx)
            );
            let as_of: Option<NaiveDate> = sqlx::query_scalar::<_, Option<NaiveDate>>(&sql)
                .fetch_optional(&mut *tx)
                .await?
                .flatten();
            if as_of.is_some_and(|day| day >= today) {
                return Ok(());
            }
            match as_of.and_then(|day| DayMove::between(day, today)) {
                Some(moved) => {
                    let (sql, args) = day_move_statement(&moved);
                    let rows: Vec<CountedRow> =
                        bind_all!(sqlx::query_as(&sql), &args).fetch_all(&mut *tx).await?;
                    let touched = counted_from_rows(rows)?;
                    let change = moved.change(touched.iter().filter(|c| moved.touches(c)));
                    write_summary((&mut *tx).into(), &change).await?;
                }
                None => {
                    for table in ["partner_figures", "partner_sector_figures", "monthly_figures"] {
                        sqlx::query(&format!("DELETE FROM {table}")).execute(&mut *tx).await?;
                    }
                    let rows: Vec<CountedRow> = sqlx::query_as(&format!("{COUNTED} ORDER BY i.id"))
                        .fetch_all(&mut *tx)
                        .await?;
                    let all = counted_from_rows(rows)?;
                    write_summary((&mut *tx).into(), &summarise(&all, today)).await?;
                }
            }
            sqlx::query("UPDATE dashboard_state SET as_of = $1 WHERE id = 1")
                .bind(today)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(())
        })
    }
}
