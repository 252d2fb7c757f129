//! Example data. The demo set grows from the seed case: Kazakhstan's ambassador to Belgium
//! meeting the Minister-President of Flanders. Records are written in our own words.

use std::fmt;

use chrono::{Days, NaiveDate};

use super::store::{Store, StoreError};
use crate::domain::{
    Confidentiality, InitiativeFields, NewInitiative, NewMeeting, NewPartner, NewUser, Participant,
    Role, Status, StatusChangeInput,
};

mod demo_data;
use demo_data::*;

/// What a seed run added.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SeedReport {
    pub partners_added: usize,
    pub meetings_added: usize,
    pub users_added: usize,
    pub initiatives_added: usize,
}

impl fmt::Display for SeedReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} partners, {} meetings, {} users and {} initiatives added",
            self.partners_added, self.meetings_added, self.users_added, self.initiatives_added
        )
    }
}

/// The password of every demo user: for trying Accord on your own machine only.
pub const DEMO_PASSWORD: &str = "accord-demo-2026";

/// Demo users: (email, name, role), all with [`DEMO_PASSWORD`].
pub const DEMO_USERS: &[(&str, &str, Role)] = &[
    ("admin@demo.accord.test", "Dana Admin", Role::Admin),
    ("manager@demo.accord.test", "Marat Seitkali", Role::Manager),
    ("aida@demo.accord.test", "Aida Nurlanova", Role::Officer),
    ("yerlan@demo.accord.test", "Yerlan Ospanov", Role::Officer),
    ("viewer@demo.accord.test", "Vera Viewer", Role::Viewer),
];

/// Adds the demo partners, meetings, users and initiatives that are not there yet.
/// Initiative dates are set relative to `today`.
pub async fn seed_demo(store: &Store, today: NaiveDate) -> Result<SeedReport, StoreError> {
    Ok(SeedReport {
        partners_added: seed_partners(store).await?,
        meetings_added: seed_meetings(store).await?,
        users_added: seed_users(store).await?,
        initiatives_added: seed_initiatives(store, today).await?,
    })
}

/// The demo partners, parents first.
async fn seed_partners(store: &Store) -> Result<usize, StoreError> {
    let mut added = 0;
    for demo in DEMO_PARTNERS {
        if store.partner_by_slug(demo.slug).await?.is_some() {
            continue;
        }
        let parent_id = match demo.parent {
            Some(slug) => Some(
                store
                    .partner_by_slug(slug)
                    .await?
                    .ok_or(StoreError::NotFound("parent partner"))?
                    .id,
            ),
            None => None,
        };
        store
            .create_partner(
                &NewPartner {
                    slug: demo.slug.to_owned(),
                    name: demo.name.to_owned(),
                    kind: demo.kind,
                    iso_code: demo.iso_code.map(str::to_owned),
                    parent_id,
                    world_region: demo.world_region,
                },
                None,
            )
            .await?;
        added += 1;
    }
    Ok(added)
}

/// The demo meetings, on their own dates.
async fn seed_meetings(store: &Store) -> Result<usize, StoreError> {
    let mut added = 0;
    for demo in DEMO_MEETINGS {
        let partner = store
            .partner_by_slug(demo.partner)
            .await?
            .ok_or(StoreError::NotFound("demo partner"))?;
        let (year, month, day) = demo.held_on;
        let held_on = NaiveDate::from_ymd_opt(year, month, day)
            .ok_or_else(|| StoreError::corrupt("demo date", format!("{year}-{month}-{day}")))?;
        if store
            .find_meeting(partner.id, held_on, demo.title)
            .await?
            .is_some()
        {
            continue;
        }
        let participants = demo
            .participants
            .iter()
            .map(|&(name, title, organisation, side)| Participant {
                name: name.to_owned(),
                title: (!title.is_empty()).then(|| title.to_owned()),
                organisation: (!organisation.is_empty()).then(|| organisation.to_owned()),
                side,
            })
            .collect();
        store
            .create_meeting(
                &NewMeeting {
                    held_on,
                    title: demo.title.to_owned(),
                    location: Some(demo.location.to_owned()),
                    partner_id: partner.id,
                    summary: Some(
                        demo.summary
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" "),
                    ),
                    readout: None,
                    source_url: demo.source_url.map(str::to_owned),
                    participants,
                    confidentiality: demo_meeting_confidentiality(demo.title),
                },
                None,
            )
            .await?;
        added += 1;
    }
    Ok(added)
}

