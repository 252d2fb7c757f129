//! Store contract for user accounts, on both engines.

use super::test_support::on_both_databases;
use super::{Store, StoreError};
use crate::domain::{NewUser, Role};

on_both_databases!(
    the_last_active_admin_cannot_be_demoted_or_deactivated,
    two_admins_demoting_each_other_at_once_leave_one_admin,
    resets_and_deactivations_move_the_session_epoch,
);

async fn admin(store: &Store, email: &str) -> i64 {
    store
        .create_user(
            &NewUser {
                email: email.into(),
                display_name: email.into(),
                role: Role::Admin,
            },
            None,
        )
        .await
        .expect("admin")
        .id
}

async fn active_admins(store: &Store) -> usize {
    store
        .list_users()
        .await
        .expect("users")
        .iter()
        .filter(|u| u.role == Role::Admin && u.active)
        .count()
}

async fn the_last_active_admin_cannot_be_demoted_or_deactivated(store: &Store) {
    let only = admin(store, "only@test.kz").await;
    for (role, active) in [(Role::Manager, true), (Role::Admin, false)] {
        let refused = store.update_user(only, 1, "Only", role, active, None).await;
        assert!(
            matches!(&refused, Err(StoreError::Invalid(e)) if e.field_errors().is_some_and(|f| f.get("role").is_some())),
            "{refused:?}"
        );
    }
    assert_eq!(active_admins(store).await, 1);
    // Renaming the last admin is fine.
    store
        .update_user(only, 1, "Only Admin", Role::Admin, true, None)
        .await
        .expect("rename");
}

async fn two_admins_demoting_each_other_at_once_leave_one_admin(store: &Store) {
    for round in 0..5 {
        let first = admin(store, &format!("first{round}@test.kz")).await;
        let second = admin(store, &format!("second{round}@test.kz")).await;
        // Only these two are admins this round.
        for user in store.list_users().await.expect("users") {
            if user.role == Role::Admin && user.id != first && user.id != second && user.active {
                store
                    .update_user(
                        user.id,
                        user.version,
                        &user.display_name,
                        Role::Viewer,
                        true,
                        None,
                    )
                    .await
                    .expect("demote last round's admin");
            }
        }
        let demote = |id: i64| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .update_user(id, 1, "Demoted", Role::Officer, true, None)
                    .await
            })
        };
        let (a, b) = (demote(first), demote(second));
        let results = [a.await.expect("task"), b.await.expect("task")];
        let done = results.iter().filter(|r| r.is_ok()).count();
        assert_eq!(done, 1, "round {round}: {results:?}");
        assert_eq!(active_admins(store).await, 1, "round {round}");
    }
}

async fn resets_and_deactivations_move_the_session_epoch(store: &Store) {
    let id = admin(store, "someone@test.kz").await;
    admin(store, "another@test.kz").await;
    let epoch = |store: Store| async move { store.session_user(id).await.expect("read").1 };
    let start = epoch(store.clone()).await;
    store
        .update_user(id, 1, "Renamed", Role::Admin, true, None)
        .await
        .expect("rename");
    assert_eq!(epoch(store.clone()).await, start, "a rename keeps sessions");
    store
        .set_password_hash(id, "$argon2id$x", None)
        .await
        .expect("reset");
    assert_eq!(epoch(store.clone()).await, start + 1);
    store
        .update_user(id, 2, "Renamed", Role::Admin, false, None)
        .await
        .expect("deactivate");
    assert_eq!(epoch(store.clone()).await, start + 2);
    store
        .update_user(id, 3, "Renamed", Role::Admin, true, None)
        .await
        .expect("reactivate");
    assert_eq!(
        epoch(store.clone()).await,
        start + 2,
        "reactivation brings nothing back"
    );
}
