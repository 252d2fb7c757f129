//! The store contract, run against real SQLite and real PostgreSQL.

use chrono::NaiveDate;

use super::Store;
use super::test_support::on_both_databases;
use crate::domain::permission::{Actor, Writer};
use crate::domain::{
    Confidentiality, NewMeeting, NewPartner, Participant, PartnerKind, Side, WorldRegion,
};
use crate::error::AppError;
use crate::server::seed;
use crate::server::store::StoreError;

on_both_databases!(
    migrations_can_run_twice,
    partners_round_trip_with_their_parent,
    a_taken_slug_or_unknown_parent_is_a_field_error,
    meetings_round_trip_with_participants_in_order,
    restricted_meetings_are_left_out_when_asked,
    a_meeting_needs_an_existing_partner,
    a_missing_meeting_is_not_found,
    meetings_list_newest_first_and_search_title_partner_and_place,
    search_treats_wildcards_literally,
    the_demo_seed_is_idempotent,
    concurrent_writes_all_commit,
    partners_meetings_users_and_sectors_update_with_an_audit_trail,
    a_retired_sector_stays_where_it_is_and_is_added_nowhere_new,
    a_partner_cannot_sit_under_itself,
    a_new_world_region_moves_the_parts_of_a_partner_too,
);

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

async fn add_partner(store: &Store, slug: &str, name: &str, parent_id: Option<i64>) -> i64 {
    store
        .create_partner(
            &NewPartner {
                slug: slug.into(),
                name: name.into(),
                kind: if parent_id.is_some() {
                    PartnerKind::Region
                } else {
                    PartnerKind::Country
                },
                iso_code: None,
                parent_id,
                world_region: WorldRegion::Europe,
            },
            None,
        )
        .await
        .expect("create partner")
        .id
}

fn meeting(partner_id: i64, held_on: NaiveDate, title: &str, location: &str) -> NewMeeting {
    NewMeeting {
        held_on,
        title: title.into(),
        location: Some(location.into()),
        partner_id,
        summary: None,
        readout: None,
        source_url: None,
        participants: vec![],
        confidentiality: Confidentiality::Internal,
    }
}

fn field_of(error: StoreError) -> Vec<String> {
    match error {
        StoreError::Invalid(AppError::Validation(fields)) => {
            fields.iter().map(|(f, _)| f.to_owned()).collect()
        }
        other => panic!("expected a validation error, got {other:?}"),
    }
}

async fn migrations_can_run_twice(store: &Store) {
    store.migrate().await.expect("second migration run");
    store.ping().await.expect("ping");
}

async fn partners_round_trip_with_their_parent(store: &Store) {
    let belgium = add_partner(store, "belgium", "Belgium", None).await;
    let flanders = add_partner(store, "flanders", "Flanders", Some(belgium)).await;
    let stored = store.partner(flanders).await.expect("read partner");
    assert_eq!(stored.name, "Flanders");
    assert_eq!(stored.parent_id, Some(belgium));
    assert_eq!(stored.world_region, WorldRegion::Europe);
    assert_eq!(
        store.partner_by_slug("flanders").await.expect("by slug"),
        Some(stored)
    );
    assert_eq!(
        store.partner_by_slug("nowhere").await.expect("by slug"),
        None
    );
    let names: Vec<String> = store
        .list_partners()
        .await
        .expect("list")
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Belgium", "Flanders"]);
}

async fn a_taken_slug_or_unknown_parent_is_a_field_error(store: &Store) {
    add_partner(store, "belgium", "Belgium", None).await;
    let mut duplicate = NewPartner {
        slug: "belgium".into(),
        name: "Belgium again".into(),
        kind: PartnerKind::Country,
        iso_code: Some("BE".into()),
        parent_id: None,
        world_region: WorldRegion::Europe,
    };
    let error = store
        .create_partner(&duplicate, None)
        .await
        .expect_err("taken slug");
    assert_eq!(field_of(error), ["slug"]);
    duplicate.slug = "orphan".into();
    duplicate.parent_id = Some(999_999);
    let error = store
        .create_partner(&duplicate, None)
        .await
        .expect_err("unknown parent");
    assert_eq!(field_of(error), ["parent_id"]);
    assert_eq!(store.list_partners().await.expect("list").len(), 1);
}

