//! The demo installation's partners, meetings and initiatives: data only, dated relative to the day it is seeded.

use crate::domain::{Confidentiality, Obligor, PartnerKind, Side, Status, Strength, WorldRegion};

pub(super) struct DemoInitiative {
    pub(super) title: &'static str,
    pub(super) description: &'static str,
    pub(super) partner: &'static str,
    /// Title of the meeting it came from.
    pub(super) meeting: Option<&'static str>,
    pub(super) owner: &'static str,
    pub(super) deadline_in_days: Option<i64>,
    /// Where it ends up, and the note that takes it there.
    pub(super) status: Status,
    pub(super) note: &'static str,
    pub(super) evidence_url: Option<&'static str>,
    /// Days since the last update.
    pub(super) quiet_days: u64,
    pub(super) sectors: &'static [&'static str],
    pub(super) obligor: Obligor,
    pub(super) strength: Strength,
    pub(super) confidentiality: Confidentiality,
}

pub(super) const FLANDERS_MEETING: &str =
    "Ambassador Vassilenko meets Minister-President Diependaele of Flanders";
pub(super) const PORT_MEETING: &str =
    "Middle Corridor freight: working session with the Port of Antwerp-Bruges";
pub(super) const BRABANT_MEETING: &str = "Call on the Governor of Flemish Brabant";
pub(super) const BAVARIA_MEETING: &str = "Round table with Bavarian pharmaceutical companies";
pub(super) const MONGOLIA_MEETING: &str =
    "Political consultations with the Ministry of Foreign Affairs of Mongolia";
pub(super) const COMMISSION_MEETING: &str =
    "Critical raw materials dialogue with the European Commission";

/// The common shape of a demo initiative; the table below overrides what differs.
#[allow(clippy::too_many_arguments)]
pub(super) const fn demo(
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

pub(super) const AIDA: &str = "aida@demo.accord.test";
pub(super) const YERLAN: &str = "yerlan@demo.accord.test";

pub(super) const DEMO_INITIATIVES: &[DemoInitiative] = &[
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

pub(super) struct DemoPartner {
    pub(super) slug: &'static str,
    pub(super) name: &'static str,
    pub(super) kind: PartnerKind,
    pub(super) iso_code: Option<&'static str>,
    pub(super) parent: Option<&'static str>,
    pub(super) world_region: WorldRegion,
}

pub(super) const fn partner(
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
pub(super) const DEMO_PARTNERS: &[DemoPartner] = &[
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

pub(super) struct DemoMeeting {
    pub(super) partner: &'static str,
    pub(super) held_on: (i32, u32, u32),
    pub(super) title: &'static str,
    pub(super) location: &'static str,
    pub(super) summary: &'static str,
    pub(super) source_url: Option<&'static str>,
    pub(super) participants: &'static [(&'static str, &'static str, &'static str, Side)],
}

pub(super) const DEMO_MEETINGS: &[DemoMeeting] = &[
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
