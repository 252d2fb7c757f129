//! The initiative part of the store contract, run against real SQLite and real PostgreSQL.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::Store;
use super::test_support::{TODAY, every_initiative, on_both_databases};
use crate::domain::dashboard::Tally;
use crate::domain::{
    Confidentiality, Cursor, Health, Initiative, InitiativeFields, InitiativeFilter,
    InitiativeSort, NewInitiative, NewPartner, NewUser, Obligor, PartnerKind, Role, Status,
    StatusChangeInput, Strength, WorldRegion,
};
use crate::error::AppError;
use crate::server::seed;
use crate::server::store::StoreError;

on_both_databases!(
    an_initiative_round_trips_with_its_first_history_entry,
    references_only_the_database_can_check_are_field_errors,
    a_stale_version_is_a_conflict_carrying_the_current_record,
    status_changes_follow_the_rules_and_are_recorded,
    the_audit_trail_refuses_update_and_delete,
    racing_updates_at_one_version_let_exactly_one_win,
    filters_cover_partner_children_sector_status_health_owner_and_text,
    keyset_pages_cover_every_row_once_in_order,
    dashboard_counts_equal_a_fresh_count_on_demo_data_and_after_random_updates,
    filtered_dashboard_figures_equal_a_fresh_count,
    what_changed_since_lists_exactly_what_happened,
    the_synthetic_seed_is_deterministic_and_tallied,
);

fn day(offset: i64) -> NaiveDate {
    if offset >= 0 {
        TODAY
            .checked_add_days(Days::new(offset as u64))
            .expect("date")
    } else {
        TODAY
            .checked_sub_days(Days::new(offset.unsigned_abs()))
            .expect("date")
    }
}

struct World {
    belgium: i64,
    flanders: i64,
    port: i64,
    mongolia: i64,
    officer: i64,
    other_officer: i64,
    sectors: Vec<i64>,
}

async fn world(store: &Store) -> World {
    let partner = |slug: &str, parent: Option<i64>| NewPartner {
        slug: slug.into(),
        name: slug.to_uppercase(),
        kind: if parent.is_some() {
            PartnerKind::Region
        } else {
            PartnerKind::Country
        },
        iso_code: None,
        parent_id: parent,
        world_region: WorldRegion::Europe,
    };
    let belgium = store
        .create_partner(&partner("belgium", None), None)
        .await
        .expect("belgium")
        .id;
    let flanders = store
        .create_partner(&partner("flanders", Some(belgium)), None)
        .await
        .expect("flanders")
        .id;
    let port = store
        .create_partner(&partner("port", Some(flanders)), None)
        .await
        .expect("port")
        .id;
    let mongolia = store
        .create_partner(&partner("mongolia", None), None)
        .await
        .expect("mongolia")
        .id;
    let user = |email: &str| NewUser {
        email: email.into(),
        display_name: email.into(),
        role: Role::Officer,
    };
    let officer = store
        .create_user(&user("a@x.kz"), None)
        .await
        .expect("officer")
        .id;
    let other_officer = store
        .create_user(&user("b@x.kz"), None)
        .await
        .expect("officer")
        .id;
    let sectors = store
        .list_sectors()
        .await
        .expect("sectors")
        .into_iter()
        .map(|s| s.id)
        .collect();
    World {
        belgium,
        flanders,
        port,
        mongolia,
        officer,
        other_officer,
        sectors,
    }
}

fn fields(
    world: &World,
    title: &str,
    partner_id: i64,
    deadline: Option<NaiveDate>,
) -> InitiativeFields {
    InitiativeFields {
        title: title.into(),
        description: format!("About {title}"),
        partner_id,
        meeting_id: None,
        owner_id: Some(world.officer),
        deadline,
        sector_ids: vec![world.sectors[0]],
        obligor: Obligor::Joint,
        strength: Strength::Firm,
        confidentiality: Confidentiality::Internal,
        next_review_on: None,
    }
}

async fn create(
    store: &Store,
    fields: InitiativeFields,
    status: Status,
    on: NaiveDate,
) -> Initiative {
    store
        .create_initiative(&NewInitiative { fields, status }, None, on)
        .await
        .expect("create initiative")
}

fn change(to: Status, note: &str, evidence: &str) -> StatusChangeInput {
    StatusChangeInput {
        to_status: to.as_str().into(),
        note: note.into(),
        evidence_url: evidence.into(),
    }
}

fn invalid_fields(error: StoreError) -> Vec<String> {
    match error {
        StoreError::Invalid(AppError::Validation(fields)) => {
            fields.iter().map(|(f, _)| f.to_owned()).collect()
        }
        other => panic!("expected a validation error, got {other:?}"),
    }
}

