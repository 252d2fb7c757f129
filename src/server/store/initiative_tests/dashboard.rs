//! What the dashboard and the "what changed" brief count, against a fresh count.

use super::*;

on_both_databases!(
    dashboard_counts_equal_a_fresh_count_on_demo_data_and_after_random_updates,
    filtered_dashboard_figures_equal_a_fresh_count,
    what_changed_since_lists_exactly_what_happened,
    the_synthetic_seed_is_deterministic_and_tallied,
);

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
                .update_initiative(
                    current.id,
                    current.version,
                    &f,
                    "The partner asked for time",
                    None,
                    on,
                )
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
                if i.deadline_moves > 0 {
                    extra.deadline_moved += 1;
                    extra.deadline_moves += i.deadline_moves;
                }
                if let (Status::Completed, Some(agreed)) =
                    (i.status, i.first_deadline.or(i.deadline))
                {
                    extra.completed_with_deadline += 1;
                    let on_time = i.completed_on.is_some_and(|c| c <= agreed);
                    extra.on_time += i64::from(on_time);
                    extra.on_time_current += i64::from(
                        i.deadline
                            .is_some_and(|d| i.completed_on.is_some_and(|c| c <= d)),
                    );
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
        .update_initiative(moved.id, moved.version, &fields, "", None, TODAY)
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
            let moved_to = reassigned[0].reassigned.as_ref().map(|r| r.to.clone());
            assert_eq!(
                moved_to,
                Some(crate::domain::changes::Holder::User(
                    new_owner.display_name.clone()
                ))
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
