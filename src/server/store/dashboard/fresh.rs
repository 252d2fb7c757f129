//! The dashboard's figures counted afresh over the initiatives a filter selects: what the
//! dashboard shows when the summary cannot answer (a filter, a viewer, a day not summarised).

use chrono::NaiveDate;

use crate::domain::dashboard::{Extra, MatrixCell, MonthCount, MonthRange, Tally};
use crate::domain::{HealthBounds, InitiativeFilter};
use crate::server::store::decode::decode;
use crate::server::store::initiatives::{Conditions, OPEN, filter_conditions};
use crate::server::store::{Arg, Store, StoreError, bind_all, with_db};

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
    on_time_current: i64,
}

#[derive(sqlx::FromRow)]
struct MovedRow {
    partner_id: i64,
    moved: i64,
    moves: i64,
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
        let mut conditions = Conditions::on(self.db());
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
        let mut due = Conditions::on(self.db());
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
        let mut done = Conditions::on(self.db());
        done.push(
            "i.status = 'completed' AND COALESCE(i.first_deadline, i.deadline) IS NOT NULL"
                .to_owned(),
        );
        let done_prefix = filter_conditions(filter, &bounds, &mut done);
        let done_sql = format!(
            "{done_prefix}SELECT i.partner_id, COUNT(*) AS with_deadline, \
                SUM(CASE WHEN i.completed_on <= COALESCE(i.first_deadline, i.deadline) THEN 1 ELSE 0 END) AS on_time, \
                SUM(CASE WHEN i.completed_on <= i.deadline THEN 1 ELSE 0 END) AS on_time_current \
             FROM initiatives i{} GROUP BY i.partner_id",
            done.where_clause()
        );
        let mut moved = Conditions::on(self.db());
        moved.push("i.deadline_moves > 0".to_owned());
        let moved_prefix = filter_conditions(filter, &bounds, &mut moved);
        let moved_sql = format!(
            "{moved_prefix}SELECT i.partner_id, COUNT(*) AS moved, CAST(SUM(i.deadline_moves) AS BIGINT) AS moves \
             FROM initiatives i{} GROUP BY i.partner_id",
            moved.where_clause()
        );
        let (due_rows, done_rows, moved_rows): (Vec<(i64, i64)>, Vec<CompletedRow>, Vec<MovedRow>) = with_db!(self.db(), pool => {
            let due_rows = bind_all!(sqlx::query_as(&due_sql), &due.args).fetch_all(pool).await?;
            let done_rows = bind_all!(sqlx::query_as(&done_sql), &done.args).fetch_all(pool).await?;
            let moved_rows = bind_all!(sqlx::query_as(&moved_sql), &moved.args).fetch_all(pool).await?;
            (due_rows, done_rows, moved_rows)
        });
        let mut extras: BTreeMap<i64, Extra> = BTreeMap::new();
        fn extra(extras: &mut BTreeMap<i64, Extra>, partner_id: i64) -> &mut Extra {
            extras.entry(partner_id).or_insert_with(|| Extra {
                partner_id,
                ..Default::default()
            })
        }
        for (partner_id, n) in due_rows {
            extra(&mut extras, partner_id).due_within = n;
        }
        for row in done_rows {
            let e = extra(&mut extras, row.partner_id);
            e.completed_with_deadline = row.with_deadline;
            e.on_time = row.on_time;
            e.on_time_current = row.on_time_current;
        }
        for row in moved_rows {
            let e = extra(&mut extras, row.partner_id);
            e.deadline_moved = row.moved;
            e.deadline_moves = row.moves;
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
        let mut opened = Conditions::on(self.db());
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
        let mut done = Conditions::on(self.db());
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
        let mut conditions = Conditions::on(self.db());
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
