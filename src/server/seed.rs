//! Example data. The demo set grows from the seed case: Kazakhstan's ambassador to Belgium
//! meeting the Minister-President of Flanders. Records are written in our own words.

use std::fmt;

use chrono::{Days, NaiveDate};

use super::store::{Store, StoreError};
use crate::domain::{
    Confidentiality, InitiativeFields, NewInitiative, NewMeeting, NewPartner, NewUser, Obligor,
    Participant, PartnerKind, Role, Side, Status, StatusChangeInput, Strength, WorldRegion,
};

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

/// A demo initiative. Dates are days relative to the day the seed runs, so the demo always
/// has something overdue, due soon and stale.
struct DemoInitiative {
    title: &'static str,
    description: &'static str,
    partner: &'static str,
    /// Title of the meeting it came from.
    meeting: Option<&'static str>,
    owner: &'static str,
    deadline_in_days: Option<i64>,
    /// Where it ends up, and the note that takes it there.
    status: Status,
    note: &'static str,
    evidence_url: Option<&'static str>,
    /// Days since the last update.
    quiet_days: u64,
    sectors: &'static [&'static str],
    obligor: Obligor,
    strength: Strength,
    confidentiality: Confidentiality,
}

const FLANDERS_MEETING: &str =
    "Ambassador Vassilenko meets Minister-President Diependaele of Flanders";
const PORT_MEETING: &str =
    "Middle Corridor freight: working session with the Port of Antwerp-Bruges";
const BRABANT_MEETING: &str = "Call on the Governor of Flemish Brabant";
const BAVARIA_MEETING: &str = "Round table with Bavarian pharmaceutical companies";
const MONGOLIA_MEETING: &str =
    "Political consultations with the Ministry of Foreign Affairs of Mongolia";
const COMMISSION_MEETING: &str = "Critical raw materials dialogue with the European Commission";

/// The common shape of a demo initiative; the table below overrides what differs.
#[allow(clippy::too_many_arguments)]
const fn demo(
    title: &'static str,
    partner: &'static str,
    meeting: &'static str,
    owner: &'static str,
    deadline_in_days: Option<i64>,
    status: Status,
    quiet_days: u64,
    sectors: &'static [&'static str],
) -> DemoInitiative {
    DemoInitiative {
        title,
        description: "",
        partner,
        meeting: Some(meeting),
        owner,
        deadline_in_days,
        status,
        note: "",
        evidence_url: None,
        quiet_days,
        sectors,
        obligor: Obligor::Joint,
        strength: Strength::Firm,
        confidentiality: Confidentiality::Internal,
    }
}

const AIDA: &str = "aida@demo.accord.test";
const YERLAN: &str = "yerlan@demo.accord.test";

