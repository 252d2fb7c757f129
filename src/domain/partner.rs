//! Partners: the counterparts a cooperation is with, from countries down to ports.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::text_enum::text_enum;
use super::validation::{MAX_LINE, required_text};
use crate::error::{AppError, FieldErrors};

mod tree;

pub use tree::PartnerTree;

text_enum! {
    /// What sort of counterpart a partner is.
    pub enum PartnerKind {
        Country => ("country", "Country"),
        /// A sub-national region: a state, province or federal region.
        Region => ("region", "Region"),
        /// A city or a port.
        City => ("city", "City or port"),
        /// An international or other organisation.
        Organisation => ("organisation", "Organisation"),
    }
}

text_enum! {
    /// World regions after the UN M49 standard (Asia split into its sub-regions, where most of
    /// our partners are; Europe kept whole).
    pub enum WorldRegion {
        Africa => ("africa", "Africa"),
        NorthernAmerica => ("northern_america", "Northern America"),
        LatinAmerica => ("latin_america", "Latin America and the Caribbean"),
        CentralAsia => ("central_asia", "Central Asia"),
        EasternAsia => ("eastern_asia", "Eastern Asia"),
        SouthEasternAsia => ("south_eastern_asia", "South-eastern Asia"),
        SouthernAsia => ("southern_asia", "Southern Asia"),
        WesternAsia => ("western_asia", "Western Asia"),
        Europe => ("europe", "Europe"),
        Oceania => ("oceania", "Oceania"),
    }
}

impl WorldRegion {
    /// The UN M49 numeric code.
    pub fn m49_code(self) -> &'static str {
        match self {
            Self::Africa => "002",
            Self::NorthernAmerica => "021",
            Self::LatinAmerica => "419",
            Self::CentralAsia => "143",
            Self::EasternAsia => "030",
            Self::SouthEasternAsia => "035",
            Self::SouthernAsia => "034",
            Self::WesternAsia => "145",
            Self::Europe => "150",
            Self::Oceania => "009",
        }
    }
}

/// A stored partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partner {
    pub id: i64,
    /// Stable, URL-friendly key (e.g. `flanders`), unique.
    pub slug: String,
    pub name: String,
    pub kind: PartnerKind,
    /// ISO 3166-1 alpha-2 for countries, ISO 3166-2 for regions, where one exists.
    pub iso_code: Option<String>,
    pub parent_id: Option<i64>,
    pub world_region: WorldRegion,
    /// Counts the partner's changes; an edit names the version it started from.
    pub version: i64,
    /// When it stopped being tracked: hidden from the pickers, its records kept.
    pub retired_at: Option<DateTime<Utc>>,
    /// The partner it was merged into (a merged partner is retired too).
    pub merged_into: Option<i64>,
}

impl Partner {
    /// Whether new meetings and initiatives may name it.
    pub fn is_retired(&self) -> bool {
        self.retired_at.is_some()
    }
}

/// A partner about to be created, already checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPartner {
    pub slug: String,
    pub name: String,
    pub kind: PartnerKind,
    pub iso_code: Option<String>,
    pub parent_id: Option<i64>,
    pub world_region: WorldRegion,
}

impl NewPartner {
    /// Checks a partner's fields; the slug is derived from the name when empty.
    pub fn parse(
        name: &str,
        slug: &str,
        kind: &str,
        iso_code: &str,
        parent_id: Option<i64>,
        world_region: &str,
    ) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let name = required_text(&mut errors, "name", "Name", name, MAX_LINE);
        let slug = if slug.trim().is_empty() {
            slugify(&name)
        } else {
            slug.trim().to_owned()
        };
        if !is_valid_slug(&slug) {
            errors.add(
                "slug",
                "Key must be lower-case letters, digits and hyphens.",
            );
        }
        let kind = PartnerKind::parse(kind);
        if kind.is_none() {
            errors.add("kind", "Choose what sort of partner this is.");
        }
        let iso_code = iso_code.trim().to_ascii_uppercase();
        let iso_valid = iso_code.is_empty()
            || (iso_code.len() <= 6
                && iso_code
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-'));
        if !iso_valid {
            errors.add("iso_code", "ISO code must look like BE or BE-VLG.");
        }
        let world_region = WorldRegion::parse(world_region);
        if world_region.is_none() {
            errors.add("world_region", "Choose a world region.");
        }
        match (kind, world_region) {
            (Some(kind), Some(world_region)) if errors.is_empty() => Ok(NewPartner {
                slug,
                name,
                kind,
                iso_code: (!iso_code.is_empty()).then_some(iso_code),
                parent_id,
                world_region,
            }),
            _ => Err(AppError::Validation(errors)),
        }
    }
}

