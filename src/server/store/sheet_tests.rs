//! Spreadsheet imports on real SQLite and PostgreSQL: rows become initiatives (with their
//! statuses, history and audit), planned partners are created in the same transaction,
//! every dashboard figure stays equal to a fresh count, a second import of the same file
//! creates nothing, and a failure part-way writes nothing at all.

use super::Store;
use super::summary_tests::assert_summary_is_fresh;
use super::test_support::{TODAY, on_both_databases};
use crate::domain::Status;
use crate::domain::spreadsheet::file::read_sheet;
use crate::domain::spreadsheet::{PartnerPlace, RowOutcome, SheetPlan, SheetReview};
use crate::server::seed;
use crate::server::sheets::dry_run;
use crate::server::store::{PlannedPartner, SheetImportReport, StoreError};

on_both_databases!(
    a_reviewed_file_becomes_initiatives_once_and_keeps_every_count_fresh,
    a_row_that_fails_while_writing_leaves_nothing_written,
    abandoned_uploads_go_after_a_week_and_imported_ones_stay,
);

/// Russian headers, semicolons, every status, one partner the installation lacks.
const SHEET: &str = "\u{feff}№;Название;Партнёр;Ответственный;Срок;Статус;Встреча\n\
    KZ-1;Joint economic council;Flanders;aida@demo.accord.test;31.03.2027;в работе;12.05.2026\n\
    KZ-2;Port of Antwerp visit;Limburg Province;;;предложено;\n\
    KZ-3;Cultural days;Flanders;;;выполнено;\n\
    KZ-4;Visa facilitation;Flanders;aida@demo.accord.test;01.02.2027;заблокировано;\n\
    KZ-5;Air link;Limburg Province;;;отменено;\n";

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

async fn initiative_count(store: &Store) -> i64 {
    super::with_db!(store.db(), pool => {
        sqlx::query_scalar("SELECT COUNT(*) FROM initiatives").fetch_one(pool).await.expect("count")
    })
}

/// The dry run of [`SHEET`], Limburg Province to be added under Belgium.
async fn reviewed(store: &Store) -> (SheetReview, Vec<PlannedPartner>) {
    let file = read_sheet(SHEET.trim_start_matches('\u{feff}')).expect("readable");
    let belgium = store
        .partner_by_slug("belgium")
        .await
        .expect("read")
        .expect("seeded");
    let place = PartnerPlace::PartOf(belgium.id);
    let pairs = vec![("p0".to_owned(), place.as_value())];
    let plan = SheetPlan::read(&file.headers, &pairs);
    let review = dry_run(store, &file, &plan, None).await.expect("dry run");
    assert_eq!(review.unknown_partners, vec!["Limburg Province"]);
    let partners = vec![PlannedPartner {
        index: 0,
        name: "Limburg Province".into(),
        place,
    }];
    (review, partners)
}

async fn a_reviewed_file_becomes_initiatives_once_and_keeps_every_count_fresh(store: &Store) {
    seeded(store).await;
    let aida = store
        .user_by_email("aida@demo.accord.test")
        .await
        .expect("read")
        .expect("seeded");
    let before = initiative_count(store).await;
    let (review, partners) = reviewed(store).await;
    assert!(review.ready(), "{:?}", review.rows);
    assert_eq!(review.creates(), 5);

    let draft = store
        .save_sheet_draft("commitments.csv", SHEET, aida.id)
        .await
        .expect("draft");
    let report = store
        .import_sheet(draft, &review, &partners, Some(aida.id), TODAY)
        .await
        .expect("import");
    assert_eq!(
        report,
        SheetImportReport {
            created: 5,
            already_imported: 0,
            partners_created: 1
        }
    );
    assert_eq!(initiative_count(store).await, before + 5);
    assert_counts_fresh(store, "after the import").await;

    let limburg = store
        .partner_by_slug("limburg-province")
        .await
        .expect("read")
        .expect("created");
    let belgium = store
        .partner_by_slug("belgium")
        .await
        .expect("read")
        .expect("seeded");
    assert_eq!(limburg.parent_id, Some(belgium.id));
    let flanders = store
        .partner_by_slug("flanders")
        .await
        .expect("read")
        .expect("seeded");
    let statuses = [
        (flanders.id, "Joint economic council", Status::Active),
        (limburg.id, "Port of Antwerp visit", Status::Proposed),
        (flanders.id, "Cultural days", Status::Completed),
        (flanders.id, "Visa facilitation", Status::Blocked),
        (limburg.id, "Air link", Status::Dropped),
    ];
    for (partner_id, title, status) in statuses {
        let id = store
            .find_initiative(partner_id, title)
            .await
            .expect("find")
            .expect(title);
        let initiative = store.initiative(id).await.expect("read");
        assert_eq!(initiative.status, status, "{title}");
        assert_eq!(
            initiative.completed_on.is_some(),
            status == Status::Completed,
            "{title}"
        );
        let updates = store.initiative_updates(id).await.expect("history");
        let first = updates.iter().min_by_key(|u| u.id).expect("a first entry");
        assert!(
            first.note.contains("commitments.csv"),
            "{title}: {}",
            first.note
        );
        assert_eq!(
            updates.len(),
            if matches!(status, Status::Proposed | Status::Active) {
                1
            } else {
                2
            }
        );
        assert_eq!(
            store.initiative_events(id).await.expect("audit").is_empty(),
            false
        );
    }
    let council = store
        .find_initiative(flanders.id, "Joint economic council")
        .await
        .expect("find")
        .expect("council");
    let council = store.initiative(council).await.expect("read");
    assert_eq!(council.owner_id, Some(aida.id));
    let first = store.initiative_updates(council.id).await.expect("history");
    assert!(
        first[0].note.contains("2026-05-12"),
        "the meeting day is kept: {}",
        first[0].note
    );

    // The same draft confirmed again (a double click) writes nothing more.
    let again = store
        .import_sheet(draft, &review, &partners, Some(aida.id), TODAY)
        .await
        .expect("again");
    assert_eq!(again.created, 5);
    assert_eq!(initiative_count(store).await, before + 5);

    // The same file uploaded again: every row is found, nothing is created.
    let file = read_sheet(SHEET).expect("readable");
    let plan = SheetPlan::read(&file.headers, &[]);
    let second = dry_run(store, &file, &plan, None).await.expect("dry run");
    assert!(
        second
            .rows
            .iter()
            .all(|row| matches!(row.outcome, RowOutcome::AlreadyImported(_)))
    );
    assert_eq!(second.creates(), 0);
    let draft = store
        .save_sheet_draft("commitments.csv", SHEET, aida.id)
        .await
        .expect("draft");
    // Even a review made before the first import (all rows "to create") creates none.
    let stale = store
        .import_sheet(draft, &review, &[], Some(aida.id), TODAY)
        .await
        .expect("stale");
    assert_eq!(
        stale,
        SheetImportReport {
            created: 0,
            already_imported: 5,
            partners_created: 0
        }
    );
    assert_eq!(initiative_count(store).await, before + 5);
    assert_counts_fresh(store, "after the second import").await;
}