async fn an_initiative_round_trips_with_its_first_history_entry(store: &Store) {
    let w = world(store).await;
    let mut f = fields(&w, "Container shuttle study", w.port, Some(day(30)));
    f.sector_ids = vec![w.sectors[2], w.sectors[0]];
    f.sector_ids.sort_unstable();
    let created = create(store, f.clone(), Status::Active, TODAY).await;
    let read = store.initiative(created.id).await.expect("read");
    assert_eq!(read, created);
    assert_eq!(read.title, f.title);
    assert_eq!(read.sector_ids, f.sector_ids);
    assert_eq!(read.version, 1);
    assert_eq!(read.last_activity_on, TODAY);
    assert_eq!(read.partner_name, "PORT");
    assert_eq!(read.health(TODAY), Health::OnTrack);
    let (updates, events) = store.initiative_history(created.id).await.expect("history");
    assert_eq!(updates.len(), 1);
    assert_eq!(
        (updates[0].from_status, updates[0].to_status),
        (None, Status::Active)
    );
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].action, "create");
    assert!(events[0].changes.contains("Container shuttle study"));
    assert!(matches!(
        store.initiative(987_654).await,
        Err(StoreError::NotFound(_))
    ));
}

async fn references_only_the_database_can_check_are_field_errors(store: &Store) {
    let w = world(store).await;
    let mut f = fields(&w, "Ghost", 999_999, Some(day(10)));
    f.owner_id = Some(999_999);
    f.sector_ids = vec![999_999];
    f.meeting_id = Some(999_999);
    let error = store
        .create_initiative(
            &NewInitiative {
                fields: f,
                status: Status::Active,
            },
            None,
            TODAY,
        )
        .await
        .expect_err("invalid references");
    let mut names = invalid_fields(error);
    names.sort();
    assert_eq!(
        names,
        ["meeting_id", "owner_id", "partner_id", "sector_ids"]
    );

    let meeting = store
        .create_meeting(
            &crate::domain::NewMeeting {
                held_on: day(5),
                title: "Later meeting".into(),
                location: None,
                partner_id: w.flanders,
                summary: None,
                readout: None,
                source_url: None,
                participants: vec![],
                confidentiality: crate::domain::Confidentiality::Internal,
            },
            None,
        )
        .await
        .expect("meeting");
    let mut early = fields(&w, "Due before the meeting", w.flanders, Some(day(4)));
    early.meeting_id = Some(meeting);
    let error = store
        .create_initiative(
            &NewInitiative {
                fields: early,
                status: Status::Active,
            },
            None,
            TODAY,
        )
        .await
        .expect_err("deadline before meeting");
    assert_eq!(invalid_fields(error), ["deadline"]);
    let page = store
        .list_initiatives(
            &InitiativeFilter::default(),
            InitiativeSort::Deadline,
            None,
            50,
            TODAY,
        )
        .await
        .expect("list");
    assert_eq!(page.total, 0, "nothing was written");
}