/// The add-a-partner form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PartnerInput {
    pub name: String,
    /// The stable key; derived from the name when empty.
    pub slug: String,
    pub kind: String,
    pub iso_code: String,
    /// The partner it sits under (an id), or empty for a top-level one.
    pub parent_id: String,
    /// Empty means the parent's world region.
    pub world_region: String,
}

impl PartnerInput {
    /// The form values that show `partner` as it is.
    pub fn from_partner(partner: &Partner) -> Self {
        Self {
            name: partner.name.clone(),
            slug: partner.slug.clone(),
            kind: partner.kind.as_str().to_owned(),
            iso_code: partner.iso_code.clone().unwrap_or_default(),
            parent_id: partner
                .parent_id
                .map(|id| id.to_string())
                .unwrap_or_default(),
            world_region: partner.world_region.as_str().to_owned(),
        }
    }

    /// The parent it names, if any; anything but an id is a message for the field.
    pub fn parent_id(&self) -> Result<Option<i64>, AppError> {
        match self.parent_id.trim() {
            "" => Ok(None),
            raw => raw
                .parse::<i64>()
                .ok()
                .filter(|id| *id > 0)
                .map(Some)
                .ok_or_else(|| AppError::field("parent_id", "Choose a parent from the list.")),
        }
    }

    /// Checks the form; `parent_region` is the world region of the parent it names (a partner
    /// left without one takes its parent's).
    pub fn parse(&self, parent_region: Option<WorldRegion>) -> Result<NewPartner, AppError> {
        let parent_id = self.parent_id()?;
        let region = match (self.world_region.trim(), parent_region) {
            ("", Some(region)) => region.as_str(),
            (raw, _) => raw,
        };
        NewPartner::parse(
            &self.name,
            &self.slug,
            &self.kind,
            &self.iso_code,
            parent_id,
            region,
        )
    }
}

/// Partners in tree order, each with its depth: every top-level partner by name, then what
/// sits under it, recursively. A partner whose parent is missing counts as top-level; each
/// partner is listed once even if the data held a cycle.
pub fn tree_order(partners: &[Partner]) -> Vec<(Partner, usize)> {
    use std::collections::{HashMap, HashSet};
    let known: HashSet<i64> = partners.iter().map(|p| p.id).collect();
    let mut children: HashMap<Option<i64>, Vec<&Partner>> = HashMap::new();
    for partner in partners {
        let parent = partner
            .parent_id
            .filter(|id| known.contains(id) && *id != partner.id);
        children.entry(parent).or_default().push(partner);
    }
    for level in children.values_mut() {
        // Reversed, so that popping from the stack below yields them by name.
        level.sort_by(|a, b| b.name.cmp(&a.name).then(b.id.cmp(&a.id)));
    }
    let mut out = Vec::with_capacity(partners.len());
    let mut listed = HashSet::new();
    let mut stack: Vec<(&Partner, usize)> = children
        .get(&None)
        .map(|roots| roots.iter().map(|p| (*p, 0)).collect())
        .unwrap_or_default();
    while let Some((partner, depth)) = stack.pop() {
        if !listed.insert(partner.id) {
            continue;
        }
        out.push((partner.clone(), depth));
        if let Some(parts) = children.get(&Some(partner.id)) {
            stack.extend(parts.iter().map(|p| (*p, depth + 1)));
        }
    }
    out
}

