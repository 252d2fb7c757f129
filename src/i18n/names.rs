//! The message ids of closed values: a status, a health, a role, a world region each has a
//! message `<prefix>-<stored text>` (`status-active`, `health-due_soon`).

use crate::domain::audit::AuditKind;
use crate::domain::changes::ChangeKind;
use crate::domain::dashboard::DashboardLevel;
use crate::domain::initiative::InitiativeSort;
use crate::domain::spreadsheet::SheetColumn;
use crate::domain::text_enum::TextValue;
use crate::domain::{
    Confidentiality, Health, Obligor, PartnerKind, Role, Side, Status, Strength, WorldRegion,
};

/// A closed value people see by name.
pub trait Named: TextValue {
    /// The catalogues' prefix for this kind of value.
    const MESSAGE_PREFIX: &'static str;

    /// Every value of the kind (for the test that each has its message).
    fn every() -> &'static [Self];

    fn message_id(self) -> String {
        format!("{}-{}", Self::MESSAGE_PREFIX, self.text())
    }
}

macro_rules! named {
    ($($kind:ty => $prefix:literal),+ $(,)?) => {
        $(
            impl Named for $kind {
                const MESSAGE_PREFIX: &'static str = $prefix;
                fn every() -> &'static [Self] {
                    <$kind>::ALL
                }
            }
        )+

        /// Every named value's message id, for the catalogue tests.
        #[cfg(test)]
        pub(super) fn every_message_id() -> Vec<String> {
            let mut ids = Vec::new();
            $( ids.extend(<$kind>::ALL.iter().map(|value| value.message_id())); )+
            ids
        }
    };
}

named! {
    Status => "status",
    Health => "health",
    Role => "role",
    Confidentiality => "confidentiality",
    Obligor => "obligor",
    Strength => "strength",
    Side => "side",
    PartnerKind => "partner-kind",
    WorldRegion => "world-region",
    DashboardLevel => "dashboard-level",
    ChangeKind => "change-kind",
    AuditKind => "audit-kind",
    InitiativeSort => "initiative-sort",
    SheetColumn => "sheet-column",
}

impl super::Language {
    /// A dashboard row's name (`key` as `DashboardRow::key`): a world region's in this language,
    /// a partner's as typed.
    pub fn dashboard_row_name(self, key: &str, name: &str) -> String {
        key.strip_prefix("region=")
            .and_then(crate::domain::WorldRegion::parse)
            .map(|region| self.name_of(region))
            .unwrap_or_else(|| name.to_owned())
    }
}
