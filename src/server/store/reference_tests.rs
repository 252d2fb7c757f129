//! Partners, sectors and users kept between requests: every instance on one database sees
//! every change at its next read, whether the change came through the store, another
//! instance or plain SQL. Real SQLite and PostgreSQL.

use super::Store;
use super::reference::ReferenceTable;
use super::test_support::{another_instance, on_both_databases};
use crate::domain::sector::NewSector;
use crate::domain::{Language, NewPartner, NewUser, PartnerKind, Role, WorldRegion};

on_both_databases!(
    every_instance_sees_reference_changes_made_by_another,
    unchanged_tables_are_answered_from_the_kept_rows,
);

fn partner(slug: &str) -> NewPartner {
    NewPartner {
        slug: slug.into(),
        name: slug.replace('-', " "),
        kind: PartnerKind::Region,
        iso_code: None,
        parent_id: None,
        world_region: WorldRegion::Europe,
    }
}

fn user(email: &str) -> NewUser {
    NewUser {
        email: email.into(),
        display_name: email.into(),
        role: Role::Officer,
    }
}

async fn partner_names(store: &Store) -> Vec<String> {
    let partners = store.list_partners().await.expect("partners");
    partners.into_iter().map(|p| p.name).collect()
}

async fn every_instance_sees_reference_changes_made_by_another(first: &Store) {
    let second = another_instance(first).await;
    let flanders = first
        .create_partner(&partner("flanders"), None)
        .await
        .expect("partner");
    let aida = first
        .create_user(&user("aida@x.test"), None)
        .await
        .expect("user");
    // The first instance now keeps all three tables.
    assert_eq!(partner_names(first).await, ["flanders"]);
    let sectors_before = first.list_sectors().await.expect("sectors").len();
    assert!(
        first.list_users().await.expect("users")[0]
            .language
            .is_none()
    );

    // Changes through the other instance's store.
    let mut renamed = partner("flanders");
    renamed.name = "Flanders (Vlaanderen)".into();
    second
        .update_partner(flanders.id, flanders.version, &renamed, None)
        .await
        .expect("renamed");
    second
        .create_sector(
            &NewSector::parse("Space", "satellites").expect("sector"),
            None,
        )
        .await
        .expect("created");
    second
        .set_user_language(aida.id, Some(Language::Kazakh))
        .await
        .expect("language");
    assert_eq!(partner_names(first).await, ["Flanders (Vlaanderen)"]);
    let sectors = first.list_sectors().await.expect("sectors");
    assert_eq!(sectors.len(), sectors_before + 1);
    assert!(sectors.iter().any(|s| s.name == "Space"));
    let users = first.list_users().await.expect("users");
    assert_eq!(users[0].language, Some(Language::Kazakh));

    // A change no store method made (a console, a script) is seen all the same.
    crate::server::store::with_db!(second.db(), pool => {
        sqlx::query("UPDATE partners SET name = 'Vlaanderen' WHERE id = $1")
            .bind(flanders.id)
            .execute(pool)
            .await
            .expect("plain update");
    });
    assert_eq!(partner_names(first).await, ["Vlaanderen"]);
    crate::server::store::with_db!(second.db(), pool => {
        sqlx::query("UPDATE users SET active = FALSE WHERE id = $1")
            .bind(aida.id)
            .execute(pool)
            .await
            .expect("plain update");
    });
    assert!(!first.list_users().await.expect("users")[0].active);
    second.close().await;
}

async fn unchanged_tables_are_answered_from_the_kept_rows(store: &Store) {
    store
        .create_partner(&partner("flanders"), None)
        .await
        .expect("partner");
    let listed = partner_names(store).await;
    let version = store
        .reference_version(ReferenceTable::Partners)
        .await
        .expect("version");
    let kept = store.reference.partners.at(version).expect("kept rows");
    assert_eq!(
        kept.iter().map(|p| p.name.clone()).collect::<Vec<_>>(),
        listed
    );
    // A write that is rolled back leaves the version, and the kept rows, as they were.
    crate::server::store::with_db!(store.db(), pool => {
        let mut tx = pool.begin().await.expect("begin");
        sqlx::query("UPDATE partners SET name = 'Nowhere'")
            .execute(&mut *tx)
            .await
            .expect("update");
        tx.rollback().await.expect("rollback");
    });
    assert_eq!(
        store
            .reference_version(ReferenceTable::Partners)
            .await
            .expect("version"),
        version
    );
    assert_eq!(partner_names(store).await, listed);
    // A committed write gives the table a new version.
    store
        .create_partner(&partner("wallonia"), None)
        .await
        .expect("partner");
    assert_ne!(
        store
            .reference_version(ReferenceTable::Partners)
            .await
            .expect("version"),
        version
    );
    assert_eq!(partner_names(store).await, ["flanders", "wallonia"]);
}