async fn meetings_round_trip_with_participants_in_order(store: &Store) {
    let flanders = add_partner(store, "flanders", "Flanders", None).await;
    let mut new = meeting(
        flanders,
        date(2026, 3, 10),
        "Call on the Minister-President",
        "Brussels",
    );
    new.summary = Some("Trade, logistics and research.".into());
    new.readout = Some("<script>alert(1)</script> stays text".into());
    new.source_url = Some("https://example.org/readout".into());
    new.participants = vec![
        Participant {
            name: "Zed First".into(),
            title: Some("Ambassador".into()),
            organisation: None,
            side: Side::Ours,
        },
        Participant {
            name: "Amy Second".into(),
            title: None,
            organisation: Some("Government of Flanders".into()),
            side: Side::Theirs,
        },
    ];
    let id = store
        .create_meeting(&new, None)
        .await
        .expect("create meeting");
    let stored = store.meeting(id).await.expect("read meeting");
    assert_eq!(stored.held_on, new.held_on);
    assert_eq!(stored.title, new.title);
    assert_eq!(stored.partner_name, "Flanders");
    assert_eq!(stored.summary, new.summary);
    assert_eq!(stored.readout, new.readout);
    assert_eq!(stored.source_url, new.source_url);
    assert_eq!(stored.participants, new.participants);
    let list = store.list_meetings("", 10, false).await.expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].participant_count, 2);
}

async fn a_meeting_needs_an_existing_partner(store: &Store) {
    let error = store
        .create_meeting(
            &meeting(424_242, date(2026, 1, 1), "Ghost", "Nowhere"),
            None,
        )
        .await
        .expect_err("unknown partner");
    assert_eq!(field_of(error), ["partner_id"]);
    assert!(
        store
            .list_meetings("", 10, false)
            .await
            .expect("list")
            .is_empty()
    );
}

async fn a_missing_meeting_is_not_found(store: &Store) {
    assert!(matches!(
        store.meeting(123).await,
        Err(StoreError::NotFound("Meeting"))
    ));
}

async fn meetings_list_newest_first_and_search_title_partner_and_place(store: &Store) {
    let flanders = add_partner(store, "flanders", "Flanders", None).await;
    let mongolia = add_partner(store, "mongolia", "Mongolia", None).await;
    store
        .create_meeting(
            &meeting(flanders, date(2026, 3, 10), "Trade talks", "Brussels"),
            None,
        )
        .await
        .expect("m1");
    store
        .create_meeting(
            &meeting(
                mongolia,
                date(2026, 9, 17),
                "Political consultations",
                "Astana",
            ),
            None,
        )
        .await
        .expect("m2");
    store
        .create_meeting(
            &meeting(flanders, date(2026, 5, 1), "Port visit", "Antwerp"),
            None,
        )
        .await
        .expect("m3");

    let titles = |rows: Vec<crate::domain::MeetingSummary>| {
        rows.into_iter().map(|m| m.title).collect::<Vec<_>>()
    };
    assert_eq!(
        titles(store.list_meetings("", 50, false).await.expect("all")),
        ["Political consultations", "Port visit", "Trade talks"]
    );
    assert_eq!(
        titles(
            store
                .list_meetings("FLANDERS", 50, false)
                .await
                .expect("partner")
        ),
        ["Port visit", "Trade talks"]
    );
    assert_eq!(
        titles(
            store
                .list_meetings(" astana ", 50, false)
                .await
                .expect("place")
        ),
        ["Political consultations"]
    );
    assert_eq!(
        titles(
            store
                .list_meetings("talks", 50, false)
                .await
                .expect("title")
        ),
        ["Trade talks"]
    );
    assert_eq!(
        store
            .list_meetings("", 1, false)
            .await
            .expect("limited")
            .len(),
        1
    );
    assert_eq!(
        store
            .list_meetings("", -5, false)
            .await
            .expect("clamped")
            .len(),
        1
    );
}