async fn a_row_that_fails_while_writing_leaves_nothing_written(store: &Store) {
    seeded(store).await;
    let aida = store
        .user_by_email("aida@demo.accord.test")
        .await
        .expect("read")
        .expect("seeded");
    let ghent =
        crate::domain::NewPartner::parse("Ghent", "", "region", "", None, "europe").expect("valid");
    let ghent = store.create_partner(&ghent, None).await.expect("ghent");
    let sheet = "Title,Partner\nTrade mission,Flanders\nCouncil,Flanders\nHarbour days,Ghent\n";
    let file = read_sheet(sheet).expect("readable");
    let plan = SheetPlan::read(&file.headers, &[]);
    let review = dry_run(store, &file, &plan, None).await.expect("dry run");
    assert!(review.ready());
    let before = initiative_count(store).await;
    // Between the review and the import, an admin retires Ghent: the last row is refused
    // after the first two were written.
    store
        .retire_partner(ghent.id, ghent.version, true, None)
        .await
        .expect("retire");
    let draft = store
        .save_sheet_draft("mission.csv", sheet, aida.id)
        .await
        .expect("draft");
    let error = store
        .import_sheet(draft, &review, &[], Some(aida.id), TODAY)
        .await
        .expect_err("a retired partner is refused");
    assert!(matches!(error, StoreError::Invalid(_)), "{error:?}");
    assert_eq!(
        initiative_count(store).await,
        before,
        "no initiative was written"
    );
    assert!(
        store
            .sheet_draft(draft)
            .await
            .expect("draft")
            .imported_at
            .is_none()
    );
    assert_counts_fresh(store, "after the refused import").await;
}

async fn abandoned_uploads_go_after_a_week_and_imported_ones_stay(store: &Store) {
    seeded(store).await;
    let aida = store
        .user_by_email("aida@demo.accord.test")
        .await
        .expect("read")
        .expect("seeded");
    let sheet = "Title,Partner\nTrade mission,Flanders\n";
    let abandoned = store
        .save_sheet_draft("a.csv", sheet, aida.id)
        .await
        .expect("draft");
    let imported = store
        .save_sheet_draft("b.csv", sheet, aida.id)
        .await
        .expect("draft");
    let file = read_sheet(sheet).expect("readable");
    let review = dry_run(store, &file, &SheetPlan::read(&file.headers, &[]), None)
        .await
        .expect("dry run");
    store
        .import_sheet(imported, &review, &[], Some(aida.id), TODAY)
        .await
        .expect("import");

    let six_days = TODAY + chrono::Days::new(6);
    let later = store
        .clone()
        .with_clock(crate::server::clock::Clock::starting_on(six_days));
    later
        .save_sheet_draft("c.csv", sheet, aida.id)
        .await
        .expect("draft");
    assert!(
        store.sheet_draft(abandoned).await.is_ok(),
        "kept for a week"
    );

    let eight_days = TODAY + chrono::Days::new(8);
    let later = store
        .clone()
        .with_clock(crate::server::clock::Clock::starting_on(eight_days));
    later
        .save_sheet_draft("d.csv", sheet, aida.id)
        .await
        .expect("draft");
    assert!(matches!(
        store.sheet_draft(abandoned).await,
        Err(StoreError::NotFound(_))
    ));
    let done = store
        .sheet_draft(imported)
        .await
        .expect("an imported file stays");
    assert_eq!(done.created_count, Some(1));
}