const DEMO_INITIATIVES: &[DemoInitiative] = &[
    DemoInitiative {
        description: "The closing commitment of the March meeting: keep a standing dialogue with the Flemish \
                      government and turn it into named joint projects.",
        ..demo(
            "Keep up the dialogue with Flanders on joint initiatives and projects",
            "flanders",
            FLANDERS_MEETING,
            AIDA,
            Some(90),
            Status::Active,
            10,
            &["political-dialogue", "trade"],
        )
    },
    DemoInitiative {
        description: "Costed study of a container shuttle from Antwerp to Aktau via the Caspian ports.",
        ..demo(
            "Middle Corridor container shuttle study with the Port of Antwerp-Bruges",
            "port-of-antwerp-bruges",
            PORT_MEETING,
            AIDA,
            Some(-20),
            Status::Active,
            25,
            &["transport-logistics"],
        )
    },
    DemoInitiative {
        strength: Strength::Soft,
        ..demo(
            "Petrochemical cluster exchange between Antwerp and Atyrau",
            "flanders",
            FLANDERS_MEETING,
            AIDA,
            None,
            Status::Proposed,
            75,
            &["chemicals", "industry"],
        )
    },
    demo(
        "Partnering day with Flemish pharmaceutical and biotech companies",
        "flanders",
        FLANDERS_MEETING,
        YERLAN,
        Some(10),
        Status::Active,
        4,
        &["pharma-biotech"],
    ),
    DemoInitiative {
        note: "The Flemish food safety agency has not yet confirmed the veterinary certificates.",
        ..demo(
            "Agro-food export mission to Flanders",
            "flanders",
            FLANDERS_MEETING,
            YERLAN,
            Some(60),
            Status::Blocked,
            5,
            &["agri-food", "trade"],
        )
    },
    DemoInitiative {
        note: "Exchange agreement signed by both universities.",
        evidence_url: Some("https://example.org/accord-demo/ai-exchange-agreement"),
        confidentiality: Confidentiality::Public,
        ..demo(
            "AI research exchange between Flemish and Kazakh universities",
            "flanders",
            FLANDERS_MEETING,
            AIDA,
            Some(30),
            Status::Completed,
            12,
            &["digital-ai", "education"],
        )
    },
    DemoInitiative {
        obligor: Obligor::Them,
        ..demo(
            "Port of Antwerp-Bruges delegation visit to Aktau",
            "port-of-antwerp-bruges",
            PORT_MEETING,
            AIDA,
            Some(45),
            Status::Active,
            70,
            &["transport-logistics"],
        )
    },
    DemoInitiative {
        obligor: Obligor::Us,
        ..demo(
            "Presentation of Kazakhstan's investment opportunities for Flemish Brabant companies",
            "flemish-brabant",
            BRABANT_MEETING,
            YERLAN,
            Some(-5),
            Status::Active,
            15,
            &["finance-investment", "trade"],
        )
    },
    DemoInitiative {
        note: "The Governor declined: the Forum clashes with the provincial council session.",
        strength: Strength::Soft,
        obligor: Obligor::Them,
        ..demo(
            "Governor of Flemish Brabant at the Astana International Forum",
            "flemish-brabant",
            BRABANT_MEETING,
            YERLAN,
            None,
            Status::Dropped,
            40,
            &["political-dialogue"],
        )
    },
    demo(
        "Site visits for generic medicines production in Almaty",
        "bavaria",
        BAVARIA_MEETING,
        YERLAN,
        Some(120),
        Status::Active,
        20,
        &["pharma-biotech", "industry"],
    ),
    demo(
        "Next session of the intergovernmental commission with Mongolia",
        "mongolia",
        MONGOLIA_MEETING,
        AIDA,
        Some(30),
        Status::Active,
        3,
        &["political-dialogue", "trade"],
    ),
    DemoInitiative {
        confidentiality: Confidentiality::Restricted,
        strength: Strength::Soft,
        ..demo(
            "Direct air link between Astana and Ulaanbaatar",
            "mongolia",
            MONGOLIA_MEETING,
            AIDA,
            None,
            Status::Proposed,
            30,
            &["transport-logistics"],
        )
    },
    DemoInitiative {
        confidentiality: Confidentiality::Restricted,
        ..demo(
            "Raw materials road map for 2027 and 2028",
            "european-commission",
            COMMISSION_MEETING,
            YERLAN,
            Some(200),
            Status::Active,
            35,
            &["energy", "industry", "environment-climate"],
        )
    },
];

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

struct DemoPartner {
    slug: &'static str,
    name: &'static str,
    kind: PartnerKind,
    iso_code: Option<&'static str>,
    parent: Option<&'static str>,
    world_region: WorldRegion,
}

const fn partner(
    slug: &'static str,
    name: &'static str,
    kind: PartnerKind,
    iso_code: Option<&'static str>,
    parent: Option<&'static str>,
    world_region: WorldRegion,
) -> DemoPartner {
    DemoPartner {
        slug,
        name,
        kind,
        iso_code,
        parent,
        world_region,
    }
}

/// Parents come before their children.
const DEMO_PARTNERS: &[DemoPartner] = &[
    partner(
        "belgium",
        "Belgium",
        PartnerKind::Country,
        Some("BE"),
        None,
        WorldRegion::Europe,
    ),
    partner(
        "flanders",
        "Flanders",
        PartnerKind::Region,
        Some("BE-VLG"),
        Some("belgium"),
        WorldRegion::Europe,
    ),
    partner(
        "flemish-brabant",
        "Flemish Brabant",
        PartnerKind::Region,
        Some("BE-VBR"),
        Some("flanders"),
        WorldRegion::Europe,
    ),
    partner(
        "port-of-antwerp-bruges",
        "Port of Antwerp-Bruges",
        PartnerKind::City,
        None,
        Some("flanders"),
        WorldRegion::Europe,
    ),
    partner(
        "wallonia",
        "Wallonia",
        PartnerKind::Region,
        Some("BE-WAL"),
        Some("belgium"),
        WorldRegion::Europe,
    ),
    partner(
        "germany",
        "Germany",
        PartnerKind::Country,
        Some("DE"),
        None,
        WorldRegion::Europe,
    ),
    partner(
        "bavaria",
        "Bavaria",
        PartnerKind::Region,
        Some("DE-BY"),
        Some("germany"),
        WorldRegion::Europe,
    ),
    partner(
        "european-commission",
        "European Commission",
        PartnerKind::Organisation,
        None,
        None,
        WorldRegion::Europe,
    ),
    partner(
        "mongolia",
        "Mongolia",
        PartnerKind::Country,
        Some("MN"),
        None,
        WorldRegion::EasternAsia,
    ),
    partner(
        "japan",
        "Japan",
        PartnerKind::Country,
        Some("JP"),
        None,
        WorldRegion::EasternAsia,
    ),
    partner(
        "uzbekistan",
        "Uzbekistan",
        PartnerKind::Country,
        Some("UZ"),
        None,
        WorldRegion::CentralAsia,
    ),
    partner(
        "azerbaijan",
        "Azerbaijan",
        PartnerKind::Country,
        Some("AZ"),
        None,
        WorldRegion::WesternAsia,
    ),
];