async fn search_treats_wildcards_literally(store: &Store) {
    let partner = add_partner(store, "p", "Partner", None).await;
    store
        .create_meeting(
            &meeting(partner, date(2026, 1, 1), "Plain title", "Here"),
            None,
        )
        .await
        .expect("m1");
    store
        .create_meeting(
            &meeting(partner, date(2026, 1, 2), "100% agreement", "There"),
            None,
        )
        .await
        .expect("m2");
    let rows = store.list_meetings("%", 50, false).await.expect("percent");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].title, "100% agreement");
    assert!(
        store
            .list_meetings("_lain", 50, false)
            .await
            .expect("underscore")
            .is_empty()
    );
}

async fn the_demo_seed_is_idempotent(store: &Store) {
    let first = seed::seed_demo(store, crate::server::store::test_support::TODAY)
        .await
        .expect("first seed");
    assert!(
        first.partners_added >= 5 && first.meetings_added >= 5,
        "{first}"
    );
    let second = seed::seed_demo(store, crate::server::store::test_support::TODAY)
        .await
        .expect("second seed");
    assert_eq!((second.partners_added, second.meetings_added), (0, 0));

    let hash = store
        .credentials("aida@demo.accord.test")
        .await
        .expect("read")
        .expect("demo officer")
        .password_hash
        .expect("demo users have a password");
    assert!(
        crate::server::auth::password::verify(seed::DEMO_PASSWORD.to_owned(), Some(hash))
            .await
            .expect("verify"),
        "the demo password works"
    );

    let flanders = store
        .partner_by_slug("flanders")
        .await
        .expect("lookup")
        .expect("Flanders seeded");
    let belgium = store
        .partner_by_slug("belgium")
        .await
        .expect("lookup")
        .expect("Belgium seeded");
    assert_eq!(flanders.parent_id, Some(belgium.id));
    assert_eq!(belgium.world_region, WorldRegion::Europe);

    let flanders_meetings = store
        .list_meetings("Flanders", 50, false)
        .await
        .expect("search");
    let seed_meeting = flanders_meetings
        .iter()
        .find(|m| m.partner_name == "Flanders" && m.held_on == date(2026, 3, 10))
        .expect("the seed meeting");
    let details = store.meeting(seed_meeting.id).await.expect("details");
    assert!(details.participants.iter().any(|p| p.side == Side::Ours));
    assert!(details.participants.iter().any(|p| p.side == Side::Theirs));
}

async fn concurrent_writes_all_commit(store: &Store) {
    let partner = add_partner(store, "busy", "Busy partner", None).await;
    let mut tasks = Vec::new();
    for n in 0..40 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            store
                .create_meeting(
                    &meeting(partner, date(2026, 2, 1), &format!("Meeting {n}"), "Hall"),
                    None,
                )
                .await
        }));
    }
    for task in tasks {
        task.await
            .expect("task")
            .expect("every concurrent write commits");
    }
    assert_eq!(
        store
            .list_meetings("", 200, false)
            .await
            .expect("list")
            .len(),
        40
    );
}

async fn audit_actions(store: &Store, entity: &str, id: i64) -> Vec<String> {
    super::with_db!(store.db(), pool => {
        sqlx::query_scalar("SELECT action FROM audit_events WHERE entity = $1 AND entity_id = $2 ORDER BY id")
            .bind(entity)
            .bind(id)
            .fetch_all(pool)
            .await
            .expect("audit events")
    })
}