async fn a_stale_version_is_a_conflict_carrying_the_current_record(store: &Store) {
    let w = world(store).await;
    let created = create(
        store,
        fields(&w, "Original", w.flanders, Some(day(20))),
        Status::Active,
        TODAY,
    )
    .await;
    let mut first = fields(&w, "First edit", w.flanders, Some(day(20)));
    first.owner_id = Some(w.other_officer);
    let saved = store
        .update_initiative(created.id, 1, &first, None, TODAY)
        .await
        .expect("first save");
    assert_eq!(saved.version, 2);
    assert_eq!(saved.owner_id, Some(w.other_officer));

    let second = fields(
        &w,
        "Second edit from a stale page",
        w.flanders,
        Some(day(20)),
    );
    match store
        .update_initiative(created.id, 1, &second, None, TODAY)
        .await
    {
        Err(StoreError::Conflict(current)) => assert_eq!(*current, saved),
        other => panic!("expected a conflict, got {other:?}"),
    }
    match store
        .change_status(
            created.id,
            1,
            &change(Status::Blocked, "why", ""),
            None,
            TODAY,
        )
        .await
    {
        Err(StoreError::Conflict(current)) => assert_eq!(current.version, 2),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(
        store.initiative(created.id).await.expect("read").title,
        "First edit"
    );
    let (_, events) = store.initiative_history(created.id).await.expect("history");
    assert_eq!(
        events.len(),
        2,
        "create and one update; the conflicts wrote nothing"
    );
    assert!(events[0].changes.contains("owner_id"));

    // Moving an initiative to another partner moves its tally.
    let moved = fields(&w, "First edit", w.mongolia, Some(day(20)));
    store
        .update_initiative(created.id, 2, &moved, None, TODAY)
        .await
        .expect("move");
    assert_eq!(tally(store).await, fresh_tally(store).await);
}

async fn status_changes_follow_the_rules_and_are_recorded(store: &Store) {
    let w = world(store).await;
    let mut f = fields(&w, "Unscheduled idea", w.flanders, None);
    f.owner_id = None;
    let proposed = create(store, f, Status::Proposed, day(-90)).await;
    let error = store
        .change_status(proposed.id, 1, &change(Status::Active, "", ""), None, TODAY)
        .await
        .expect_err("needs a deadline");
    assert_eq!(invalid_fields(error), ["deadline"]);

    let active = create(
        store,
        fields(&w, "Scheduled", w.flanders, Some(day(40))),
        Status::Active,
        day(-3),
    )
    .await;
    let error = store
        .change_status(active.id, 1, &change(Status::Blocked, " ", ""), None, TODAY)
        .await
        .expect_err("reason");
    assert_eq!(invalid_fields(error), ["note"]);
    let error = store
        .change_status(
            active.id,
            1,
            &change(Status::Completed, "", ""),
            None,
            TODAY,
        )
        .await
        .expect_err("evidence");
    assert_eq!(invalid_fields(error), ["evidence_url"]);
    let error = store
        .change_status(
            active.id,
            1,
            &change(Status::Completed, "", "javascript:alert(1)"),
            None,
            TODAY,
        )
        .await
        .expect_err("bad link");
    assert_eq!(invalid_fields(error), ["evidence_url"]);

    let blocked = store
        .change_status(
            active.id,
            1,
            &change(Status::Blocked, "Waiting for visas", ""),
            None,
            TODAY,
        )
        .await
        .expect("block");
    assert_eq!(blocked.blocked_reason.as_deref(), Some("Waiting for visas"));
    let done = store
        .change_status(
            active.id,
            2,
            &change(Status::Completed, "", "https://example.org/signed"),
            None,
            TODAY,
        )
        .await
        .expect("complete");
    assert_eq!(
        (done.status, done.completed_on, done.blocked_reason.clone()),
        (Status::Completed, Some(TODAY), None)
    );
    let reopened = store
        .change_status(
            active.id,
            3,
            &change(Status::Active, "Second phase", ""),
            None,
            TODAY,
        )
        .await
        .expect("reopen");
    assert_eq!(
        (reopened.status, reopened.completed_on),
        (Status::Active, None)
    );
    let noted = store
        .change_status(
            active.id,
            4,
            &change(Status::Active, "Call held", ""),
            None,
            TODAY,
        )
        .await
        .expect("note");
    assert_eq!(noted.version, 5);

    let (updates, events) = store.initiative_history(active.id).await.expect("history");
    let path: Vec<(Option<Status>, Status)> = updates
        .iter()
        .rev()
        .map(|u| (u.from_status, u.to_status))
        .collect();
    assert_eq!(
        path,
        [
            (None, Status::Active),
            (Some(Status::Active), Status::Blocked),
            (Some(Status::Blocked), Status::Completed),
            (Some(Status::Completed), Status::Active),
            (None, Status::Active),
        ]
    );
    assert_eq!(
        updates[2].evidence_url.as_deref(),
        Some("https://example.org/signed")
    );
    assert_eq!(events.len(), 5);
    assert_eq!(events[0].action, "note");
    assert_eq!(events[1].action, "status");
    assert_eq!(tally(store).await, fresh_tally(store).await);
}

async fn the_audit_trail_refuses_update_and_delete(store: &Store) {
    let w = world(store).await;
    let created = create(
        store,
        fields(&w, "Audited", w.flanders, Some(day(9))),
        Status::Active,
        TODAY,
    )
    .await;
    let update = super::with_db!(store.db(), pool => {
        sqlx::query("UPDATE audit_events SET action = 'forged' WHERE entity_id = $1").bind(created.id).execute(pool).await.map(|_| ())
    });
    let delete = super::with_db!(store.db(), pool => {
        sqlx::query("DELETE FROM audit_events WHERE entity_id = $1").bind(created.id).execute(pool).await.map(|_| ())
    });
    for result in [update, delete] {
        let error = result.expect_err("the database refuses");
        assert!(error.to_string().contains("append-only"), "{error}");
    }
    let (_, events) = store.initiative_history(created.id).await.expect("history");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].action, "create");
}

