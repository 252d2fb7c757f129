//! Importing a reviewed readout, run against real SQLite and real PostgreSQL.

use super::Store;
use super::test_support::{TODAY, on_both_databases};
use crate::domain::import::{CheckedImport, ImportChoices, ImportInput, ReadoutText};
use crate::domain::{InitiativeFilter, InitiativeSort, Status};
use crate::error::AppError;
use crate::readout;
use crate::server::seed;
use crate::server::store::StoreError;

on_both_databases!(
    a_reviewed_readout_becomes_a_meeting_with_new_and_followed_up_initiatives,
    an_import_is_all_or_nothing_and_never_twice,
);

const SEED_READOUT: &str = include_str!("../../../end2end/fixtures/00-kz-flanders-seed.txt");

struct Imported {
    draft: i64,
    input: ImportInput,
    quotes: Vec<String>,
    officer: i64,
    existing: i64,
}

/// The seed readout, pasted by Aida and reviewed as proposed.
async fn reviewed_seed(store: &Store) -> Imported {
    seed::seed_demo(store, TODAY).await.expect("demo");
    let officer = store
        .user_by_email("aida@demo.accord.test")
        .await
        .expect("user")
        .expect("aida")
        .id;
    let draft = store
        .save_readout_draft(
            &ReadoutText {
                text: SEED_READOUT.to_owned(),
                source_url: None,
            },
            officer,
        )
        .await
        .expect("draft");
    let saved = store.readout_draft(draft).await.expect("read draft");
    assert_eq!(saved.body, SEED_READOUT);
    assert_eq!((saved.created_by, saved.meeting_id), (officer, None));
    let proposal = readout::extract(
        &saved.body,
        TODAY,
        &crate::domain::sector::default_sector_synonyms(),
    )
    .expect("extract");
    let partners = store.list_partners().await.expect("partners");
    let partner_names: Vec<(i64, &str)> =
        partners.iter().map(|p| (p.id, p.name.as_str())).collect();
    let sectors = store.list_sectors().await.expect("sectors");
    let sector_names: Vec<(i64, &str)> = sectors.iter().map(|s| (s.id, s.name.as_str())).collect();
    let flanders = partners
        .iter()
        .find(|p| p.name == "Flanders")
        .expect("flanders")
        .id;
    let open = store
        .open_initiatives_of(flanders, 100)
        .await
        .expect("open");
    let open_titles: Vec<(i64, &str)> = open.iter().map(|o| (o.id, o.title.as_str())).collect();
    let input = ImportInput::from_proposal(
        &proposal,
        None,
        &ImportChoices {
            partners: &partner_names,
            sectors: &sector_names,
            owner_id: Some(officer),
            open_initiatives: &open_titles,
        },
        TODAY,
    );
    assert_eq!(input.meeting.partner_id, flanders.to_string());
    let existing = open
        .iter()
        .find(|o| o.title.starts_with("Keep up the dialogue with Flanders"))
        .expect("the demo's dialogue initiative is open")
        .id;
    Imported {
        draft,
        quotes: proposal
            .commitments
            .iter()
            .map(|c| c.text.clone())
            .collect(),
        input,
        officer,
        existing,
    }
}

