//! The list and dashboard queries stay on indexes: SQLite's plans never scan the initiatives
//! table itself (only an index, and for sorted pages that walk stops at the LIMIT).

use super::super::search::{Dialect, SearchPlan};
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
                && !line.contains("VIRTUAL TABLE")
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
            for (sql, args) in
                list_statements(Dialect::Sqlite, filter, sort, TODAY, SearchPlan::ByMatches)
            {
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
    // A text search reads the three full-text indexes and then initiatives by id.
    let searched = InitiativeFilter {
        text: "Astana forum".into(),
        ..all.clone()
    };
    let plans = [SearchPlan::ByMatches, SearchPlan::ByOrder];
    for (sort, plan) in InitiativeSort::ALL
        .iter()
        .flat_map(|s| plans.map(|p| (*s, p)))
    {
        for (sql, args) in list_statements(Dialect::Sqlite, &searched, sort, TODAY, plan) {
            let (scans, plan) = table_scans(pool, &sql, &args).await;
            let text = plan.join("\n  ");
            let uses_every_index = ["initiatives_search", "updates_search", "meetings_search"]
                .iter()
                .all(|index| text.contains(&format!("SCAN {index} VIRTUAL TABLE INDEX")));
            if !scans.is_empty() || !uses_every_index {
                failures.push(format!("text search {sort:?} {plan:?}\n  {sql}\n  {text}"));
            }
        }
    }
    // A search with a status filter checks each match's status in the narrow partial index
    // (the count, and the ranked page), and no other statement uses that index: offered to a
    // status-filtered list sorted by date, SQLite's planner sorted every row of the status.
    let searched_by_status = InitiativeFilter {
        status: Some(Status::Active),
        ..searched.clone()
    };
    for (sort, plan) in InitiativeSort::ALL
        .iter()
        .flat_map(|s| plans.map(|p| (*s, p)))
    {
        for (sql, args) in list_statements(Dialect::Sqlite, &searched_by_status, sort, TODAY, plan)
        {
            let (scans, plan) = table_scans(pool, &sql, &args).await;
            let text = plan.join("\n  ");
            let counts_or_ranks = sql.contains("COUNT(*)");
            let probes = text.contains("USING COVERING INDEX initiatives_by_status_and_id");
            if !scans.is_empty() || counts_or_ranks != probes {
                failures.push(format!(
                    "text search and status {sort:?}\n  {sql}\n  {text}"
                ));
            }
        }
    }
    for filter in &filters {
        for sort in InitiativeSort::ALL.iter().copied() {
            for (sql, args) in
                list_statements(Dialect::Sqlite, filter, sort, TODAY, SearchPlan::ByMatches)
            {
                let (_, plan) = table_scans(pool, &sql, &args).await;
                if plan
                    .iter()
                    .any(|line| line.contains("initiatives_by_status_and_id"))
                {
                    failures.push(format!("{filter:?} {sort:?} uses the search's index"));
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

/// PostgreSQL answers a text search from its GIN indexes, not by reading every row's text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_text_search_uses_the_full_text_indexes_on_postgres() {
    let db = TestDb::postgres().await;
    db.store
        .seed_synthetic(3_000, 1, TODAY)
        .await
        .expect("synthetic");
    let Db::Postgres(pool) = db.store.db() else {
        panic!("PostgreSQL test database")
    };
    // Meetings with readouts, so that reading them all would cost what it does in an office.
    sqlx::query(
        "INSERT INTO meetings (held_on, title, partner_id, readout, created_at) \
         SELECT DATE '2026-01-01' + g, 'Meeting ' || g, (SELECT min(id) FROM partners), \
                'The parties agreed on step ' || g || ' of the road map.', now() \
         FROM generate_series(1, 3000) g",
    )
    .execute(pool)
    .await
    .expect("meetings");
    sqlx::query("ANALYZE").execute(pool).await.expect("analyze");
    let searched = InitiativeFilter {
        text: "Қазақстан forum".into(),
        ..InitiativeFilter::default()
    };
    let mut failures = Vec::new();
    let statements = [InitiativeSort::Deadline, InitiativeSort::Relevance]
        .into_iter()
        .flat_map(|sort| {
            list_statements(
                Dialect::Postgres,
                &searched,
                sort,
                TODAY,
                SearchPlan::ByMatches,
            )
        });
    for (sql, args) in statements {
        let explain = format!("EXPLAIN {sql}");
        let plan: Vec<String> = bind_all!(sqlx::query_scalar(&explain), &args)
            .fetch_all(pool)
            .await
            .expect("explain");
        let text = plan.join("\n  ");
        for index in ["initiatives_search", "updates_search", "meetings_search"] {
            if !text.contains(&format!("Bitmap Index Scan on {index}")) {
                failures.push(format!("{index} unused:\n  {sql}\n  {text}"));
            }
        }
    }
    db.cleanup().await;
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Both ways of reading a text search's page give the same pages, in every order.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_search_plans_read_the_same_pages() {
    let db = TestDb::sqlite().await;
    db.store
        .seed_synthetic(3_000, 1, TODAY)
        .await
        .expect("synthetic");
    let filters = [
        InitiativeFilter {
            text: "hydrogen".into(),
            ..InitiativeFilter::default()
        },
        InitiativeFilter {
            text: "forum green".into(),
            status: Some(Status::Active),
            hide_restricted: true,
            ..InitiativeFilter::default()
        },
    ];
    for filter in &filters {
        let total = db
            .store
            .count_initiatives(filter, TODAY)
            .await
            .expect("count");
        assert!(total > 20, "{filter:?} matches {total}");
        for sort in InitiativeSort::ALL.iter().copied() {
            let mut pages = Vec::new();
            for plan in [SearchPlan::ByMatches, SearchPlan::ByOrder] {
                let mut ids = Vec::new();
                let mut after = None;
                loop {
                    let scope = db.store.partner_scope(filter).await.expect("scope");
                    let PageRows { rows, next, .. } = db
                        .store
                        .read_page(
                            filter,
                            (sort, after.as_ref()),
                            17,
                            TODAY,
                            (plan, scope.as_deref()),
                        )
                        .await
                        .expect("page");
                    ids.extend(rows.iter().map(|row| row.id));
                    match next {
                        Some(cursor) => after = Some(cursor),
                        None => break,
                    }
                }
                assert_eq!(ids.len() as i64, total, "{plan:?} {sort:?}");
                pages.push(ids);
            }
            assert_eq!(pages[0], pages[1], "{filter:?} {sort:?}");
        }
    }
    db.cleanup().await;
}
