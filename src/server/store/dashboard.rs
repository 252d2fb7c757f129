//! The dashboard's figures and where they come from: unfiltered, from the summary kept in
//! the same transaction as every change (a few hundred rows, whatever the number of
//! initiatives); filtered (or for a viewer, who never counts restricted initiatives, or when
//! the summary cannot answer for today, as when another instance's clock is a day ahead),
//! counted afresh over the matching rows ([`fresh`]). Both give the same figures; the store
//! tests compare them.

mod fresh;

use chrono::NaiveDate;

use crate::domain::InitiativeFilter;
use crate::domain::dashboard::{
    DUE_WITHIN_DAYS, DashboardFigures, DashboardLevel, MATRIX_ROWS_SHOWN, MONTHS_SHOWN, MonthCount,
    MonthRange, PartnerFigures, PartnerNode, ROWS_SHOWN, cells_by_row, last_months, matrix_groups,
    matrix_rows, roll_up, totals,
};
use crate::server::store::{Store, StoreError};

/// Where a dashboard's figures came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FiguresSource {
    /// Every figure from the summary.
    Summary,
    /// Some or all counted over the initiatives.
    Counted,
}

/// Per-partner figures, the partner tree they roll up over, and the monthly counts.
struct Figures {
    partners: Vec<PartnerNode>,
    figures: Vec<PartnerFigures>,
    months: Vec<MonthCount>,
}

impl Store {
    /// The dashboard at `level` for the initiatives `filter` selects, judged on `today`: the
    /// rows needing most attention first (the first [`ROWS_SHOWN`] unless `show_all`), the
    /// partner × sector matrix for the first [`MATRIX_ROWS_SHOWN`] of them, the totals and
    /// the last [`MONTHS_SHOWN`] months.
    pub async fn dashboard(
        &self,
        today: NaiveDate,
        filter: &InitiativeFilter,
        level: DashboardLevel,
        show_all: bool,
    ) -> Result<DashboardFigures, StoreError> {
        let (figures, _) = self.dashboard_from(today, filter, level, show_all).await?;
        Ok(figures)
    }

    /// As [`Store::dashboard`], with whether every figure came from the summary: then the
    /// figures depend on nothing but the summary's and the partners' versions and `today`.
    pub async fn dashboard_from(
        &self,
        today: NaiveDate,
        filter: &InitiativeFilter,
        level: DashboardLevel,
        show_all: bool,
    ) -> Result<(DashboardFigures, FiguresSource), StoreError> {
        let due_until = today
            .checked_add_days(chrono::Days::new(DUE_WITHIN_DAYS))
            .unwrap_or(today);
        let unfiltered = *filter == InitiativeFilter::default();
        let month_ranges = last_months(today, MONTHS_SHOWN);
        let summarised = match unfiltered {
            true => {
                self.summarised_figures(today, &month_ranges, filter)
                    .await?
            }
            false => None,
        };
        let (
            Figures {
                partners,
                figures,
                months,
            },
            mut source,
        ) = match summarised {
            Some(summarised) => summarised,
            None => (
                self.counted_figures(today, due_until, &month_ranges, filter)
                    .await?,
                FiguresSource::Counted,
            ),
        };
        let mut rows = roll_up(&partners, &figures, level);
        let row_count = rows.len();
        let totals = totals(&rows);
        // Hundreds of rows read as noise and cost a page of HTML each.
        if !show_all {
            rows.truncate(ROWS_SHOWN);
        }
        let matrix_rows_shown = match show_all {
            true => rows.len(),
            false => MATRIX_ROWS_SHOWN.min(rows.len()),
        };
        let groups = matrix_groups(&partners, level, &rows[..matrix_rows_shown]);
        let summarised_cells = match unfiltered {
            true => self.summary_matrix(today, &groups).await?,
            false => None,
        };
        let cells = match summarised_cells {
            Some(cells) => cells,
            None => {
                source = FiguresSource::Counted;
                let ids: Vec<i64> = groups.iter().map(|(id, _)| *id).collect();
                let cells = self.dashboard_matrix(today, filter, Some(&ids)).await?;
                cells_by_row(&groups, &cells)
            }
        };
        let matrix = matrix_rows(&rows[..matrix_rows_shown], &cells);
        let figures = DashboardFigures {
            rows,
            matrix,
            row_count,
            totals,
            due_until,
            months,
        };
        Ok((figures, source))
    }

    /// From the summary, if it can answer for `today`.
    async fn summarised_figures(
        &self,
        today: NaiveDate,
        month_ranges: &[MonthRange],
        filter: &InitiativeFilter,
    ) -> Result<Option<(Figures, FiguresSource)>, StoreError> {
        let Some(summary) = self.summary_figures(today).await? else {
            return Ok(None);
        };
        let (months, source) = match self.summary_months(month_ranges).await? {
            Some(months) => (months, FiguresSource::Summary),
            None => (
                self.dashboard_months(month_ranges, filter).await?,
                FiguresSource::Counted,
            ),
        };
        let figures = Figures {
            partners: summary.partners,
            figures: summary.figures,
            months,
        };
        Ok(Some((figures, source)))
    }

    /// Counted afresh over the initiatives `filter` selects.
    async fn counted_figures(
        &self,
        today: NaiveDate,
        due_until: NaiveDate,
        month_ranges: &[MonthRange],
        filter: &InitiativeFilter,
    ) -> Result<Figures, StoreError> {
        let partners = self
            .list_partners()
            .await?
            .into_iter()
            .map(|partner| PartnerNode {
                id: partner.id,
                parent_id: partner.parent_id,
                name: partner.name,
                world_region: partner.world_region,
            })
            .collect();
        let tallies = self.dashboard_counts_where(today, filter).await?;
        let extras = self.dashboard_extras(today, due_until, filter).await?;
        let months = self.dashboard_months(month_ranges, filter).await?;
        Ok(Figures {
            partners,
            figures: PartnerFigures::from_counts(&tallies, &extras),
            months,
        })
    }
}
