//! Consistency checks an operator, a drill or a restored backup can run on a database
//! (`accord verify`): what every transaction promises to keep true, checked from the rows.

use chrono::{Days, NaiveDate};

use super::{Db, Store, StoreError, with_db};
use crate::domain::InitiativeFilter;
use crate::domain::dashboard::{DUE_WITHIN_DAYS, PartnerFigures, cells_by_row, last_months};

/// What `verify` found: each line one broken promise; empty when all hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Verification {
    pub problems: Vec<String>,
    /// Figures read, for the report: initiatives, audit events.
    pub initiatives: i64,
    pub audit_events: i64,
}

impl Verification {
    pub fn is_sound(&self) -> bool {
        self.problems.is_empty()
    }
}

impl Store {
    /// Checks the database file (SQLite), the status tally, that every initiative's version
    /// equals its audit events (one per write, in the same transaction), and that the
    /// dashboard summary equals a direct count on its day.
    pub async fn verify(&self) -> Result<Verification, StoreError> {
        let mut report = Verification::default();
        if let Db::Sqlite(pool) = self.db() {
            let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
                .fetch_all(pool)
                .await?;
            if integrity != ["ok"] {
                report
                    .problems
                    .push(format!("integrity check: {}", integrity.join("; ")));
            }
            let broken: Vec<(String, i64)> = sqlx::query_as(
                "SELECT \"table\", COALESCE(rowid, 0) FROM pragma_foreign_key_check",
            )
            .fetch_all(pool)
            .await?;
            for (table, rowid) in broken {
                report.problems.push(format!(
                    "{table} row {rowid} names a row that does not exist"
                ));
            }
        }
        let (initiatives, audit_events, tally_off, versions_off): (
            i64,
            i64,
            Vec<(i64, String)>,
            Vec<(i64, i64, i64)>,
        ) = with_db!(self.db(), pool => {
            let initiatives: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM initiatives")
                .fetch_one(pool)
                .await?;
            let audit_events: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_events")
                .fetch_one(pool)
                .await?;
            let tally_off: Vec<(i64, String)> = sqlx::query_as(
                "SELECT COALESCE(t.partner_id, f.partner_id), COALESCE(t.status, f.status) \
                 FROM (SELECT partner_id, status, n FROM partner_status_counts WHERE n <> 0) t \
                 FULL OUTER JOIN (SELECT partner_id, status, COUNT(*) AS n FROM initiatives \
                                  GROUP BY partner_id, status) f \
                   ON f.partner_id = t.partner_id AND f.status = t.status \
                 WHERE t.n IS NULL OR f.n IS NULL OR t.n <> f.n",
            )
            .fetch_all(pool)
            .await?;
            let versions_off: Vec<(i64, i64, i64)> = sqlx::query_as(
                "SELECT i.id, i.version, COALESCE(a.n, 0) FROM initiatives i \
                 LEFT JOIN (SELECT entity_id, COUNT(*) AS n FROM audit_events \
                            WHERE entity = 'initiative' GROUP BY entity_id) a \
                   ON a.entity_id = i.id \
                 WHERE COALESCE(a.n, 0) <> i.version ORDER BY i.id",
            )
            .fetch_all(pool)
            .await?;
            (initiatives, audit_events, tally_off, versions_off)
        });
        report.initiatives = initiatives;
        report.audit_events = audit_events;
        for (partner, status) in tally_off {
            report.problems.push(format!(
                "status tally of partner {partner}, {status}, differs from a count"
            ));
        }
        for (id, version, audited) in versions_off {
            report.problems.push(format!(
                "initiative {id} is at version {version} with {audited} audit events"
            ));
        }
        if let Some(as_of) = self.summary_day().await? {
            report
                .problems
                .extend(self.summary_differences(as_of).await?);
        }
        Ok(report)
    }

    /// The day the dashboard summary is kept for, if it was built.
    async fn summary_day(&self) -> Result<Option<NaiveDate>, StoreError> {
        Ok(with_db!(self.db(), pool => {
            sqlx::query_scalar::<_, Option<NaiveDate>>("SELECT as_of FROM dashboard_state WHERE id = 1")
                .fetch_optional(pool)
                .await?
                .flatten()
        }))
    }

    /// Where the summary on `as_of` differs from counting the initiatives directly.
    async fn summary_differences(&self, as_of: NaiveDate) -> Result<Vec<String>, StoreError> {
        let mut problems = Vec::new();
        let everything = InitiativeFilter::default();
        let due_until = as_of
            .checked_add_days(Days::new(DUE_WITHIN_DAYS))
            .unwrap_or(as_of);
        let Some(summary) = self.summary_figures(as_of).await? else {
            return Ok(vec![format!(
                "the summary does not answer for its own day {as_of}"
            )]);
        };
        let tallies = self.dashboard_counts_where(as_of, &everything).await?;
        let extras = self.dashboard_extras(as_of, due_until, &everything).await?;
        let mut counted = PartnerFigures::from_counts(&tallies, &extras);
        counted.retain(|f| !f.is_zero());
        counted.sort_by_key(|f| f.partner_id);
        if summary.figures != counted {
            problems.push(format!(
                "summary figures on {as_of} differ from a direct count"
            ));
        }
        let groups: Vec<(i64, usize)> = summary
            .partners
            .iter()
            .enumerate()
            .map(|(row, p)| (p.id, row))
            .collect();
        let kept = self.summary_matrix(as_of, &groups).await?;
        let cells = self.dashboard_matrix(as_of, &everything, None).await?;
        if kept != Some(cells_by_row(&groups, &cells)) {
            problems.push(format!(
                "summary matrix on {as_of} differs from a direct count"
            ));
        }
        let months = last_months(as_of, 12);
        let kept = self.summary_months(&months).await?;
        if kept != Some(self.dashboard_months(&months, &everything).await?) {
            problems.push(format!(
                "summary months to {as_of} differ from a direct count"
            ));
        }
        Ok(problems)
    }
}