async fn racing_updates_at_one_version_let_exactly_one_win(store: &Store) {
    let w = world(store).await;
    let created = create(
        store,
        fields(&w, "Contested", w.flanders, Some(day(50))),
        Status::Active,
        TODAY,
    )
    .await;
    let mut tasks = Vec::new();
    for n in 0..100 {
        let store = store.clone();
        let id = created.id;
        tasks.push(tokio::spawn(async move {
            let input = change(Status::Active, &format!("Note {n}"), "");
            store.change_status(id, 1, &input, None, TODAY).await
        }));
    }
    let (mut wins, mut conflicts) = (Vec::new(), 0);
    for task in tasks {
        match task.await.expect("task") {
            Ok(initiative) => wins.push(initiative),
            Err(StoreError::Conflict(_)) => conflicts += 1,
            Err(other) => panic!("unexpected error: {other}"),
        }
    }
    assert_eq!((wins.len(), conflicts), (1, 99));
    let current = store.initiative(created.id).await.expect("read");
    assert_eq!(current.version, 2);
    let (updates, events) = store.initiative_history(created.id).await.expect("history");
    assert_eq!(updates.len(), 2, "the creation and the one winning note");
    assert_eq!(events.len(), 2, "one audit row per success");
    let audited: serde_json::Value = serde_json::from_str(&events[0].changes).expect("audit JSON");
    assert_eq!(audited["note"][1], serde_json::json!(updates[0].note));
}

async fn filters_cover_partner_children_sector_status_health_owner_and_text(store: &Store) {
    let w = world(store).await;
    let overdue = create(
        store,
        fields(&w, "Overdue freight", w.port, Some(day(-3))),
        Status::Active,
        day(-10),
    )
    .await;
    let mut soon = fields(&w, "Due soon forum", w.flanders, Some(day(7)));
    soon.sector_ids = vec![w.sectors[1]];
    soon.owner_id = Some(w.other_officer);
    let due_soon = create(store, soon, Status::Active, day(-1)).await;
    let stale = create(
        store,
        fields(&w, "Stale study", w.belgium, Some(day(200))),
        Status::Active,
        day(-61),
    )
    .await;
    let mut hidden = fields(&w, "Restricted talks 100%", w.mongolia, Some(day(100)));
    hidden.confidentiality = Confidentiality::Restricted;
    let on_track = create(store, hidden, Status::Active, day(-2)).await;
    let done = create(
        store,
        fields(&w, "Finished memo", w.mongolia, Some(day(30))),
        Status::Active,
        TODAY,
    )
    .await;
    store
        .change_status(
            done.id,
            1,
            &change(Status::Completed, "Signed", ""),
            None,
            TODAY,
        )
        .await
        .expect("complete");

    let ids = |filter: InitiativeFilter| async move {
        let page = store
            .list_initiatives(&filter, InitiativeSort::Deadline, None, 50, TODAY)
            .await
            .expect("list");
        assert_eq!(
            page.total,
            page.rows.len() as i64,
            "total matches for {filter:?}"
        );
        page.rows.into_iter().map(|r| r.id).collect::<Vec<_>>()
    };
    let all = InitiativeFilter::default();
    assert_eq!(
        ids(all.clone()).await,
        [overdue.id, due_soon.id, done.id, on_track.id, stale.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            partner_id: Some(w.belgium),
            ..all.clone()
        })
        .await,
        [overdue.id, due_soon.id, stale.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            partner_id: Some(w.flanders),
            ..all.clone()
        })
        .await,
        [overdue.id, due_soon.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            sector_id: Some(w.sectors[1]),
            ..all.clone()
        })
        .await,
        [due_soon.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            status: Some(Status::Completed),
            ..all.clone()
        })
        .await,
        [done.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            owner_id: Some(w.other_officer),
            ..all.clone()
        })
        .await,
        [due_soon.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            text: "FREIGHT".into(),
            ..all.clone()
        })
        .await,
        [overdue.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            text: "about stale".into(),
            ..all.clone()
        })
        .await,
        [stale.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            text: "100%".into(),
            ..all.clone()
        })
        .await,
        [on_track.id]
    );
    assert_eq!(
        ids(InitiativeFilter {
            hide_restricted: true,
            ..all.clone()
        })
        .await
        .len(),
        4
    );
    for (health, expected) in [
        (Health::Overdue, vec![overdue.id]),
        (Health::DueSoon, vec![due_soon.id]),
        (Health::Stale, vec![stale.id]),
        (Health::OnTrack, vec![on_track.id]),
        (Health::Closed, vec![done.id]),
    ] {
        assert_eq!(
            ids(InitiativeFilter {
                health: Some(health),
                ..all.clone()
            })
            .await,
            expected,
            "{health:?}"
        );
    }
    let page = store
        .list_initiatives(&all, InitiativeSort::Deadline, None, 50, TODAY)
        .await
        .expect("list");
    let healths: Vec<Health> = page.rows.iter().map(|r| r.health).collect();
    assert_eq!(
        healths,
        [
            Health::Overdue,
            Health::DueSoon,
            Health::Closed,
            Health::OnTrack,
            Health::Stale
        ]
    );
}