async fn partners_meetings_users_and_sectors_update_with_an_audit_trail(store: &Store) {
    use crate::domain::sector::NewSector;
    use crate::domain::{NewUser, Role};

    let belgium = add_partner(store, "belgium", "Belgium", None).await;
    let renamed = store
        .update_partner(
            belgium,
            1,
            &NewPartner::parse(
                "Kingdom of Belgium",
                "belgium",
                "country",
                "be",
                None,
                "europe",
            )
            .expect("valid"),
            None,
        )
        .await
        .expect("update partner");
    assert_eq!(
        (renamed.name.as_str(), renamed.iso_code.as_deref()),
        ("Kingdom of Belgium", Some("BE"))
    );
    assert_eq!(renamed.version, 2);
    assert_eq!(store.partner(belgium).await.expect("read"), renamed);
    assert_eq!(
        audit_actions(store, "partner", belgium).await,
        ["create", "update"]
    );
    // An edit started from the first version would overwrite the second: refused, unchanged.
    let stale =
        NewPartner::parse("Belgique", "belgium", "country", "be", None, "europe").expect("valid");
    assert!(matches!(
        store.update_partner(belgium, 1, &stale, None).await,
        Err(StoreError::Changed("Partner"))
    ));
    assert_eq!(store.partner(belgium).await.expect("read"), renamed);

    let other = add_partner(store, "mongolia", "Mongolia", None).await;
    let mut new = meeting(belgium, date(2026, 3, 10), "First title", "Brussels");
    new.participants = vec![Participant {
        name: "One".into(),
        title: None,
        organisation: None,
        side: Side::Ours,
    }];
    let id = store
        .create_meeting(&new, None)
        .await
        .expect("create meeting");
    let mut edit = meeting(other, date(2026, 3, 11), "Second title", "Ghent");
    edit.participants = vec![
        Participant {
            name: "Two".into(),
            title: None,
            organisation: None,
            side: Side::Theirs,
        },
        Participant {
            name: "Three".into(),
            title: Some("Envoy".into()),
            organisation: None,
            side: Side::Ours,
        },
    ];
    edit.confidentiality = Confidentiality::Restricted;
    let changed = store
        .update_meeting(id, 1, &edit, None)
        .await
        .expect("update meeting");
    assert_eq!(changed.version, 2);
    assert_eq!(changed.confidentiality, Confidentiality::Restricted);
    assert_eq!(changed.title, "Second title");
    assert_eq!(changed.partner_name, "Mongolia");
    assert_eq!(changed.participants, edit.participants);
    assert_eq!(store.meeting(id).await.expect("read"), changed);
    assert_eq!(
        audit_actions(store, "meeting", id).await,
        ["create", "update"]
    );
    // An edit started from the first version would overwrite the second: refused, unchanged.
    assert!(matches!(
        store.update_meeting(id, 1, &new, None).await,
        Err(StoreError::Changed("Meeting"))
    ));
    assert_eq!(store.meeting(id).await.expect("read"), changed);
    edit.partner_id = 999_999;
    assert_eq!(
        field_of(
            store
                .update_meeting(id, 2, &edit, None)
                .await
                .expect_err("bad partner")
        ),
        ["partner_id"]
    );
    assert!(matches!(
        store.update_meeting(999_999, 1, &new, None).await,
        Err(StoreError::NotFound(_))
    ));
    // The writer is judged on the row: the meeting is restricted now, so a viewer does not
    // even learn it exists, and nothing is written either way.
    let viewer = Writer::Person(Actor {
        user_id: 4242,
        role: Role::Viewer,
    });
    assert!(matches!(
        store.update_meeting(id, 2, &new, viewer).await,
        Err(StoreError::NotFound("Meeting"))
    ));
    edit.partner_id = other;
    edit.confidentiality = Confidentiality::Internal;
    store
        .update_meeting(id, 2, &edit, None)
        .await
        .expect("make it internal");
    assert!(matches!(
        store.update_meeting(id, 3, &new, viewer).await,
        Err(StoreError::Forbidden)
    ));
    assert_eq!(store.meeting(id).await.expect("read").version, 3);

    let user = store
        .create_user(
            &NewUser::parse("Aida@Example.kz", "Aida", "officer").expect("valid"),
            None,
        )
        .await
        .expect("create user");
    assert_eq!(user.email, "aida@example.kz");
    let duplicate = store
        .create_user(
            &NewUser::parse("aida@example.kz", "Other", "viewer").expect("valid"),
            None,
        )
        .await;
    assert_eq!(field_of(duplicate.expect_err("taken email")), ["email"]);
    let promoted = store
        .update_user(user.id, user.version, "Aida N.", Role::Manager, false, None)
        .await
        .expect("update user");
    assert_eq!(
        (
            promoted.role,
            promoted.active,
            promoted.display_name.as_str()
        ),
        (Role::Manager, false, "Aida N.")
    );
    assert_eq!(store.user(user.id).await.expect("read"), promoted);
    // A second admin's edit started before the first one landed is refused, not applied.
    assert!(matches!(
        store
            .update_user(user.id, user.version, "Aida", Role::Viewer, true, None)
            .await,
        Err(StoreError::Changed("User"))
    ));
    assert_eq!(store.list_users().await.expect("users"), [promoted.clone()]);
    assert_eq!(
        audit_actions(store, "user", user.id).await,
        ["create", "update"]
    );
    assert_eq!(
        field_of(
            store
                .update_user(user.id, promoted.version, " ", Role::Viewer, true, None)
                .await
                .expect_err("blank name")
        ),
        ["display_name"]
    );

    let sector = store
        .create_sector(
            &NewSector::parse("Space industry", "space, satellites").expect("valid"),
            None,
        )
        .await
        .expect("create sector");
    assert_eq!(sector.synonyms, ["space", "satellites"]);
    let taken = store
        .create_sector(&NewSector::parse("Trade", "").expect("valid"), None)
        .await;
    assert_eq!(field_of(taken.expect_err("built-in name")), ["name"]);
    let edited = store
        .update_sector(
            sector.id,
            sector.version,
            &NewSector::parse("Space industry", "launchers").expect("valid"),
            None,
        )
        .await
        .expect("update sector");
    assert_eq!(edited.synonyms, ["launchers"]);
    assert_eq!(edited.version, sector.version + 1);
    assert_eq!(
        store
            .sector_by_slug("space-industry")
            .await
            .expect("lookup"),
        Some(edited.clone())
    );
    // Someone who read the sector before that edit cannot save over it.
    let stale = store
        .update_sector(
            sector.id,
            sector.version,
            &NewSector::parse("Space", "orbit").expect("valid"),
            None,
        )
        .await;
    assert!(
        matches!(stale, Err(StoreError::Changed("Sector"))),
        "{stale:?}"
    );
    let stale = store
        .retire_sector(sector.id, sector.version, true, None)
        .await;
    assert!(
        matches!(stale, Err(StoreError::Changed("Sector"))),
        "{stale:?}"
    );
    let retired = store
        .retire_sector(sector.id, edited.version, true, None)
        .await
        .expect("retire");
    assert!(retired.is_retired());
    let restored = store
        .retire_sector(sector.id, retired.version, false, None)
        .await
        .expect("restore");
    assert!(!restored.is_retired());
    assert_eq!(
        audit_actions(store, "sector", sector.id).await,
        ["create", "update", "retire", "restore"]
    );
}

