//! "Today" is the office's day: at 20:30 UTC on 1 December it is already 2 December in
//! Almaty, so an initiative due on 1 December is overdue there, and not yet in UTC.

use axum::http::StatusCode;
use chrono::{NaiveDate, Utc};

use super::{get_with, sign_in_as};
use crate::domain::{Confidentiality, NewInitiative, Role, Status};
use crate::server::clock::Clock;
use crate::server::seed;
use crate::server::store::Store;
use crate::server::store::test_support::{every_initiative, fields_of, on_both_databases};

on_both_databases!(
    a_deadline_of_yesterday_in_almaty_is_overdue,
    the_same_deadline_is_still_due_in_utc,
    a_user_in_almaty_sees_it_overdue_in_an_office_on_utc,
    a_user_on_utc_sees_it_due_in_an_office_in_almaty,
);

/// The health badge an officer sees on the page of an initiative due on 1 December, when the
/// clock reads 20:30 UTC on 1 December and days are judged in `zone`.
async fn badge_seen_in(store: &Store, zone: &str) -> String {
    let page = page_seen(store, zone, None).await;
    badge(&page)
}

fn badge(page: &str) -> String {
    let start = page.find("badge--health-").expect("a health badge");
    page[start..].chars().take_while(|c| *c != '"').collect()
}

/// The initiative page of one due on 1 December, seen at 20:30 UTC on 1 December by an officer
/// who works in `user_zone` (when set), in an installation whose zone is `zone`.
async fn page_seen(store: &Store, zone: &str, user_zone: Option<&str>) -> String {
    let evening = chrono::DateTime::parse_from_rfc3339("2026-12-01T20:30:00Z")
        .expect("instant")
        .with_timezone(&Utc);
    let clock = Clock::starting_at(evening).in_zone(zone).expect("a zone");
    let store = store.clone().with_clock(clock);
    let first = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    seed::seed_demo(&store, store.today()).await.expect("demo");
    let some = every_initiative(&store).await[0].clone();
    let mut fields = fields_of(&some);
    fields.title = "Roadmap due on the first of December".into();
    fields.deadline = Some(first);
    fields.confidentiality = Confidentiality::Internal;
    let new = NewInitiative {
        fields,
        status: Status::Active,
    };
    let due = store
        .create_initiative(&new, None, store.today())
        .await
        .expect("initiative");
    let officer = sign_in_as(&store, Role::Officer).await;
    if let Some(user_zone) = user_zone {
        let id = test_officer_id(&store).await;
        store
            .set_user_preferences(id, None, Some(user_zone))
            .await
            .expect("preferences");
    }
    let (status, page) =
        get_with(&store, &format!("/initiatives/{}", due.id), Some(&officer)).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    page
}

async fn test_officer_id(store: &Store) -> i64 {
    store
        .user_by_email("officer@test.kz")
        .await
        .expect("lookup")
        .expect("the test officer")
        .id
}

/// Done-when 4 for a user: the office judges days in UTC, the officer works in Almaty.
async fn a_user_in_almaty_sees_it_overdue_in_an_office_on_utc(store: &Store) {
    let page = page_seen(store, "UTC", Some("Asia/Almaty")).await;
    assert_eq!(badge(&page), "badge--health-overdue", "2 December for her");
    // The history's time is on her clock, and says whose.
    assert!(page.contains("2 Dec 2026, 0"), "{page}");
    assert!(page.contains("Asia/Almaty"));
}

/// And the other way round: an office in Almaty, an officer who chose UTC.
async fn a_user_on_utc_sees_it_due_in_an_office_in_almaty(store: &Store) {
    let page = page_seen(store, "Asia/Almaty", Some("UTC")).await;
    assert_eq!(
        badge(&page),
        "badge--health-due_soon",
        "still 1 December for him"
    );
    assert!(page.contains("1 Dec 2026, 20:30 UTC"), "{page}");
}

async fn a_deadline_of_yesterday_in_almaty_is_overdue(store: &Store) {
    assert_eq!(
        badge_seen_in(store, "Asia/Almaty").await,
        "badge--health-overdue",
        "02:30 on 2 December in Almaty"
    );
}

async fn the_same_deadline_is_still_due_in_utc(store: &Store) {
    assert_eq!(
        badge_seen_in(store, "UTC").await,
        "badge--health-due_soon",
        "still 1 December in UTC"
    );
}