async fn keyset_pages_cover_every_row_once_in_order(store: &Store) {
    let w = world(store).await;
    for n in 0..23 {
        let deadline = (n % 4 != 0).then(|| day(n % 7));
        let mut f = fields(&w, &format!("Item {:02}", 22 - n), w.flanders, deadline);
        if deadline.is_none() {
            f.owner_id = None;
        }
        create(
            store,
            f,
            if deadline.is_some() {
                Status::Active
            } else {
                Status::Proposed
            },
            TODAY,
        )
        .await;
    }
    for sort in InitiativeSort::ALL.iter().copied() {
        let mut seen = Vec::new();
        let mut cursor: Option<Cursor> = None;
        loop {
            let page = store
                .list_initiatives(
                    &InitiativeFilter::default(),
                    sort,
                    cursor.as_ref(),
                    5,
                    TODAY,
                )
                .await
                .expect("page");
            assert_eq!(page.total, 23);
            assert!(page.rows.len() <= 5);
            seen.extend(page.rows);
            match page.next {
                Some(next) => cursor = Some(next),
                None => break,
            }
        }
        assert_eq!(seen.len(), 23, "{sort:?}");
        let mut ids: Vec<i64> = seen.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 23, "no row twice under {sort:?}");
        let sorted = |a: &crate::domain::InitiativeSummary,
                      b: &crate::domain::InitiativeSummary| match sort {
            InitiativeSort::Deadline => {
                (a.deadline.unwrap_or(NaiveDate::MAX), a.id)
                    <= (b.deadline.unwrap_or(NaiveDate::MAX), b.id)
            }
            InitiativeSort::Updated => (a.updated_at, a.id) >= (b.updated_at, b.id),
            InitiativeSort::Title => (&a.title, a.id) <= (&b.title, b.id),
        };
        assert!(
            seen.windows(2).all(|pair| sorted(&pair[0], &pair[1])),
            "{sort:?} order"
        );
    }
}

async fn tally(store: &Store) -> BTreeMap<(i64, String), i64> {
    super::with_db!(store.db(), pool => {
        let rows: Vec<(i64, String, i64)> =
            sqlx::query_as("SELECT partner_id, status, n FROM partner_status_counts WHERE n <> 0")
                .fetch_all(pool)
                .await
                .expect("tally");
        rows.into_iter().map(|(p, s, n)| ((p, s), n)).collect()
    })
}

async fn fresh_tally(store: &Store) -> BTreeMap<(i64, String), i64> {
    super::with_db!(store.db(), pool => {
        let rows: Vec<(i64, String, i64)> =
            sqlx::query_as("SELECT partner_id, status, COUNT(*) FROM initiatives GROUP BY partner_id, status")
                .fetch_all(pool)
                .await
                .expect("fresh count");
        rows.into_iter().map(|(p, s, n)| ((p, s), n)).collect()
    })
}

/// The dashboard, counted the slow way: every initiative read and classified in Rust.
async fn fresh_dashboard(store: &Store, today: NaiveDate) -> Vec<Tally> {
    let ids: Vec<i64> = super::with_db!(store.db(), pool => {
        sqlx::query_scalar("SELECT id FROM initiatives").fetch_all(pool).await.expect("ids")
    });
    let mut counts: BTreeMap<(i64, Status, Health), i64> = BTreeMap::new();
    for id in ids {
        let i = store.initiative(id).await.expect("read");
        *counts
            .entry((i.partner_id, i.status, i.health(today)))
            .or_default() += 1;
    }
    counts
        .into_iter()
        .map(|((partner_id, status, health), count)| Tally {
            partner_id,
            status,
            health,
            count,
        })
        .collect()
}