async fn a_reviewed_readout_becomes_a_meeting_with_new_and_followed_up_initiatives(store: &Store) {
    let Imported {
        draft,
        mut input,
        quotes,
        officer,
        existing,
    } = reviewed_seed(store).await;
    let n = input.commitments.len();
    assert!(n >= 3, "the seed readout has several proposals");
    // Reject the first, add the firm one to the tracked initiative, edit and keep the rest.
    input.commitments[0].decision = "reject".into();
    let firm = input
        .commitments
        .iter()
        .position(|c| c.strength == "firm")
        .expect("firm");
    input.commitments[firm].decision = "link".into();
    input.commitments[firm].link_id = existing.to_string();
    input.commitments[1].title = "Economic and technological ties with Flanders".into();
    let before = store.initiative(existing).await.expect("existing");
    let checked = CheckedImport::parse(&input, TODAY).expect("valid");
    let meeting_id = store
        .import_readout(draft, &checked, &quotes, Some(officer), TODAY)
        .await
        .expect("import");

    let meeting = store.meeting(meeting_id).await.expect("meeting");
    assert_eq!(meeting.readout.as_deref(), Some(SEED_READOUT));
    assert!(
        meeting
            .participants
            .iter()
            .any(|p| p.name == "Roman Vassilenko")
    );
    let listed = store
        .list_initiatives(
            &InitiativeFilter {
                meeting_id: Some(meeting_id),
                ..Default::default()
            },
            InitiativeSort::Deadline,
            None,
            50,
            TODAY,
        )
        .await
        .expect("list");
    // The rejected one is not there; the linked one is, as a follow-up.
    assert_eq!(listed.total as usize, n - 1);
    assert!(listed.rows.iter().any(|r| r.id == existing));
    assert!(
        listed
            .rows
            .iter()
            .any(|r| r.title == "Economic and technological ties with Flanders")
    );
    let created: Vec<_> = listed.rows.iter().filter(|r| r.id != existing).collect();
    for row in &created {
        let initiative = store.initiative(row.id).await.expect("created");
        assert_eq!(initiative.meeting_id, Some(meeting_id));
        assert_eq!(initiative.owner_id, Some(officer));
        assert_eq!(initiative.status, Status::Proposed);
        assert!(!initiative.sector_ids.is_empty());
    }
    let after = store.initiative(existing).await.expect("existing");
    assert_eq!(after.version, before.version + 1);
    assert_eq!(
        after.meeting_id, before.meeting_id,
        "the origin meeting stays"
    );
    let updates = store.initiative_updates(existing).await.expect("updates");
    let events = store.initiative_events(existing).await.expect("history");
    assert!(
        updates[0].note.contains("agreed to continue dialogue"),
        "{}",
        updates[0].note
    );
    assert_eq!(events[0].action, "follow_up");
    // The history timeline (the audit trail) carries the quote too.
    assert!(
        events[0].changes.contains("agreed to continue dialogue"),
        "{}",
        events[0].changes
    );
    assert_eq!(
        store.readout_draft(draft).await.expect("draft").meeting_id,
        Some(meeting_id)
    );
}

async fn an_import_is_all_or_nothing_and_never_twice(store: &Store) {
    let Imported {
        draft,
        mut input,
        quotes,
        officer,
        ..
    } = reviewed_seed(store).await;
    let meetings_before = store
        .list_meetings("", 200, false)
        .await
        .expect("meetings")
        .len();
    // The last proposal names an owner that does not exist: nothing at all is written.
    let last = input.commitments.len() - 1;
    input.commitments[last].owner_id = "999999".into();
    let checked = CheckedImport::parse(&input, TODAY).expect("valid in form");
    let error = store
        .import_readout(draft, &checked, &quotes, Some(officer), TODAY)
        .await
        .expect_err("unknown owner");
    match error {
        StoreError::Invalid(AppError::Validation(fields)) => {
            assert!(
                fields
                    .get(&format!("commitments[{last}].owner_id"))
                    .is_some()
            );
        }
        other => panic!("expected a field error, got {other:?}"),
    }
    assert_eq!(
        store
            .list_meetings("", 200, false)
            .await
            .expect("meetings")
            .len(),
        meetings_before
    );
    assert_eq!(
        store.readout_draft(draft).await.expect("draft").meeting_id,
        None
    );

    input.commitments[last].owner_id = officer.to_string();
    let checked = CheckedImport::parse(&input, TODAY).expect("valid");
    let first = store
        .import_readout(draft, &checked, &quotes, Some(officer), TODAY)
        .await
        .expect("import");
    let again = store
        .import_readout(draft, &checked, &quotes, Some(officer), TODAY)
        .await
        .expect("second save");
    assert_eq!(first, again, "a second save shows the same meeting");
    assert_eq!(
        store
            .list_meetings("", 200, false)
            .await
            .expect("meetings")
            .len(),
        meetings_before + 1
    );
    assert!(matches!(
        store
            .import_readout(i64::MAX, &checked, &quotes, Some(officer), TODAY)
            .await,
        Err(StoreError::NotFound(_))
    ));
}
