//! Writing initiatives: round trips, references, versions, status rules, the audit trail.

use super::*;

on_both_databases!(
    an_initiative_round_trips_with_its_first_history_entry,
    references_only_the_database_can_check_are_field_errors,
    a_stale_version_is_a_conflict_carrying_the_current_record,
    status_changes_follow_the_rules_and_are_recorded,
    the_audit_trail_refuses_update_and_delete,
    racing_updates_at_one_version_let_exactly_one_win,
    permission_is_judged_on_the_row_inside_the_write,
);

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
    let updates = store.initiative_updates(created.id).await.expect("updates");
    let events = store.initiative_events(created.id).await.expect("history");
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
        .update_initiative(created.id, 1, &first, "", None, TODAY)
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
        .update_initiative(created.id, 1, &second, "", None, TODAY)
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
    let events = store.initiative_events(created.id).await.expect("history");
    assert_eq!(
        events.len(),
        2,
        "create and one update; the conflicts wrote nothing"
    );
    assert!(events[0].changes.contains("owner_id"));

    // Moving an initiative to another partner moves its tally.
    let moved = fields(&w, "First edit", w.mongolia, Some(day(20)));
    store
        .update_initiative(created.id, 2, &moved, "", None, TODAY)
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

    let updates = store.initiative_updates(active.id).await.expect("updates");
    let events = store.initiative_events(active.id).await.expect("history");
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
    let update = crate::server::store::with_db!(store.db(), pool => {
        sqlx::query("UPDATE audit_events SET action = 'forged' WHERE entity_id = $1").bind(created.id).execute(pool).await.map(|_| ())
    });
    let delete = crate::server::store::with_db!(store.db(), pool => {
        sqlx::query("DELETE FROM audit_events WHERE entity_id = $1").bind(created.id).execute(pool).await.map(|_| ())
    });
    for result in [update, delete] {
        let error = result.expect_err("the database refuses");
        assert!(error.to_string().contains("append-only"), "{error}");
    }
    let events = store.initiative_events(created.id).await.expect("history");
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
    let updates = store.initiative_updates(created.id).await.expect("updates");
    let events = store.initiative_events(created.id).await.expect("history");
    assert_eq!(updates.len(), 2, "the creation and the one winning note");
    assert_eq!(events.len(), 2, "one audit row per success");
    let audited: serde_json::Value = serde_json::from_str(&events[0].changes).expect("audit JSON");
    assert_eq!(audited["note"][1], serde_json::json!(updates[0].note));
}

async fn permission_is_judged_on_the_row_inside_the_write(store: &Store) {
    use crate::domain::permission::{Actor, Writer};
    let w = world(store).await;
    let person = |user_id, role| Writer::Person(Actor { user_id, role });
    let owner = person(w.officer, Role::Officer);
    let other = person(w.other_officer, Role::Officer);
    let manager = store
        .create_user(
            &NewUser {
                email: "manager@x.kz".into(),
                display_name: "Manager".into(),
                role: Role::Manager,
            },
            None,
        )
        .await
        .expect("manager");
    let manager = person(manager.id, Role::Manager);
    let made = create(
        store,
        fields(&w, "Joint study", w.port, Some(day(30))),
        Status::Active,
        TODAY,
    )
    .await;
    // Its owner may note progress; another officer may not, and nothing is written.
    let noted = store
        .change_status(
            made.id,
            made.version,
            &change(Status::Active, "On track", ""),
            owner,
            TODAY,
        )
        .await
        .expect("the owner notes progress");
    let refused = store
        .change_status(
            noted.id,
            noted.version,
            &change(Status::Blocked, "Held", ""),
            other,
            TODAY,
        )
        .await;
    assert!(matches!(refused, Err(StoreError::Forbidden)), "{refused:?}");
    // The initiative is given to the other officer after the first one opened its page: the
    // first one's save is judged on the row as it is now.
    let mut given = fields(&w, "Joint study", w.port, Some(day(30)));
    given.owner_id = Some(w.other_officer);
    let reassigned = store
        .update_initiative(noted.id, noted.version, &given, "", manager, TODAY)
        .await
        .expect("a manager reassigns");
    let stale_owner = store
        .change_status(
            reassigned.id,
            reassigned.version,
            &change(Status::Blocked, "Held", ""),
            owner,
            TODAY,
        )
        .await;
    assert!(
        matches!(stale_owner, Err(StoreError::Forbidden)),
        "{stale_owner:?}"
    );
    let stale_edit = store
        .update_initiative(reassigned.id, reassigned.version, &given, "", owner, TODAY)
        .await;
    assert!(
        matches!(stale_edit, Err(StoreError::Forbidden)),
        "{stale_edit:?}"
    );
    assert_eq!(
        store.initiative(made.id).await.expect("read").version,
        reassigned.version,
        "nothing was written"
    );
    // The new owner may edit but not give it away; a manager may.
    let mut away = given.clone();
    away.owner_id = Some(w.officer);
    let refused = store
        .update_initiative(reassigned.id, reassigned.version, &away, "", other, TODAY)
        .await
        .expect_err("an officer cannot reassign");
    assert_eq!(invalid_fields(refused), ["owner_id"]);
    store
        .change_status(
            reassigned.id,
            reassigned.version,
            &change(Status::Blocked, "Held", ""),
            other,
            TODAY,
        )
        .await
        .expect("the new owner changes the status");
}