/// The demo users, all with [`DEMO_PASSWORD`].
async fn seed_users(store: &Store) -> Result<usize, StoreError> {
    let mut added = 0;
    // One hash serves every demo user: they share the demo password.
    let mut demo_hash: Option<String> = None;
    for &(email, name, role) in DEMO_USERS {
        if store.user_by_email(email).await?.is_some() {
            continue;
        }
        let user = NewUser {
            email: email.to_owned(),
            display_name: name.to_owned(),
            role,
        };
        let created = store.create_user(&user, None).await?;
        let hash = match &demo_hash {
            Some(hash) => hash.clone(),
            None => {
                let hash = crate::server::auth::password::hash(DEMO_PASSWORD.to_owned())
                    .await
                    .map_err(|error| {
                        StoreError::corrupt("demo password hash", error.to_string())
                    })?;
                demo_hash = Some(hash.clone());
                hash
            }
        };
        store.set_password_hash(created.id, &hash, None).await?;
        added += 1;
    }
    Ok(added)
}

/// The ids of the sectors with these keys, in id order.
async fn sector_ids(store: &Store, slugs: &[&str]) -> Result<Vec<i64>, StoreError> {
    let mut ids = Vec::new();
    for slug in slugs {
        let sector = store.sector_by_slug(slug).await?;
        ids.push(sector.ok_or(StoreError::NotFound("demo sector"))?.id);
    }
    ids.sort_unstable();
    Ok(ids)
}

/// The demo initiatives, dated relative to `today`, each with its status history.
async fn seed_initiatives(store: &Store, today: NaiveDate) -> Result<usize, StoreError> {
    let mut added = 0;
    for demo in DEMO_INITIATIVES {
        let partner = store
            .partner_by_slug(demo.partner)
            .await?
            .ok_or(StoreError::NotFound("demo partner"))?;
        if store
            .find_initiative(partner.id, demo.title)
            .await?
            .is_some()
        {
            continue;
        }
        let meeting_id = match demo.meeting {
            Some(title) => store
                .list_meetings(title, 1, false)
                .await?
                .first()
                .map(|m| m.id),
            None => None,
        };
        let owner = store
            .user_by_email(demo.owner)
            .await?
            .ok_or(StoreError::NotFound("demo owner"))?;
        let sector_ids = sector_ids(store, demo.sectors).await?;
        let last_activity = today
            .checked_sub_days(Days::new(demo.quiet_days))
            .unwrap_or(today);
        let started = last_activity
            .checked_sub_days(Days::new(30))
            .unwrap_or(last_activity);
        let initial = if demo.status == Status::Proposed || demo.deadline_in_days.is_none() {
            Status::Proposed
        } else {
            Status::Active
        };
        let new = NewInitiative {
            fields: InitiativeFields {
                title: demo.title.to_owned(),
                description: demo
                    .description
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                partner_id: partner.id,
                meeting_id,
                owner_id: Some(owner.id),
                deadline: demo.deadline_in_days.map(|days| days_from(today, days)),
                sector_ids,
                obligor: demo.obligor,
                strength: demo.strength,
                confidentiality: demo.confidentiality,
                next_review_on: None,
            },
            status: initial,
        };
        // History is written as if it happened on the days the demo says.
        let created = store
            .create_initiative(&new, Some(owner.id), started)
            .await?;
        if demo.status != initial {
            let change = StatusChangeInput {
                to_status: demo.status.as_str().to_owned(),
                note: demo.note.to_owned(),
                evidence_url: demo.evidence_url.unwrap_or_default().to_owned(),
            };
            store
                .change_status(
                    created.id,
                    created.version,
                    &change,
                    Some(owner.id),
                    last_activity,
                )
                .await?;
        }
        added += 1;
    }
    Ok(added)
}

/// `days` after `today` (before it when negative).
fn days_from(today: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        today
            .checked_add_days(Days::new(days as u64))
            .unwrap_or(today)
    } else {
        today
            .checked_sub_days(Days::new(days.unsigned_abs()))
            .unwrap_or(today)
    }
}

/// A meeting with a restricted commitment is restricted (as the migration that introduced
/// meeting confidentiality decided for existing meetings).
fn demo_meeting_confidentiality(title: &str) -> Confidentiality {
    let restricted = DEMO_INITIATIVES
        .iter()
        .any(|i| i.meeting == Some(title) && i.confidentiality == Confidentiality::Restricted);
    if restricted {
        Confidentiality::Restricted
    } else {
        Confidentiality::Internal
    }
}