async fn dashboard_counts_equal_a_fresh_count_on_demo_data_and_after_random_updates(store: &Store) {
    use rand::{Rng, SeedableRng};
    seed::seed_demo(store, TODAY).await.expect("demo");
    assert_eq!(
        store
            .dashboard_counts_where(TODAY, &InitiativeFilter::default())
            .await
            .expect("dashboard"),
        fresh_dashboard(store, TODAY).await
    );
    let demo_counts = store
        .dashboard_counts_where(TODAY, &InitiativeFilter::default())
        .await
        .expect("dashboard");
    for health in [
        Health::Overdue,
        Health::DueSoon,
        Health::Stale,
        Health::OnTrack,
        Health::Closed,
    ] {
        assert!(
            demo_counts.iter().any(|c| c.health == health),
            "the demo has something {health:?}"
        );
    }

    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
    let partners: Vec<i64> = store
        .list_partners()
        .await
        .expect("partners")
        .into_iter()
        .map(|p| p.id)
        .collect();
    for step in 0..60 {
        let page = store
            .list_initiatives(
                &InitiativeFilter::default(),
                InitiativeSort::Deadline,
                None,
                200,
                TODAY,
            )
            .await
            .expect("list");
        let pick = &page.rows[rng.random_range(0..page.rows.len())];
        let current = store.initiative(pick.id).await.expect("read");
        let on = day(-rng.random_range(0..90));
        if rng.random_bool(0.3) {
            let mut f = InitiativeFields {
                title: current.title.clone(),
                description: current.description.clone(),
                partner_id: partners[rng.random_range(0..partners.len())],
                meeting_id: None,
                owner_id: current.owner_id,
                deadline: current.deadline.map(|_| day(rng.random_range(-30..60))),
                sector_ids: current.sector_ids.clone(),
                obligor: current.obligor,
                strength: current.strength,
                confidentiality: current.confidentiality,
                next_review_on: None,
            };
            if f.deadline.is_none() && matches!(current.status, Status::Active | Status::Blocked) {
                f.deadline = Some(day(5));
            }
            store
                .update_initiative(current.id, current.version, &f, None, on)
                .await
                .expect("edit");
        } else {
            let targets = current.status.next();
            let to = targets[rng.random_range(0..targets.len())];
            let input = change(to, &format!("Step {step}"), "https://example.org/evidence");
            match store
                .change_status(current.id, current.version, &input, None, on)
                .await
            {
                Ok(_) | Err(StoreError::Invalid(_)) => {}
                Err(other) => panic!("unexpected: {other}"),
            }
        }
        assert_eq!(
            tally(store).await,
            fresh_tally(store).await,
            "after step {step}"
        );
    }
    for today in [TODAY, day(30), day(-45)] {
        assert_eq!(
            store
                .dashboard_counts_where(today, &InitiativeFilter::default())
                .await
                .expect("dashboard"),
            fresh_dashboard(store, today).await
        );
    }
}

