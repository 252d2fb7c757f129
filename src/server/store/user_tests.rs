//! Store contract for user accounts, on both engines.

use super::test_support::on_both_databases;
use super::{PASSWORD_LINK_LIFETIME, Store, StoreError};
use crate::domain::{NewUser, Role};
use crate::server::clock::Clock;

on_both_databases!(
    the_last_active_admin_cannot_be_demoted_or_deactivated,
    two_admins_demoting_each_other_at_once_leave_one_admin,
    resets_and_deactivations_move_the_session_epoch,
    a_password_link_works_once_and_only_until_it_expires,
    a_new_password_link_replaces_the_old_and_deactivation_stops_it,
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

async fn password_hash(store: &Store, id: i64) -> Option<String> {
    let email = store.user(id).await.expect("user").email;
    store
        .credentials(&email)
        .await
        .expect("credentials")
        .expect("exists")
        .password_hash
}

async fn a_password_link_works_once_and_only_until_it_expires(store: &Store) {
    let id = admin(store, "new@test.kz").await;
    store
        .set_password_hash(id, "$argon2id$old", None)
        .await
        .expect("old password");
    let epoch = store.session_user(id).await.expect("read").1;
    let link = store.issue_password_link(id, None).await.expect("issue");
    assert_eq!(link.token.len(), 64);
    assert!(link.expires_at > store.now() + PASSWORD_LINK_LIFETIME - chrono::Duration::minutes(1));
    // The old password and every session are gone as soon as the link exists.
    assert_eq!(password_hash(store, id).await, None);
    assert_eq!(store.session_user(id).await.expect("read").1, epoch + 1);
    // The database keeps only a hash of the link.
    let stored: String = super::with_db!(store.db(), pool => {
        sqlx::query_scalar("SELECT token_hash FROM password_links WHERE user_id = $1")
            .bind(id)
            .fetch_one(pool)
            .await
            .expect("stored link")
    });
    assert_ne!(stored, link.token);
    assert!(!stored.contains(&link.token));

    let owner = store
        .password_link_user(&link.token)
        .await
        .expect("look up");
    assert_eq!(owner.map(|u| u.id), Some(id));
    for wrong in [
        "",
        "abc",
        &link.token[..63],
        &link.token.to_uppercase().replace('A', "B"),
    ] {
        assert!(
            store
                .password_link_user(wrong)
                .await
                .expect("look up")
                .is_none(),
            "{wrong}"
        );
    }
    let redeemed = store
        .redeem_password_link(&link.token, "$argon2id$new")
        .await
        .expect("redeem");
    assert_eq!(redeemed, Some((id, epoch + 2)));
    assert_eq!(
        password_hash(store, id).await.as_deref(),
        Some("$argon2id$new")
    );
    // Used up: a second use finds nothing and changes nothing.
    assert_eq!(
        store
            .redeem_password_link(&link.token, "$argon2id$again")
            .await
            .expect("second use"),
        None
    );
    assert!(
        store
            .password_link_user(&link.token)
            .await
            .expect("look up")
            .is_none()
    );
    assert_eq!(
        password_hash(store, id).await.as_deref(),
        Some("$argon2id$new")
    );

    // A link opened after its lifetime does nothing.
    let late_link = store.issue_password_link(id, None).await.expect("issue");
    let later = store.clone().with_clock(Clock::starting_at(
        store.now() + PASSWORD_LINK_LIFETIME + chrono::Duration::minutes(1),
    ));
    assert!(
        later
            .password_link_user(&late_link.token)
            .await
            .expect("look up")
            .is_none()
    );
    assert_eq!(
        later
            .redeem_password_link(&late_link.token, "$argon2id$late")
            .await
            .expect("late use"),
        None
    );
    assert_eq!(password_hash(store, id).await, None);
}

async fn a_new_password_link_replaces_the_old_and_deactivation_stops_it(store: &Store) {
    admin(store, "keeper@test.kz").await;
    let id = admin(store, "rotating@test.kz").await;
    let first = store.issue_password_link(id, None).await.expect("first");
    let second = store.issue_password_link(id, None).await.expect("second");
    assert_ne!(first.token, second.token);
    assert!(
        store
            .password_link_user(&first.token)
            .await
            .expect("look up")
            .is_none()
    );
    assert_eq!(
        store
            .redeem_password_link(&first.token, "$argon2id$x")
            .await
            .expect("use"),
        None
    );
    store
        .update_user(id, 1, "Rotating", Role::Admin, false, None)
        .await
        .expect("deactivate");
    assert!(
        store
            .password_link_user(&second.token)
            .await
            .expect("look up")
            .is_none()
    );
    assert_eq!(
        store
            .redeem_password_link(&second.token, "$argon2id$x")
            .await
            .expect("use"),
        None
    );
    assert_eq!(password_hash(store, id).await, None);
    assert!(matches!(
        store.issue_password_link(9_999_999, None).await,
        Err(StoreError::NotFound(_))
    ));
}
