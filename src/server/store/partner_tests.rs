//! Reference data and corrections that move counted records: merging a duplicate partner,
//! moving a partner in the tree, retiring one, deleting a meeting or an initiative. After
//! each, every figure the dashboard shows equals a fresh count. Real SQLite and PostgreSQL.

use chrono::Days;

use super::Store;
use super::summary_tests::assert_summary_is_fresh;
use super::test_support::{TODAY, on_both_databases};
use crate::domain::audit::{AuditFilter, AuditKind};
use crate::domain::deletion::DeletionReason;
use crate::domain::permission::{Actor, Writer};
use crate::domain::{
    Confidentiality, InitiativeFields, NewInitiative, NewMeeting, NewPartner, Obligor, PartnerKind,
    Role, Status, Strength, WorldRegion,
};
use crate::error::AppError;
use crate::server::seed;
use crate::server::store::{MergeReport, StoreError};

on_both_databases!(
    merging_a_duplicate_moves_its_records_and_keeps_every_count_fresh,
    moving_a_partner_in_the_tree_keeps_every_count_fresh,
    a_retired_partner_is_refused_for_new_records_but_keeps_its_own,
    deleting_needs_an_admin_and_a_reason_and_keeps_every_count_fresh,
);

fn partner(slug: &str, parent_id: Option<i64>, world_region: WorldRegion) -> NewPartner {
    NewPartner {
        slug: slug.into(),
        name: slug.replace('-', " "),
        kind: PartnerKind::Region,
        iso_code: None,
        parent_id,
        world_region,
    }
}

fn meeting(partner_id: i64, title: &str) -> NewMeeting {
    NewMeeting {
        held_on: TODAY.checked_sub_days(Days::new(60)).expect("date"),
        title: title.into(),
        location: None,
        partner_id,
        summary: None,
        readout: None,
        source_url: None,
        participants: vec![],
        confidentiality: Confidentiality::Internal,
    }
}

fn fields(
    partner_id: i64,
    meeting_id: Option<i64>,
    title: &str,
    overdue: bool,
) -> InitiativeFields {
    let deadline = if overdue {
        TODAY.checked_sub_days(Days::new(5))
    } else {
        TODAY.checked_add_days(Days::new(20))
    };
    InitiativeFields {
        title: title.into(),
        description: String::new(),
        partner_id,
        meeting_id,
        owner_id: None,
        deadline,
        sector_ids: vec![],
        obligor: Obligor::Joint,
        strength: Strength::Firm,
        confidentiality: Confidentiality::Internal,
        next_review_on: None,
    }
}

async fn id_of(store: &Store, slug: &str) -> i64 {
    store
        .partner_by_slug(slug)
        .await
        .expect("read")
        .unwrap_or_else(|| panic!("{slug} is seeded"))
        .id
}

/// The demo data with its dashboard summary built for [`TODAY`], so that every later write
/// has to keep it.
async fn seeded(store: &Store) {
    seed::seed_demo(store, TODAY).await.expect("demo");
    store.bring_summary_to(TODAY).await.expect("summary");
}

async fn assert_counts_fresh(store: &Store, when: &str) {
    assert_summary_is_fresh(store, TODAY, when).await;
    let verification = store.verify().await.expect("verify");
    assert!(
        verification.is_sound(),
        "{when}: {:?}",
        verification.problems
    );
}

