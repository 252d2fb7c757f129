//! The list and dashboard queries stay on indexes: SQLite's plans never scan the initiatives
//! table itself (only an index, and for sorted pages that walk stops at the LIMIT).

use super::*;
use crate::domain::{Health, Status};
use crate::server::store::Db;
use crate::server::store::test_support::{TODAY, TestDb};

/// Plan lines of `sql` that read the initiatives table without an index.
async fn table_scans(
    pool: &sqlx::SqlitePool,
    sql: &str,
    args: &[Arg],
) -> (Vec<String>, Vec<String>) {
    let explain = format!("EXPLAIN QUERY PLAN {sql}");
    let rows: Vec<(i64, i64, i64, String)> = bind_all!(sqlx::query_as(&explain), args)
        .fetch_all(pool)
        .await
        .expect("explain");
    let plan: Vec<String> = rows.into_iter().map(|row| row.3).collect();
    let scans = plan
        .iter()
        .filter(|line| {
            (line.starts_with("SCAN i ")
                || line == &"SCAN i"
                || line.starts_with("SCAN initiatives"))
                && !line.contains("USING INDEX")
                && !line.contains("USING COVERING INDEX")
        })
        .cloned()
        .collect();
    (scans, plan)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_and_dashboard_queries_use_indexes_on_sqlite() {
    let db = TestDb::sqlite().await;
    db.store
        .seed_synthetic(3_000, 1, TODAY)
        .await
        .expect("synthetic");
    let Db::Sqlite(pool) = db.store.db() else {
        panic!("SQLite test database")
    };
    let partner_id = db
        .store
        .partner_by_slug("synthetic-03")
        .await
        .expect("partner")
        .expect("exists")
        .id;
    let sector_id = db.store.list_sectors().await.expect("sectors")[2].id;

    let all = InitiativeFilter::default();
    let mut filters = vec![
        all.clone(),
        InitiativeFilter {
            partner_id: Some(partner_id),
            ..all.clone()
        },
        InitiativeFilter {
            status: Some(Status::Blocked),
            ..all.clone()
        },
        InitiativeFilter {
            partner_id: Some(partner_id),
            status: Some(Status::Active),
            ..all.clone()
        },
        InitiativeFilter {
            owner_id: Some(3),
            ..all.clone()
        },
        InitiativeFilter {
            sector_id: Some(sector_id),
            ..all.clone()
        },
        InitiativeFilter {
            meeting_id: Some(1),
            ..all.clone()
        },
    ];
    for health in [Health::Overdue, Health::DueSoon, Health::Stale] {
        filters.push(InitiativeFilter {
            health: Some(health),
            ..all.clone()
        });
        filters.push(InitiativeFilter {
            health: Some(health),
            partner_id: Some(partner_id),
            ..all.clone()
        });
    }
    let mut failures = Vec::new();
    for filter in &filters {
        for sort in InitiativeSort::ALL.iter().copied() {
            for (sql, args) in list_statements(filter, sort, TODAY) {
                let (scans, plan) = table_scans(pool, &sql, &args).await;
                if !scans.is_empty() {
                    failures.push(format!(
                        "{filter:?} {sort:?}\n  {sql}\n  {}",
                        plan.join("\n  ")
                    ));
                }
            }
        }
    }
    // Moving the dashboard summary a day forward reads index ranges only.
    let moved = crate::domain::summary::DayMove::between(TODAY, TODAY + chrono::Days::new(1))
        .expect("a move");
    let (sql, args) = crate::server::store::summary::day_move_statement(&moved);
    let (scans, plan) = table_scans(pool, &sql, &args).await;
    if !scans.is_empty() {
        failures.push(format!("summary day move\n  {}", plan.join("\n  ")));
    }
    db.cleanup().await;
    assert!(
        failures.is_empty(),
        "queries that scan the initiatives table:\n{}",
        failures.join("\n\n")
    );
}