async fn a_partner_cannot_sit_under_itself(store: &Store) {
    let belgium = add_partner(store, "belgium", "Belgium", None).await;
    let flanders = add_partner(store, "flanders", "Flanders", Some(belgium)).await;
    let port = add_partner(store, "port", "Port", Some(flanders)).await;
    for parent in [belgium, port] {
        let moved = NewPartner::parse("Belgium", "belgium", "country", "", Some(parent), "europe")
            .expect("valid");
        assert_eq!(
            field_of(
                store
                    .update_partner(belgium, 1, &moved, None)
                    .await
                    .expect_err("cycle")
            ),
            ["parent_id"]
        );
    }
    let taken = NewPartner::parse("Flanders", "belgium", "region", "", Some(belgium), "europe")
        .expect("valid");
    assert_eq!(
        field_of(
            store
                .update_partner(flanders, 1, &taken, None)
                .await
                .expect_err("slug")
        ),
        ["slug"]
    );
    assert_eq!(store.partner(belgium).await.expect("read").parent_id, None);
}

async fn a_new_world_region_moves_the_parts_of_a_partner_too(store: &Store) {
    let country = add_partner(store, "kazakhstan", "Kazakhstan", None).await;
    let region = add_partner(store, "almaty-region", "Almaty Region", Some(country)).await;
    let city = add_partner(store, "almaty", "Almaty", Some(region)).await;
    let elsewhere = add_partner(store, "mongolia", "Mongolia", None).await;
    let moved = NewPartner::parse(
        "Kazakhstan",
        "kazakhstan",
        "country",
        "KZ",
        None,
        "central_asia",
    )
    .expect("valid");
    store
        .update_partner(country, 1, &moved, None)
        .await
        .expect("moved to Central Asia");
    for part in [region, city] {
        let part = store.partner(part).await.expect("read");
        assert_eq!(part.world_region, WorldRegion::CentralAsia, "{}", part.name);
        assert_eq!(part.version, 2);
        assert_eq!(
            audit_actions(store, "partner", part.id).await,
            ["create", "update"]
        );
    }
    assert_eq!(
        store.partner(elsewhere).await.expect("read").world_region,
        WorldRegion::Europe
    );
}

