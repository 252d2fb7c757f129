//! Partners: the counterparts a cooperation is with, from countries down to ports.

use serde::{Deserialize, Serialize};

use super::text_enum::text_enum;
use super::validation::{MAX_LINE, required_text};
use crate::error::{AppError, FieldErrors};

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

fn is_valid_slug(slug: &str) -> bool {
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
}