async fn filtered_dashboard_figures_equal_a_fresh_count(store: &Store) {
    use crate::domain::WorldRegion;
    use crate::domain::dashboard::{Extra, MatrixCell};
    use rand::{Rng, SeedableRng};
    seed::seed_demo(store, TODAY).await.expect("demo");
    // Complete some open initiatives on random days, some before and some after their deadline.
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(11);
    for initiative in every_initiative(store).await {
        let open = matches!(initiative.status, Status::Active | Status::Blocked);
        if open && rng.random_bool(0.6) {
            // Overdue ones finish late, today; the others on some day before.
            let on = match initiative.deadline {
                Some(deadline) if deadline < TODAY => TODAY,
                _ => day(rng.random_range(-60..=0)),
            };
            match store
                .change_status(
                    initiative.id,
                    initiative.version,
                    &change(Status::Completed, "Done", "https://example.org/evidence"),
                    None,
                    on,
                )
                .await
            {
                Ok(_) | Err(StoreError::Invalid(_)) => {}
                Err(other) => panic!("unexpected: {other}"),
            }
        }
    }
    let partners = store.list_partners().await.expect("partners");
    let region_of = |partner_id: i64| {
        partners
            .iter()
            .find(|p| p.id == partner_id)
            .map(|p| p.world_region)
    };
    let all = every_initiative(store).await;
    let sector = all
        .iter()
        .flat_map(|i| i.sector_ids.iter().copied())
        .next()
        .expect("a sector in use");
    let owner = all.iter().find_map(|i| i.owner_id).expect("an owner");
    let filters = [
        InitiativeFilter::default(),
        InitiativeFilter {
            sector_id: Some(sector),
            ..Default::default()
        },
        InitiativeFilter {
            owner_id: Some(owner),
            ..Default::default()
        },
        InitiativeFilter {
            world_region: Some(WorldRegion::Europe),
            ..Default::default()
        },
        InitiativeFilter {
            hide_restricted: true,
            ..Default::default()
        },
        InitiativeFilter {
            sector_id: Some(sector),
            world_region: Some(WorldRegion::Europe),
            hide_restricted: true,
            ..Default::default()
        },
    ];
    // What the dashboard's filter selects, judged one initiative at a time.
    let selects = |filter: &InitiativeFilter, i: &Initiative| {
        filter.sector_id.is_none_or(|s| i.sector_ids.contains(&s))
            && filter.owner_id.is_none_or(|o| i.owner_id == Some(o))
            && filter
                .world_region
                .is_none_or(|r| region_of(i.partner_id) == Some(r))
            && (!filter.hide_restricted || i.confidentiality != Confidentiality::Restricted)
    };
    let mut saw_on_time = (false, false);
    for filter in &filters {
        let selected: Vec<&Initiative> = all.iter().filter(|i| selects(filter, i)).collect();
        for today in [TODAY, day(30)] {
            let mut counts: BTreeMap<(i64, Status, Health), i64> = BTreeMap::new();
            let mut extras: BTreeMap<i64, Extra> = BTreeMap::new();
            let mut cells: BTreeMap<(i64, i64), (i64, i64)> = BTreeMap::new();
            let until = today.checked_add_days(Days::new(30)).expect("date");
            for i in &selected {
                let health = i.health(today);
                *counts.entry((i.partner_id, i.status, health)).or_default() += 1;
                let extra = extras.entry(i.partner_id).or_insert_with(|| Extra {
                    partner_id: i.partner_id,
                    ..Default::default()
                });
                let open = !i.status.is_closed();
                if open && i.deadline.is_some_and(|d| d >= today && d <= until) {
                    extra.due_within += 1;
                }
                if let (Status::Completed, Some(deadline)) = (i.status, i.deadline) {
                    extra.completed_with_deadline += 1;
                    let on_time = i.completed_on.is_some_and(|c| c <= deadline);
                    extra.on_time += i64::from(on_time);
                    if on_time {
                        saw_on_time.0 = true
                    } else {
                        saw_on_time.1 = true
                    }
                }
                if open {
                    for sector_id in &i.sector_ids {
                        let cell = cells.entry((i.partner_id, *sector_id)).or_default();
                        cell.0 += 1;
                        cell.1 += i64::from(health == Health::Overdue);
                    }
                }
            }
            let fresh_counts: Vec<Tally> = counts
                .into_iter()
                .map(|((partner_id, status, health), count)| Tally {
                    partner_id,
                    status,
                    health,
                    count,
                })
                .collect();
            assert_eq!(
                store
                    .dashboard_counts_where(today, filter)
                    .await
                    .expect("counts"),
                fresh_counts,
                "counts for {filter:?} on {today}"
            );
            let fresh_extras: Vec<Extra> = extras
                .into_values()
                .filter(|e| e.due_within + e.completed_with_deadline > 0)
                .collect();
            assert_eq!(
                store
                    .dashboard_extras(today, until, filter)
                    .await
                    .expect("extras"),
                fresh_extras,
                "extras for {filter:?} on {today}"
            );
            let fresh_cells: Vec<MatrixCell> = cells
                .into_iter()
                .map(|((partner_id, sector_id), (open, overdue))| MatrixCell {
                    partner_id,
                    sector_id,
                    open,
                    overdue,
                })
                .collect();
            assert_eq!(
                store
                    .dashboard_matrix(today, filter, None)
                    .await
                    .expect("matrix"),
                fresh_cells,
                "matrix for {filter:?} on {today}"
            );
        }
    }
    assert_eq!(
        saw_on_time,
        (true, true),
        "the data has on-time and late completions"
    );
    // Opened and completed per month, for the same filters.
    let months = crate::domain::dashboard::last_months(TODAY, 12);
    for filter in &filters {
        let fresh: Vec<(i64, i64)> = months
            .iter()
            .map(|m| {
                let selected = all.iter().filter(|i| selects(filter, i));
                let (mut opened, mut completed) = (0, 0);
                for i in selected {
                    let created = i.created_at.date_naive();
                    opened += i64::from(created >= m.first && created < m.next);
                    let done = i.status == Status::Completed
                        && i.completed_on.is_some_and(|c| c >= m.first && c < m.next);
                    completed += i64::from(done);
                }
                (opened, completed)
            })
            .collect();
        let counted: Vec<(i64, i64)> = store
            .dashboard_months(&months, filter)
            .await
            .expect("months")
            .into_iter()
            .map(|m| (m.opened, m.completed))
            .collect();
        assert_eq!(counted, fresh, "months for {filter:?}");
    }
    let total: (i64, i64) = store
        .dashboard_months(&months, &InitiativeFilter::default())
        .await
        .expect("months")
        .iter()
        .fold((0, 0), |acc, m| (acc.0 + m.opened, acc.1 + m.completed));
    assert!(
        total.0 > 0 && total.1 > 0,
        "the demo opened and completed something: {total:?}"
    );
}