struct DemoMeeting {
    partner: &'static str,
    held_on: (i32, u32, u32),
    title: &'static str,
    location: &'static str,
    summary: &'static str,
    source_url: Option<&'static str>,
    participants: &'static [(&'static str, &'static str, &'static str, Side)],
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

const DEMO_MEETINGS: &[DemoMeeting] = &[
    DemoMeeting {
        partner: "flanders",
        held_on: (2026, 3, 10),
        title: "Ambassador Vassilenko meets Minister-President Diependaele of Flanders",
        location: "Brussels",
        summary: "First call on the new Flemish government. Both sides want project-based ties: \
                  freight between Central Asia and Europe along the Middle Corridor with the Port of \
                  Antwerp-Bruges as the European hub; chemicals and petrochemicals; pharmaceuticals \
                  and biotech; agro-food; AI and digital; and links between universities and research \
                  centres. Closing line of the readout: keep talking in order to put joint initiatives \
                  and projects into practice.",
        source_url: Some("https://www.gov.kz/memleket/entities/mfa"),
        participants: &[
            (
                "Roman Vassilenko",
                "Ambassador of Kazakhstan to Belgium",
                "Embassy of Kazakhstan in Belgium",
                Side::Ours,
            ),
            (
                "Matthias Diependaele",
                "Minister-President",
                "Government of Flanders",
                Side::Theirs,
            ),
        ],
    },
    DemoMeeting {
        partner: "port-of-antwerp-bruges",
        held_on: (2026, 4, 22),
        title: "Middle Corridor freight: working session with the Port of Antwerp-Bruges",
        location: "Antwerp",
        summary: "Follow-up on the logistics strand of the Flanders meeting: block-train volumes, a \
                  joint study of a container shuttle via the Caspian ports, and a port delegation to \
                  Aktau.",
        source_url: None,
        participants: &[
            (
                "Trade counsellor",
                "Counsellor for trade and investment",
                "Embassy of Kazakhstan in Belgium",
                Side::Ours,
            ),
            (
                "Head of international relations",
                "",
                "Port of Antwerp-Bruges",
                Side::Theirs,
            ),
        ],
    },
    DemoMeeting {
        partner: "flemish-brabant",
        held_on: (2026, 5, 14),
        title: "Call on the Governor of Flemish Brabant",
        location: "Leuven",
        summary: "Logistics and pharmaceuticals in the province; a presentation of Kazakhstan's \
                  investment climate for local companies; an invitation to the Astana International \
                  Forum.",
        source_url: None,
        participants: &[(
            "Deputy head of mission",
            "",
            "Embassy of Kazakhstan in Belgium",
            Side::Ours,
        )],
    },
    DemoMeeting {
        partner: "bavaria",
        held_on: (2026, 6, 3),
        title: "Round table with Bavarian pharmaceutical companies",
        location: "Munich",
        summary: "Local production of generics, clinical trials and a pharmaceutical cluster in \
                  Almaty.",
        source_url: None,
        participants: &[],
    },
    DemoMeeting {
        partner: "mongolia",
        held_on: (2026, 9, 17),
        title: "Political consultations with the Ministry of Foreign Affairs of Mongolia",
        location: "Astana",
        summary: "Transit trade, a direct air link and the next session of the intergovernmental \
                  commission.",
        source_url: None,
        participants: &[],
    },
    DemoMeeting {
        partner: "european-commission",
        held_on: (2026, 10, 8),
        title: "Critical raw materials dialogue with the European Commission",
        location: "Brussels",
        summary: "Progress on the strategic partnership on raw materials, batteries and renewable \
                  hydrogen; a road map for the next two years.",
        source_url: None,
        participants: &[],
    },
];

/// Adds the demo partners, meetings, users and initiatives that are not there yet.
/// Initiative dates are set relative to `today`.
pub async fn seed_demo(store: &Store, today: NaiveDate) -> Result<SeedReport, StoreError> {
    let mut report = SeedReport::default();
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
        report.partners_added += 1;
    }

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
        report.meetings_added += 1;
    }

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
        report.users_added += 1;
    }

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
        let mut sector_ids = Vec::new();
        for slug in demo.sectors {
            sector_ids.push(
                store
                    .sector_by_slug(slug)
                    .await?
                    .ok_or(StoreError::NotFound("demo sector"))?
                    .id,
            );
        }
        sector_ids.sort_unstable();
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
        report.initiatives_added += 1;
    }
    Ok(report)
}
