//! Reading the audit trail: filters by who, kind, record and days, newest first, in pages.
//! Run against real SQLite and real PostgreSQL.

use chrono::Days;

use super::Store;
use super::test_support::{TODAY, on_both_databases};
use crate::domain::audit::{AuditFilter, AuditKind};
use crate::domain::{Confidentiality, NewMeeting, NewPartner, NewUser, PartnerKind, WorldRegion};

on_both_databases!(the_audit_trail_filters_by_who_what_which_and_when);

async fn the_audit_trail_filters_by_who_what_which_and_when(store: &Store) {
    let partner = NewPartner {
        slug: "limburg".into(),
        name: "Limburg".into(),
        kind: PartnerKind::Region,
        iso_code: None,
        parent_id: None,
        world_region: WorldRegion::Europe,
    };
    let partner_id = store
        .create_partner(&partner, None)
        .await
        .expect("partner")
        .id;
    let officer = store
        .create_user(
            &NewUser::parse("officer@test.kz", "Officer", "officer").expect("valid"),
            None,
        )
        .await
        .expect("user");
    let mut meeting = NewMeeting {
        held_on: TODAY,
        title: "Call on the Governor".into(),
        location: None,
        partner_id,
        summary: None,
        readout: None,
        source_url: None,
        participants: vec![],
        confidentiality: Confidentiality::Internal,
    };
    let meeting_id = store
        .create_meeting(&meeting, Some(officer.id))
        .await
        .expect("meeting");
    meeting.held_on = TODAY.checked_sub_days(Days::new(1)).expect("a day earlier");
    store
        .update_meeting(meeting_id, 1, &meeting, Some(officer.id))
        .await
        .expect("corrected");

    let all = store
        .audit_events(&AuditFilter::default(), 100)
        .await
        .expect("all");
    assert_eq!(
        all.len(),
        4,
        "partner, user, meeting created, meeting corrected"
    );
    assert!(
        all.windows(2).all(|pair| pair[0].id > pair[1].id),
        "newest first"
    );
    assert_eq!(all[0].action, "update");
    assert_eq!(all[0].actor_name.as_deref(), Some("Officer"));
    assert!(all[0].changes.contains("held_on"));

    let by_officer = AuditFilter {
        actor_id: Some(officer.id),
        ..AuditFilter::default()
    };
    let actions: Vec<String> = store
        .audit_events(&by_officer, 100)
        .await
        .expect("by officer")
        .into_iter()
        .map(|event| event.action)
        .collect();
    assert_eq!(actions, ["update", "create"]);

    let the_meeting = AuditFilter {
        kind: Some(AuditKind::Meeting),
        entity_id: Some(meeting_id),
        ..AuditFilter::default()
    };
    assert_eq!(
        store
            .audit_events(&the_meeting, 100)
            .await
            .expect("meeting")
            .len(),
        2
    );
    let partners = AuditFilter {
        kind: Some(AuditKind::Partner),
        ..AuditFilter::default()
    };
    let partner_events = store.audit_events(&partners, 100).await.expect("partners");
    assert_eq!(partner_events.len(), 1);
    assert_eq!(partner_events[0].entity_id, partner_id);

    // Days are whole UTC days, both ends included.
    let day = |from, until| AuditFilter {
        from,
        until,
        ..AuditFilter::default()
    };
    let tomorrow = TODAY.succ_opt();
    let yesterday = TODAY.pred_opt();
    let count = |filter: AuditFilter| async move {
        store.audit_events(&filter, 100).await.expect("days").len()
    };
    assert_eq!(count(day(Some(TODAY), Some(TODAY))).await, 4);
    assert_eq!(count(day(tomorrow, None)).await, 0);
    assert_eq!(count(day(None, yesterday)).await, 0);

    // Pages: the next starts below the last id shown, nothing twice, nothing skipped.
    let first = store
        .audit_events(&AuditFilter::default(), 3)
        .await
        .expect("first page");
    let rest = AuditFilter {
        before_id: first.last().map(|event| event.id),
        ..AuditFilter::default()
    };
    let second = store.audit_events(&rest, 3).await.expect("second page");
    let mut paged: Vec<i64> = first.iter().chain(&second).map(|event| event.id).collect();
    paged.dedup();
    assert_eq!(paged, all.iter().map(|event| event.id).collect::<Vec<_>>());
}