async fn what_changed_since_lists_exactly_what_happened(store: &Store) {
    use crate::domain::changes::ChangeKind;
    seed::seed_demo(store, TODAY).await.expect("demo");
    let all = every_initiative(store).await;
    // Give one open initiative to another owner, complete another.
    let users = store.list_users().await.expect("users");
    let moved = all
        .iter()
        .find(|i| !i.status.is_closed() && i.owner_id.is_some())
        .expect("an owned open initiative");
    let new_owner = users
        .iter()
        .find(|u| Some(u.id) != moved.owner_id && u.role != Role::Viewer && u.active)
        .expect("another user");
    let fields = InitiativeFields {
        title: moved.title.clone(),
        description: moved.description.clone(),
        partner_id: moved.partner_id,
        meeting_id: moved.meeting_id,
        owner_id: Some(new_owner.id),
        deadline: moved.deadline,
        sector_ids: moved.sector_ids.clone(),
        obligor: moved.obligor,
        strength: moved.strength,
        confidentiality: moved.confidentiality,
        next_review_on: moved.next_review_on,
    };
    store
        .update_initiative(moved.id, moved.version, &fields, None, TODAY)
        .await
        .expect("reassign");
    let done = all
        .iter()
        .find(|i| i.status == Status::Active && i.id != moved.id)
        .expect("an active initiative");
    store
        .change_status(
            done.id,
            done.version,
            &change(Status::Completed, "Signed", "https://example.org/x"),
            None,
            TODAY,
        )
        .await
        .expect("complete");

    let since = day(-45);
    let all = every_initiative(store).await;
    for hide in [false, true] {
        let items = store
            .changes_since(since, TODAY, hide, 500)
            .await
            .expect("changes");
        let ids = |kind: ChangeKind| {
            let mut ids: Vec<i64> = items
                .iter()
                .filter(|c| c.kind == kind)
                .map(|c| c.initiative_id)
                .collect();
            ids.sort();
            ids
        };
        let visible: Vec<&Initiative> = all
            .iter()
            .filter(|i| !hide || i.confidentiality != Confidentiality::Restricted)
            .collect();
        let fresh = |keep: &dyn Fn(&Initiative) -> bool| {
            let mut ids: Vec<i64> = visible.iter().filter(|i| keep(i)).map(|i| i.id).collect();
            ids.sort();
            ids
        };
        assert_eq!(
            ids(ChangeKind::Created),
            fresh(&|i| i.created_at.date_naive() >= since)
        );
        assert_eq!(
            ids(ChangeKind::Completed),
            fresh(&|i| i.status == Status::Completed && i.completed_on.is_some_and(|c| c >= since))
        );
        assert_eq!(
            ids(ChangeKind::Slipped),
            fresh(&|i| !i.status.is_closed() && i.deadline.is_some_and(|d| d >= since && d < TODAY))
        );
        assert!(ids(ChangeKind::Completed).contains(&done.id));
        let reassigned: Vec<_> = items
            .iter()
            .filter(|c| c.kind == ChangeKind::Reassigned)
            .collect();
        if hide && moved.confidentiality == Confidentiality::Restricted {
            assert!(reassigned.is_empty());
        } else {
            assert_eq!(reassigned.len(), 1, "only the owner change counts");
            assert_eq!(reassigned[0].initiative_id, moved.id);
            let detail = reassigned[0].detail.clone().unwrap_or_default();
            assert!(
                detail.ends_with(&format!("to {}", new_owner.display_name)),
                "{detail}"
            );
        }
    }
    // A deadline that passed before the period did not slip in it.
    let later = store
        .changes_since(TODAY, TODAY, false, 500)
        .await
        .expect("changes");
    assert!(later.iter().all(|c| c.kind != ChangeKind::Slipped));
}

async fn the_synthetic_seed_is_deterministic_and_tallied(store: &Store) {
    let report = store
        .seed_synthetic(600, 42, TODAY)
        .await
        .expect("synthetic");
    assert_eq!(report.initiatives, 600);
    assert_eq!(report.partners, 360);
    assert_eq!(tally(store).await, fresh_tally(store).await);
    assert_eq!(
        store
            .dashboard_counts_where(TODAY, &InitiativeFilter::default())
            .await
            .expect("dashboard"),
        fresh_dashboard(store, TODAY).await
    );
    let titles = |store: &Store| {
        let store = store.clone();
        async move {
            let page = store
                .list_initiatives(
                    &InitiativeFilter::default(),
                    InitiativeSort::Title,
                    None,
                    200,
                    TODAY,
                )
                .await
                .expect("list");
            page.rows
                .into_iter()
                .map(|r| (r.title, r.deadline, r.status))
                .collect::<Vec<_>>()
        }
    };
    let first = titles(store).await;
    // A second run adds more after the first, on the same partners and owners.
    let again = store.seed_synthetic(10, 42, TODAY).await.expect("again");
    assert_eq!(again.partners, 360);
    // New writes after the bulk insert get fresh ids on both engines.
    let w_sector = store.list_sectors().await.expect("sectors")[0].id;
    let partner = store.list_partners().await.expect("partners")[0].id;
    let f = InitiativeFields {
        title: "After the bulk load".into(),
        description: String::new(),
        partner_id: partner,
        meeting_id: None,
        owner_id: None,
        deadline: None,
        sector_ids: vec![w_sector],
        obligor: Obligor::Us,
        strength: Strength::Soft,
        confidentiality: Confidentiality::Public,
        next_review_on: None,
    };
    create(store, f, Status::Proposed, TODAY).await;
    assert_eq!(tally(store).await, fresh_tally(store).await);
    assert_eq!(first.len(), 200);
    assert!(first.iter().all(|(title, _, _)| title.contains('#')));
}
