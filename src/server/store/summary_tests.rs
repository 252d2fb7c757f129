//! The dashboard summary against a fresh count, on real SQLite and real PostgreSQL: after the
//! demo seed, after changes made by several writers at once while the day moves forward, and
//! across a long gap (rebuilt) and a clock that goes back (not used).

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::Store;
use super::test_support::{TODAY, every_initiative, fields_of, on_both_databases};
use crate::domain::dashboard::{
    DUE_WITHIN_DAYS, MatrixCell, MonthCount, PartnerFigures, cells_by_row, last_months,
};
use crate::domain::{Health, InitiativeFilter, NewInitiative, Status, StatusChangeInput};
use crate::server::seed;
use crate::server::store::StoreError;

on_both_databases!(the_summary_equals_a_fresh_count_after_concurrent_changes_and_day_moves);

fn day(offset: u64) -> NaiveDate {
    TODAY.checked_add_days(Days::new(offset)).expect("date")
}

/// The dashboard's figures counted the slow way, one initiative at a time, with the rules
/// spelled out here rather than taken from the summary's code.
struct Fresh {
    figures: Vec<PartnerFigures>,
    cells: Vec<MatrixCell>,
    months: Vec<MonthCount>,
}

async fn fresh(store: &Store, today: NaiveDate) -> Fresh {
    let until = today
        .checked_add_days(Days::new(DUE_WITHIN_DAYS))
        .expect("date");
    let mut figures: BTreeMap<i64, PartnerFigures> = BTreeMap::new();
    let mut cells: BTreeMap<(i64, i64), (i64, i64)> = BTreeMap::new();
    let all = every_initiative(store).await;
    for i in &all {
        let f = figures
            .entry(i.partner_id)
            .or_insert_with(|| PartnerFigures {
                partner_id: i.partner_id,
                ..Default::default()
            });
        let k = Status::ALL
            .iter()
            .position(|s| *s == i.status)
            .expect("status");
        f.by_status[k] += 1;
        let health = i.health(today);
        match health {
            Health::Overdue => f.overdue += 1,
            Health::DueSoon => f.due_soon += 1,
            Health::Stale => f.stale += 1,
            Health::OnTrack => f.on_track += 1,
            Health::Closed => {}
        }
        let open = !i.status.is_closed();
        if open && i.deadline.is_some_and(|d| today <= d && d <= until) {
            f.due_within += 1;
        }
        if let (Status::Completed, Some(agreed)) = (i.status, i.first_deadline.or(i.deadline)) {
            let by = |d: NaiveDate| i64::from(i.completed_on.is_some_and(|c| c <= d));
            f.completed_with_deadline += 1;
            f.on_time += by(agreed);
            f.on_time_current += i.deadline.map_or(0, by);
        }
        if i.deadline_moves > 0 {
            f.deadline_moved += 1;
            f.deadline_moves += i.deadline_moves;
        }
        if open {
            for sector in &i.sector_ids {
                let cell = cells.entry((i.partner_id, *sector)).or_default();
                cell.0 += 1;
                cell.1 += i64::from(health == Health::Overdue);
            }
        }
    }
    let months = last_months(today, 12)
        .into_iter()
        .map(|m| {
            let within = |d: NaiveDate| m.first <= d && d < m.next;
            MonthCount {
                month: m.first,
                opened: all
                    .iter()
                    .filter(|i| within(i.created_at.date_naive()))
                    .count() as i64,
                completed: all
                    .iter()
                    .filter(|i| i.status == Status::Completed && i.completed_on.is_some_and(within))
                    .count() as i64,
            }
        })
        .collect();
    Fresh {
        figures: figures.into_values().filter(|f| !f.is_zero()).collect(),
        cells: cells
            .into_iter()
            .filter(|(_, (open, _))| *open != 0)
            .map(|((partner_id, sector_id), (open, overdue))| MatrixCell {
                partner_id,
                sector_id,
                open,
                overdue,
            })
            .collect(),
        months,
    }
}

/// Asserts that the summary on `today` equals a fresh count.
pub(super) async fn assert_summary_is_fresh(store: &Store, today: NaiveDate, when: &str) {
    let expected = fresh(store, today).await;
    let figures = store
        .summary_figures(today)
        .await
        .expect("summary")
        .unwrap_or_else(|| panic!("the summary answers for {today} ({when})"));
    assert_eq!(
        figures.figures, expected.figures,
        "partner figures on {today} ({when})"
    );
    let partners = store.list_partners().await.expect("partners");
    assert_eq!(figures.partners.len(), partners.len(), "every partner");
    for p in &partners {
        assert!(
            figures.partners.iter().any(|n| n.id == p.id
                && n.parent_id == p.parent_id
                && n.name == p.name
                && n.world_region == p.world_region),
            "{} in the tree",
            p.name
        );
    }
    // Every partner in a row of its own, and every partner in one row.
    let own: Vec<(i64, usize)> = partners
        .iter()
        .enumerate()
        .map(|(k, p)| (p.id, k))
        .collect();
    let one: Vec<(i64, usize)> = partners.iter().map(|p| (p.id, 0)).collect();
    for (groups, rows) in [(own, "a row each"), (one, "one row")] {
        let cells = store
            .summary_matrix(today, &groups)
            .await
            .expect("matrix")
            .expect("the summary answers");
        assert_eq!(
            cells,
            cells_by_row(&groups, &expected.cells),
            "matrix, {rows}, on {today} ({when})"
        );
    }
    let months = store
        .summary_months(&last_months(today, 12))
        .await
        .expect("months")
        .expect("the summary is built");
    assert_eq!(months, expected.months, "months on {today} ({when})");
}

