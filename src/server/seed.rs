//! Example data. The demo set grows from the seed case: Kazakhstan's ambassador to Belgium
//! meeting the Minister-President of Flanders. Records are written in our own words.

use std::fmt;

use chrono::NaiveDate;

use super::store::{Store, StoreError};
use crate::domain::{NewMeeting, NewPartner, Participant, PartnerKind, Side, WorldRegion};

/// What a seed run added.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SeedReport {
    pub partners_added: usize,
    pub meetings_added: usize,
}

impl fmt::Display for SeedReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} partners and {} meetings added",
            self.partners_added, self.meetings_added
        )
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

/// Adds the demo partners and meetings that are not there yet.
pub async fn seed_demo(store: &Store) -> Result<SeedReport, StoreError> {
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
            .create_partner(&NewPartner {
                slug: demo.slug.to_owned(),
                name: demo.name.to_owned(),
                kind: demo.kind,
                iso_code: demo.iso_code.map(str::to_owned),
                parent_id,
                world_region: demo.world_region,
            })
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
            .create_meeting(&NewMeeting {
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
            })
            .await?;
        report.meetings_added += 1;
    }
    Ok(report)
}