async fn restricted_meetings_are_left_out_when_asked(store: &Store) {
    let belgium = add_partner(store, "belgium", "Belgium", None).await;
    let flanders = add_partner(store, "flanders", "Flanders", Some(belgium)).await;
    let mut secret = meeting(flanders, date(2026, 3, 10), "Secret talks", "Ghent");
    secret.confidentiality = Confidentiality::Restricted;
    let secret = store.create_meeting(&secret, None).await.expect("create");
    let open = store
        .create_meeting(
            &meeting(flanders, date(2026, 3, 11), "Open talks", "Ghent"),
            None,
        )
        .await
        .expect("create");
    let ids =
        |rows: Vec<crate::domain::MeetingSummary>| rows.iter().map(|m| m.id).collect::<Vec<_>>();
    assert_eq!(
        ids(store.list_meetings("talks", 50, false).await.expect("all")),
        [open, secret]
    );
    assert_eq!(
        ids(store
            .list_meetings("talks", 50, true)
            .await
            .expect("hidden")),
        [open]
    );
    assert_eq!(
        ids(store
            .partner_meetings(belgium, 50, false)
            .await
            .expect("all")),
        [open, secret]
    );
    assert_eq!(
        ids(store
            .partner_meetings(belgium, 50, true)
            .await
            .expect("hidden")),
        [open]
    );
    let read = store.meeting(secret).await.expect("read");
    assert_eq!(
        (read.confidentiality, read.version),
        (Confidentiality::Restricted, 1)
    );
}

async fn a_retired_sector_stays_where_it_is_and_is_added_nowhere_new(store: &Store) {
    use crate::server::store::test_support::{TODAY, every_initiative, fields_of};
    seed::seed_demo(store, TODAY).await.expect("demo");
    let all = every_initiative(store).await;
    let tagged = all
        .iter()
        .find(|i| !i.sector_ids.is_empty())
        .expect("a tagged initiative")
        .clone();
    let sector_id = tagged.sector_ids[0];
    let sector = store.sector(sector_id).await.expect("sector");
    store
        .retire_sector(sector_id, sector.version, true, None)
        .await
        .expect("retire");

    // The initiative that has it keeps it through an edit.
    let mut fields = fields_of(&tagged);
    fields.title = format!("{} (edited)", tagged.title);
    let kept = store
        .update_initiative(tagged.id, tagged.version, &fields, "", None, TODAY)
        .await
        .expect("an edit keeps a retired sector");
    assert!(kept.sector_ids.contains(&sector_id));

    // Nowhere else may it be added: not to a new initiative, not to another by an edit.
    let mut new_fields = fields_of(&tagged);
    new_fields.title = "Space week".into();
    new_fields.sector_ids = vec![sector_id];
    let refused = store
        .create_initiative(
            &crate::domain::NewInitiative {
                fields: new_fields,
                status: crate::domain::Status::Proposed,
            },
            None,
            TODAY,
        )
        .await
        .expect_err("a retired sector on a new initiative");
    assert_eq!(field_of(refused), ["sector_ids"]);
    let other = all
        .iter()
        .find(|i| !i.sector_ids.contains(&sector_id))
        .expect("an initiative without it");
    let mut other_fields = fields_of(other);
    other_fields.sector_ids.push(sector_id);
    let refused = store
        .update_initiative(other.id, other.version, &other_fields, "", None, TODAY)
        .await
        .expect_err("a retired sector added by an edit");
    assert_eq!(field_of(refused), ["sector_ids"]);
}