fn field_of(error: StoreError) -> String {
    match error {
        StoreError::Invalid(AppError::Validation(errors)) => errors
            .iter()
            .map(|(field, _)| field.to_owned())
            .collect::<Vec<_>>()
            .join(","),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

async fn merging_a_duplicate_moves_its_records_and_keeps_every_count_fresh(store: &Store) {
    seeded(store).await;
    let flanders = id_of(store, "flanders").await;
    let brabant = id_of(store, "flemish-brabant").await;
    // A duplicate entered under another region, with a part, a meeting and initiatives.
    let duplicate = store
        .create_partner(&partner("vlaanderen", None, WorldRegion::CentralAsia), None)
        .await
        .expect("duplicate");
    let part = store
        .create_partner(
            &partner(
                "limburg-province",
                Some(duplicate.id),
                WorldRegion::CentralAsia,
            ),
            None,
        )
        .await
        .expect("part");
    let meeting_id = store
        .create_meeting(&meeting(duplicate.id, "Talks in Brussels"), None)
        .await
        .expect("meeting");
    for (title, overdue, status) in [
        ("Trade mission", true, Status::Active),
        ("Student exchange", false, Status::Proposed),
        ("Joint forum", false, Status::Completed),
    ] {
        let new = NewInitiative {
            fields: fields(duplicate.id, Some(meeting_id), title, overdue),
            status,
        };
        store
            .create_initiative(&new, None, TODAY)
            .await
            .expect("initiative");
    }
    assert_counts_fresh(store, "before the merge").await;

    for (into, field) in [
        (duplicate.id, "into"),
        (part.id, "into"),
        (i64::MAX, "into"),
    ] {
        let refused = store.merge_partner(duplicate.id, 1, into, None).await;
        assert_eq!(field_of(refused.expect_err("refused")), field);
    }
    let stale = store.merge_partner(duplicate.id, 0, flanders, None).await;
    assert!(matches!(stale, Err(StoreError::Changed(_))), "{stale:?}");

    let report = store
        .merge_partner(duplicate.id, 1, flanders, None)
        .await
        .expect("merged");
    assert_eq!(
        report,
        MergeReport {
            meetings: 1,
            initiatives: 3,
            parts: 1
        }
    );
    assert_counts_fresh(store, "after the merge").await;
    let merged = store.partner(duplicate.id).await.expect("kept");
    assert!(merged.is_retired());
    assert_eq!(merged.merged_into, Some(flanders));
    let moved_part = store.partner(part.id).await.expect("part");
    assert_eq!(moved_part.parent_id, Some(flanders));
    assert_eq!(
        moved_part.world_region,
        WorldRegion::Europe,
        "takes its new region"
    );
    assert_eq!(
        store.meeting(meeting_id).await.expect("meeting").partner_id,
        flanders
    );
    let on_duplicate: Vec<_> = super::test_support::every_initiative(store)
        .await
        .into_iter()
        .filter(|i| i.partner_id == duplicate.id)
        .collect();
    assert!(on_duplicate.is_empty(), "nothing stays on the duplicate");

    let again = store
        .merge_partner(duplicate.id, merged.version, brabant, None)
        .await;
    assert_eq!(field_of(again.expect_err("merged already")), "into");
    let new_on_merged = NewInitiative {
        fields: fields(duplicate.id, None, "Late arrival", false),
        status: Status::Active,
    };
    let refused = store.create_initiative(&new_on_merged, None, TODAY).await;
    assert_eq!(field_of(refused.expect_err("retired")), "partner_id");

    let partner_events = AuditFilter {
        kind: Some(AuditKind::Partner),
        entity_id: Some(duplicate.id),
        ..AuditFilter::default()
    };
    let events = store
        .audit_events(&partner_events, 10)
        .await
        .expect("audit");
    assert_eq!(events[0].action, "merge");
    assert!(events[0].changes.contains("merged_into"));
    let meeting_events = AuditFilter {
        kind: Some(AuditKind::Meeting),
        entity_id: Some(meeting_id),
        ..AuditFilter::default()
    };
    let events = store
        .audit_events(&meeting_events, 10)
        .await
        .expect("audit");
    assert!(
        events[0].changes.contains("partner_id"),
        "the move is audited"
    );
}

async fn moving_a_partner_in_the_tree_keeps_every_count_fresh(store: &Store) {
    seeded(store).await;
    let belgium = id_of(store, "belgium").await;
    let bavaria = store
        .partner(id_of(store, "bavaria").await)
        .await
        .expect("bavaria");
    let mut moved = NewPartner {
        slug: bavaria.slug.clone(),
        name: bavaria.name.clone(),
        kind: bavaria.kind,
        iso_code: bavaria.iso_code.clone(),
        parent_id: Some(belgium),
        world_region: WorldRegion::Europe,
    };
    store
        .update_partner(bavaria.id, bavaria.version, &moved, None)
        .await
        .expect("moved under Belgium");
    assert_counts_fresh(store, "after moving Bavaria under Belgium").await;
    moved.parent_id = None;
    moved.world_region = WorldRegion::WesternAsia;
    store
        .update_partner(bavaria.id, bavaria.version + 1, &moved, None)
        .await
        .expect("moved to the top, another region");
    assert_counts_fresh(store, "after moving Bavaria to the top").await;
}

async fn a_retired_partner_is_refused_for_new_records_but_keeps_its_own(store: &Store) {
    seeded(store).await;
    let flanders = store
        .partner(id_of(store, "flanders").await)
        .await
        .expect("read");
    let refused = store
        .retire_partner(flanders.id, flanders.version, true, None)
        .await;
    assert_eq!(field_of(refused.expect_err("has parts")), "retired");

    let leaf = store
        .create_partner(
            &partner("mechelen", Some(flanders.id), WorldRegion::Europe),
            None,
        )
        .await
        .expect("leaf");
    let kept = NewInitiative {
        fields: fields(leaf.id, None, "Sister-city agreement", false),
        status: Status::Proposed,
    };
    let kept = store
        .create_initiative(&kept, None, TODAY)
        .await
        .expect("initiative");
    let stale = store.retire_partner(leaf.id, 0, true, None).await;
    assert!(matches!(stale, Err(StoreError::Changed(_))), "{stale:?}");
    let retired = store
        .retire_partner(leaf.id, leaf.version, true, None)
        .await
        .expect("retired");
    assert!(retired.is_retired());
    assert_counts_fresh(store, "after retiring").await;

    let refused = store.create_meeting(&meeting(leaf.id, "Visit"), None).await;
    assert_eq!(field_of(refused.expect_err("retired")), "partner_id");
    let mut edited = fields(leaf.id, None, "Sister-city agreement, signed", false);
    edited.deadline = kept.deadline;
    store
        .update_initiative(kept.id, kept.version, &edited, "", None, TODAY)
        .await
        .expect("an initiative already with it keeps it");

    let back = store
        .retire_partner(leaf.id, retired.version, false, None)
        .await
        .expect("restored");
    assert!(!back.is_retired());
    store
        .create_meeting(&meeting(leaf.id, "Visit"), None)
        .await
        .expect("usable again");
}

async fn deleting_needs_an_admin_and_a_reason_and_keeps_every_count_fresh(store: &Store) {
    seeded(store).await;
    let users = store.list_users().await.expect("users");
    let person = |role: Role| {
        let user = users.iter().find(|u| u.role == role).expect("seeded role");
        Writer::Person(Actor {
            user_id: user.id,
            role,
        })
    };
    let reason = DeletionReason::parse("Recorded twice by mistake").expect("reason");
    let everything = super::test_support::every_initiative(store).await;
    let target = everything
        .iter()
        .find(|i| !i.status.is_closed())
        .expect("an open initiative")
        .clone();

    let by_manager = store
        .delete_initiative(target.id, target.version, &reason, person(Role::Manager))
        .await;
    assert!(
        matches!(by_manager, Err(StoreError::Forbidden)),
        "{by_manager:?}"
    );
    let stale = store
        .delete_initiative(target.id, target.version - 1, &reason, person(Role::Admin))
        .await;
    assert!(matches!(stale, Err(StoreError::Conflict(_))), "{stale:?}");
    store
        .delete_initiative(target.id, target.version, &reason, person(Role::Admin))
        .await
        .expect("deleted");
    assert!(matches!(
        store.initiative(target.id).await,
        Err(StoreError::NotFound(_))
    ));
    assert_counts_fresh(store, "after deleting an initiative").await;
    let its_events = AuditFilter {
        kind: Some(AuditKind::Initiative),
        entity_id: Some(target.id),
        ..AuditFilter::default()
    };
    let events = store.audit_events(&its_events, 100).await.expect("audit");
    assert_eq!(events[0].action, "delete");
    assert!(events[0].changes.contains("Recorded twice by mistake"));
    assert!(
        events[0].changes.contains(&target.title),
        "its last values are kept"
    );
    assert!(events.len() > 1, "its earlier history stays");

    let tied = everything
        .iter()
        .find(|i| i.meeting_id.is_some() && i.id != target.id)
        .expect("an initiative from a meeting")
        .clone();
    let meeting_id = tied.meeting_id.expect("meeting");
    let tied_meeting = store.meeting(meeting_id).await.expect("meeting");
    let stale = store
        .delete_meeting(
            meeting_id,
            tied_meeting.version + 1,
            &reason,
            person(Role::Admin),
        )
        .await;
    assert!(matches!(stale, Err(StoreError::Changed(_))), "{stale:?}");
    let untied = store
        .delete_meeting(
            meeting_id,
            tied_meeting.version,
            &reason,
            person(Role::Admin),
        )
        .await
        .expect("deleted");
    assert!(untied >= 1);
    assert!(matches!(
        store.meeting(meeting_id).await,
        Err(StoreError::NotFound(_))
    ));
    let kept = store
        .initiative(tied.id)
        .await
        .expect("the initiative stays");
    assert_eq!(kept.meeting_id, None);
    assert_eq!(kept.version, tied.version + 1);
    assert_eq!(kept.last_activity_on, tied.last_activity_on, "not activity");
    assert_counts_fresh(store, "after deleting a meeting").await;

    // The newest record deleted: its id (and with it its audit history) is never handed on.
    let admin = person(Role::Admin);
    let newest = store
        .create_meeting(&meeting(kept.partner_id, "Newest"), None)
        .await
        .expect("meeting");
    store
        .delete_meeting(newest, 1, &reason, admin)
        .await
        .expect("deleted");
    let next = store
        .create_meeting(&meeting(kept.partner_id, "Next"), None)
        .await
        .expect("meeting");
    assert!(next > newest, "meeting id {next} after deleting {newest}");
    let new = |title: &str| NewInitiative {
        fields: fields(kept.partner_id, None, title, false),
        status: Status::Proposed,
    };
    let newest = store
        .create_initiative(&new("Newest"), None, TODAY)
        .await
        .expect("new");
    store
        .delete_initiative(newest.id, newest.version, &reason, admin)
        .await
        .expect("deleted");
    let next = store
        .create_initiative(&new("Next"), None, TODAY)
        .await
        .expect("new");
    assert!(
        next.id > newest.id,
        "initiative id {} after deleting {}",
        next.id,
        newest.id
    );
}
