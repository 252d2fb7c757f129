//! The initiative part of the store contract, run against real SQLite and real PostgreSQL:
//! the shared world and helpers here, the tests by behaviour in the files below.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::Store;
use super::test_support::{TODAY, every_initiative, on_both_databases};
use crate::domain::dashboard::Tally;
use crate::domain::{
    Confidentiality, Cursor, Health, Initiative, InitiativeFields, InitiativeFilter,
    InitiativeSort, NewInitiative, NewPartner, NewUser, Obligor, PartnerKind, Role, Status,
    StatusChangeInput, Strength, WorldRegion,
};
use crate::error::AppError;
use crate::server::seed;
use crate::server::store::StoreError;

mod dashboard;
mod listing;
mod search;
mod slippage;
mod writes;

fn day(offset: i64) -> NaiveDate {
    if offset >= 0 {
        TODAY
            .checked_add_days(Days::new(offset as u64))
            .expect("date")
    } else {
        TODAY
            .checked_sub_days(Days::new(offset.unsigned_abs()))
            .expect("date")
    }
}

struct World {
    belgium: i64,
    flanders: i64,
    port: i64,
    mongolia: i64,
    officer: i64,
    other_officer: i64,
    sectors: Vec<i64>,
}

async fn world(store: &Store) -> World {
    let partner = |slug: &str, parent: Option<i64>| NewPartner {
        slug: slug.into(),
        name: slug.to_uppercase(),
        kind: if parent.is_some() {
            PartnerKind::Region
        } else {
            PartnerKind::Country
        },
        iso_code: None,
        parent_id: parent,
        world_region: WorldRegion::Europe,
    };
    let belgium = store
        .create_partner(&partner("belgium", None), None)
        .await
        .expect("belgium")
        .id;
    let flanders = store
        .create_partner(&partner("flanders", Some(belgium)), None)
        .await
        .expect("flanders")
        .id;
    let port = store
        .create_partner(&partner("port", Some(flanders)), None)
        .await
        .expect("port")
        .id;
    let mongolia = store
        .create_partner(&partner("mongolia", None), None)
        .await
        .expect("mongolia")
        .id;
    let user = |email: &str| NewUser {
        email: email.into(),
        display_name: email.into(),
        role: Role::Officer,
    };
    let officer = store
        .create_user(&user("a@x.kz"), None)
        .await
        .expect("officer")
        .id;
    let other_officer = store
        .create_user(&user("b@x.kz"), None)
        .await
        .expect("officer")
        .id;
    let sectors = store
        .list_sectors()
        .await
        .expect("sectors")
        .into_iter()
        .map(|s| s.id)
        .collect();
    World {
        belgium,
        flanders,
        port,
        mongolia,
        officer,
        other_officer,
        sectors,
    }
}

fn fields(
    world: &World,
    title: &str,
    partner_id: i64,
    deadline: Option<NaiveDate>,
) -> InitiativeFields {
    InitiativeFields {
        title: title.into(),
        description: format!("About {title}"),
        partner_id,
        meeting_id: None,
        owner_id: Some(world.officer),
        deadline,
        sector_ids: vec![world.sectors[0]],
        obligor: Obligor::Joint,
        strength: Strength::Firm,
        confidentiality: Confidentiality::Internal,
        next_review_on: None,
    }
}

async fn create(
    store: &Store,
    fields: InitiativeFields,
    status: Status,
    on: NaiveDate,
) -> Initiative {
    store
        .create_initiative(&NewInitiative { fields, status }, None, on)
        .await
        .expect("create initiative")
}

fn change(to: Status, note: &str, evidence: &str) -> StatusChangeInput {
    StatusChangeInput {
        to_status: to.as_str().into(),
        note: note.into(),
        evidence_url: evidence.into(),
    }
}

fn invalid_fields(error: StoreError) -> Vec<String> {
    match error {
        StoreError::Invalid(AppError::Validation(fields)) => {
            fields.iter().map(|(f, _)| f.to_owned()).collect()
        }
        other => panic!("expected a validation error, got {other:?}"),
    }
}

async fn tally(store: &Store) -> BTreeMap<(i64, String), i64> {
    super::with_db!(store.db(), pool => {
        let rows: Vec<(i64, String, i64)> =
            sqlx::query_as("SELECT partner_id, status, n FROM partner_status_counts WHERE n <> 0")
                .fetch_all(pool)
                .await
                .expect("tally");
        rows.into_iter().map(|(p, s, n)| ((p, s), n)).collect()
    })
}

async fn fresh_tally(store: &Store) -> BTreeMap<(i64, String), i64> {
    super::with_db!(store.db(), pool => {
        let rows: Vec<(i64, String, i64)> =
            sqlx::query_as("SELECT partner_id, status, COUNT(*) FROM initiatives GROUP BY partner_id, status")
                .fetch_all(pool)
                .await
                .expect("fresh count");
        rows.into_iter().map(|(p, s, n)| ((p, s), n)).collect()
    })
}

/// The dashboard, counted the slow way: every initiative read and classified in Rust.
async fn fresh_dashboard(store: &Store, today: NaiveDate) -> Vec<Tally> {
    let ids: Vec<i64> = super::with_db!(store.db(), pool => {
        sqlx::query_scalar("SELECT id FROM initiatives").fetch_all(pool).await.expect("ids")
    });
    let mut counts: BTreeMap<(i64, Status, Health), i64> = BTreeMap::new();
    for id in ids {
        let i = store.initiative(id).await.expect("read");
        *counts
            .entry((i.partner_id, i.status, i.health(today)))
            .or_default() += 1;
    }
    counts
        .into_iter()
        .map(|((partner_id, status, health), count)| Tally {
            partner_id,
            status,
            health,
            count,
        })
        .collect()
}
