//! Moved deadlines and aging by evidence (issue 19): a move needs a reason and is kept, the
//! dashboard judges "on time" against the first deadline agreed, and edits are not activity.

use super::*;
use crate::domain::changes::{ChangeKind, DeadlineShift};
use crate::domain::dashboard::DashboardLevel;
use crate::domain::initiative::DEADLINE_REASON;

on_both_databases!(
    a_moved_deadline_needs_a_reason_and_is_kept,
    setting_a_first_deadline_is_not_a_move,
    the_dashboard_judges_on_time_against_the_first_deadline,
);

async fn a_moved_deadline_needs_a_reason_and_is_kept(store: &Store) {
    let w = world(store).await;
    let created = create(
        store,
        fields(&w, "Roadmap", w.flanders, Some(day(-3))),
        Status::Active,
        day(-10),
    )
    .await;
    let later = fields(&w, "Roadmap", w.flanders, Some(day(20)));
    match store
        .update_initiative(created.id, 1, &later, "  ", None, TODAY)
        .await
    {
        Err(StoreError::Invalid(AppError::Validation(errors))) => {
            assert!(errors.get(DEADLINE_REASON).is_some(), "{errors:?}")
        }
        other => panic!("a move without a reason is refused, got {other:?}"),
    }
    assert_eq!(store.initiative(created.id).await.expect("read"), created);

    let moved = store
        .update_initiative(
            created.id,
            1,
            &later,
            "The visit was postponed",
            None,
            TODAY,
        )
        .await
        .expect("a move with a reason");
    assert_eq!(
        (moved.deadline, moved.first_deadline, moved.deadline_moves),
        (Some(day(20)), Some(day(-3)), 1)
    );
    assert_eq!(moved.last_activity_on, day(-10), "a move is not activity");
    assert_eq!(store.initiative(created.id).await.expect("read"), moved);

    let retitled = store
        .update_initiative(
            created.id,
            moved.version,
            &fields(&w, "Roadmap 2027", w.flanders, Some(day(20))),
            "",
            None,
            TODAY,
        )
        .await
        .expect("a new title needs no reason");
    assert_eq!(retitled.deadline_moves, 1);
    assert_eq!(
        retitled.last_activity_on,
        day(-10),
        "a title is not activity"
    );

    let ledger = store.deadline_moves(created.id).await.expect("ledger");
    assert_eq!(ledger.len(), 1);
    assert_eq!(
        (ledger[0].from, ledger[0].to),
        (Some(day(-3)), Some(day(20)))
    );
    assert_eq!(ledger[0].reason, "The visit was postponed");
    let events = store.initiative_events(created.id).await.expect("history");
    assert!(events[1].changes.contains("The visit was postponed"));
    assert!(
        !events[0].changes.contains(DEADLINE_REASON),
        "no move, no reason"
    );

    let brief = store
        .changes_since(day(-1), TODAY, false, 50)
        .await
        .expect("brief");
    let moves: Vec<_> = brief
        .iter()
        .filter(|item| item.kind == ChangeKind::DeadlineMoved)
        .collect();
    assert_eq!(moves.len(), 1);
    assert_eq!(
        moves[0].deadline_shift,
        Some(DeadlineShift {
            from: Some(day(-3)),
            to: Some(day(20)),
        })
    );

    let noted = store
        .change_status(
            created.id,
            retitled.version,
            &change(Status::Active, "Met the partner", ""),
            None,
            TODAY,
        )
        .await
        .expect("a note");
    assert_eq!(noted.last_activity_on, TODAY, "a note is activity");
}

async fn setting_a_first_deadline_is_not_a_move(store: &Store) {
    let w = world(store).await;
    let created = create(
        store,
        fields(&w, "Idea", w.flanders, None),
        Status::Proposed,
        TODAY,
    )
    .await;
    let dated = store
        .update_initiative(
            created.id,
            1,
            &fields(&w, "Idea", w.flanders, Some(day(40))),
            "",
            None,
            TODAY,
        )
        .await
        .expect("a first deadline needs no reason");
    assert_eq!((dated.first_deadline, dated.deadline_moves), (None, 0));
    assert!(
        store
            .deadline_moves(created.id)
            .await
            .expect("ledger")
            .is_empty()
    );
    // Removing it is a move.
    let undated = fields(&w, "Idea", w.flanders, None);
    assert!(matches!(
        store
            .update_initiative(created.id, 2, &undated, "", None, TODAY)
            .await,
        Err(StoreError::Invalid(_))
    ));
    let removed = store
        .update_initiative(created.id, 2, &undated, "Not agreed after all", None, TODAY)
        .await
        .expect("removed with a reason");
    assert_eq!(
        (removed.first_deadline, removed.deadline_moves),
        (Some(day(40)), 1)
    );
    assert_eq!(removed.slippage().and_then(|s| s.days), None);
}

/// Two completed today: one by its first deadline, one only by its moved one. On time is
/// 1 of 2 against the first deadlines and 2 of 2 against the current ones; one move.
async fn the_dashboard_judges_on_time_against_the_first_deadline(store: &Store) {
    let w = world(store).await;
    let kept = create(
        store,
        fields(&w, "Kept", w.flanders, Some(day(5))),
        Status::Active,
        day(-20),
    )
    .await;
    let slipped = create(
        store,
        fields(&w, "Slipped", w.flanders, Some(day(-2))),
        Status::Active,
        day(-20),
    )
    .await;
    let slipped = store
        .update_initiative(
            slipped.id,
            1,
            &fields(&w, "Slipped", w.flanders, Some(day(10))),
            "Waiting for the partner's draft",
            None,
            day(-1),
        )
        .await
        .expect("moved");
    for (id, version) in [(kept.id, kept.version), (slipped.id, slipped.version)] {
        store
            .change_status(
                id,
                version,
                &change(Status::Completed, "Signed", "https://example.org/signed"),
                None,
                TODAY,
            )
            .await
            .expect("completed");
    }
    let sum = |rows: &[crate::domain::dashboard::DashboardRow]| {
        rows.iter().fold([0; 5], |mut s, r| {
            s[0] += r.completed_with_deadline;
            s[1] += r.on_time;
            s[2] += r.on_time_current;
            s[3] += r.deadline_moved;
            s[4] += r.deadline_moves;
            s
        })
    };
    let summary = store
        .dashboard(
            TODAY,
            &InitiativeFilter::default(),
            DashboardLevel::Top,
            true,
        )
        .await
        .expect("dashboard from the summary");
    assert_eq!(sum(&summary.rows), [2, 1, 2, 1, 1]);
    let by_owner = InitiativeFilter {
        owner_id: Some(w.officer),
        ..InitiativeFilter::default()
    };
    let counted = store
        .dashboard(TODAY, &by_owner, DashboardLevel::Top, true)
        .await
        .expect("dashboard counted afresh");
    assert_eq!(sum(&counted.rows), [2, 1, 2, 1, 1]);
}