/// Lower-case ASCII letters and digits joined by single hyphens.
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

pub(crate) fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 80
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn kinds_and_regions_round_trip_through_their_stored_form() {
        for &kind in PartnerKind::ALL {
            assert_eq!(PartnerKind::parse(kind.as_str()), Some(kind));
        }
        for &region in WorldRegion::ALL {
            assert_eq!(WorldRegion::parse(region.as_str()), Some(region));
            assert_eq!(region.m49_code().len(), 3);
        }
    }

    #[test]
    fn a_valid_partner_parses_with_a_derived_slug() {
        let partner =
            NewPartner::parse("Port of Antwerp-Bruges", "", "city", "", Some(3), "europe")
                .expect("valid partner");
        assert_eq!(partner.slug, "port-of-antwerp-bruges");
        assert_eq!(partner.kind, PartnerKind::City);
        assert_eq!(partner.parent_id, Some(3));
        assert_eq!(partner.iso_code, None);
    }

    #[test]
    fn every_bad_field_gets_its_own_message() {
        let error = NewPartner::parse(" ", "Bad Slug", "planet", "not an iso code", None, "mars")
            .expect_err("invalid partner");
        let fields = error.field_errors().expect("validation error");
        for field in ["name", "slug", "kind", "iso_code", "world_region"] {
            assert!(fields.get(field).is_some(), "no message for {field}");
        }
    }

    #[test]
    fn slugify_handles_non_ascii_names() {
        assert_eq!(slugify("Flanders (Vlaanderen)"), "flanders-vlaanderen");
        assert_eq!(slugify("Қазақстан"), "");
    }

    proptest! {
        #[test]
        fn slugify_output_is_empty_or_a_valid_slug(name in ".{0,60}") {
            let slug = slugify(&name);
            prop_assert!(slug.is_empty() || slug.len() > 80 || is_valid_slug(&slug));
        }
    }

    fn node(id: i64, name: &str, parent_id: Option<i64>) -> Partner {
        Partner {
            id,
            slug: slugify(name),
            name: name.into(),
            kind: PartnerKind::Region,
            iso_code: None,
            parent_id,
            world_region: WorldRegion::Europe,
            version: 1,
            retired_at: None,
            merged_into: None,
        }
    }

    #[test]
    fn the_tree_lists_parents_before_their_parts_by_name() {
        let partners = [
            node(1, "Belgium", None),
            node(2, "Flanders", Some(1)),
            node(3, "Antwerp", Some(2)),
            node(4, "Austria", None),
            node(5, "Wallonia", Some(1)),
            node(6, "Lost", Some(99)),
        ];
        let ordered = tree_order(&partners);
        let order: Vec<(&str, usize)> = ordered
            .iter()
            .map(|(p, depth)| (p.name.as_str(), *depth))
            .collect();
        assert_eq!(
            order,
            [
                ("Austria", 0),
                ("Belgium", 0),
                ("Flanders", 1),
                ("Antwerp", 2),
                ("Wallonia", 1),
                ("Lost", 0)
            ]
        );
    }

    #[test]
    fn a_partner_without_a_world_region_takes_its_parents() {
        let input = PartnerInput {
            name: "Limburg Province".into(),
            kind: "region".into(),
            parent_id: "1".into(),
            ..Default::default()
        };
        let parsed = input.parse(Some(WorldRegion::Europe)).expect("valid");
        assert_eq!(parsed.world_region, WorldRegion::Europe);
        assert_eq!(parsed.slug, "limburg-province");
        assert_eq!(parsed.parent_id, Some(1));
        let top = PartnerInput {
            parent_id: String::new(),
            ..input.clone()
        };
        assert!(
            top.parse(None).is_err(),
            "a top-level partner names its region"
        );
        let bad = PartnerInput {
            parent_id: "Belgium".into(),
            ..input
        };
        assert!(bad.parent_id().is_err());
    }
}