/// One writer: `rounds` random changes (edits of partner, deadline and sectors; status
/// changes; new initiatives), on the day it is given; conflicts with the other writers are
/// expected and skipped.
async fn writer(store: Store, seed: u64, rounds: usize, on: NaiveDate) -> usize {
    use rand::{Rng, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let partners: Vec<i64> = store
        .list_partners()
        .await
        .expect("partners")
        .iter()
        .map(|p| p.id)
        .collect();
    let sectors: Vec<i64> = store
        .list_sectors()
        .await
        .expect("sectors")
        .iter()
        .map(|s| s.id)
        .collect();
    let ids: Vec<i64> = super::with_db!(store.db(), pool => {
        sqlx::query_scalar("SELECT id FROM initiatives ORDER BY id").fetch_all(pool).await.expect("ids")
    });
    let mut written = 0;
    for round in 0..rounds {
        let id = ids[rng.random_range(0..ids.len())];
        let current = store.initiative(id).await.expect("read");
        let deadline = NaiveDate::from_ymd_opt(2026, 9, 1)
            .and_then(|d| d.checked_add_days(Days::new(rng.random_range(0..200))));
        let result = match rng.random_range(0..10) {
            0..=3 => {
                let mut fields = fields_of(&current);
                fields.partner_id = partners[rng.random_range(0..partners.len())];
                if rng.random_bool(0.8) || !matches!(current.status, Status::Proposed) {
                    fields.deadline = deadline;
                }
                fields.sector_ids = sectors
                    .iter()
                    .copied()
                    .filter(|_| rng.random_bool(0.3))
                    .collect();
                store
                    .update_initiative(
                        id,
                        current.version,
                        &fields,
                        "The partner asked for time",
                        None,
                        on,
                    )
                    .await
                    .map(|_| ())
            }
            4..=8 => {
                let targets = current.status.next();
                let to = targets[rng.random_range(0..targets.len())];
                let input = StatusChangeInput {
                    to_status: to.as_str().into(),
                    note: format!("Writer {seed}, round {round}"),
                    evidence_url: "https://example.org/evidence".into(),
                };
                store
                    .change_status(id, current.version, &input, None, on)
                    .await
                    .map(|_| ())
            }
            _ => {
                let mut fields = fields_of(&current);
                fields.title = format!("Writer {seed}, round {round}");
                fields.deadline = deadline;
                store
                    .create_initiative(
                        &NewInitiative {
                            fields,
                            status: Status::Active,
                        },
                        None,
                        on,
                    )
                    .await
                    .map(|_| ())
            }
        };
        match result {
            Ok(()) => written += 1,
            Err(StoreError::Conflict(_) | StoreError::Invalid(_)) => {}
            Err(other) => panic!("writer {seed}: {other}"),
        }
    }
    written
}

async fn the_summary_equals_a_fresh_count_after_concurrent_changes_and_day_moves(store: &Store) {
    seed::seed_demo(store, TODAY).await.expect("demo");
    // The first dashboard builds it.
    assert_summary_is_fresh(store, TODAY, "built from the demo").await;

    // Four writers at once while the day moves forward three times.
    let mut written = 0;
    for step in 1..=3 {
        let today = day(step * 3);
        let writers: Vec<_> = (0..4)
            .map(|w| tokio::spawn(writer(store.clone(), step * 10 + w, 12, today)))
            .collect();
        let mover = {
            let store = store.clone();
            tokio::spawn(async move { store.summary_figures(today).await.map(|f| f.is_some()) })
        };
        for writer in writers {
            written += writer.await.expect("writer");
        }
        assert!(
            mover.await.expect("mover").expect("move"),
            "moved to {today}"
        );
        assert_summary_is_fresh(store, today, &format!("after writers, step {step}")).await;
    }
    assert!(written > 40, "the writers changed things ({written})");

    // A day at a time over a month, each day's boundaries crossed.
    for offset in 10..40 {
        assert_summary_is_fresh(store, day(offset), "moved a day").await;
    }
    // After a long gap: rebuilt.
    assert_summary_is_fresh(store, day(200), "after a long gap").await;
    // A clock behind the summary's day: not used; the dashboard counts directly.
    assert_eq!(
        store.summary_figures(day(199)).await.expect("summary"),
        None
    );
    assert_eq!(
        store
            .summary_matrix(day(199), &[(1, 0)])
            .await
            .expect("matrix"),
        None
    );
    assert!(
        !store
            .dashboard_counts_where(day(199), &InitiativeFilter::default())
            .await
            .expect("direct")
            .is_empty()
    );
}
