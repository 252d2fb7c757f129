//! Sectors: the controlled list of fields of cooperation, with the synonyms the readout
//! importer matches.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::partner::{is_valid_slug, slugify};
use super::validation::{MAX_LINE, MAX_TEXT, required_text};
use crate::error::{AppError, FieldErrors};

/// A stored sector.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sector {
    pub id: i64,
    pub slug: String,
    pub name: String,
    /// Lower-case words and phrases that name this sector in a readout.
    pub synonyms: Vec<String>,
    /// Counts the sector's changes; an edit names the version it started from.
    pub version: i64,
    /// When it stopped being offered: hidden from the pickers and the readout importer, kept
    /// on the initiatives that have it.
    pub retired_at: Option<DateTime<Utc>>,
}

impl Sector {
    pub fn is_retired(&self) -> bool {
        self.retired_at.is_some()
    }
}

/// What the sector forms send, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SectorInput {
    pub name: String,
    /// The stable key; made from the name when empty.
    pub slug: String,
    /// Comma-separated words and phrases.
    pub synonyms: String,
}

impl SectorInput {
    /// The form values that show `sector` as it is.
    pub fn from_sector(sector: &Sector) -> Self {
        Self {
            name: sector.name.clone(),
            slug: sector.slug.clone(),
            synonyms: sector.synonyms.join(", "),
        }
    }

    pub fn parse(&self) -> Result<NewSector, AppError> {
        NewSector::parse_with_key(&self.name, &self.slug, &self.synonyms)
    }
}

/// A sector about to be created or changed, already checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSector {
    pub slug: String,
    pub name: String,
    pub synonyms: Vec<String>,
}

impl NewSector {
    /// `synonyms` is a comma-separated list; they are lower-cased and de-duplicated.
    pub fn parse(name: &str, synonyms: &str) -> Result<Self, AppError> {
        Self::parse_with_key(name, "", synonyms)
    }

    /// [`NewSector::parse`] with a key typed by the user (made from the name when empty: a
    /// name in Kazakh or Russian needs one typed, in Latin letters).
    pub fn parse_with_key(name: &str, key: &str, synonyms: &str) -> Result<Self, AppError> {
        let mut errors = FieldErrors::new();
        let name = required_text(&mut errors, "name", "Name", name, MAX_LINE);
        let key = key.trim().to_lowercase();
        let slug = if key.is_empty() { slugify(&name) } else { key };
        if !is_valid_slug(&slug) && !name.is_empty() {
            errors.add(
                "slug",
                "The key needs Latin letters, digits and dashes only (e.g. space-industry).",
            );
        }
        if synonyms.chars().count() > MAX_TEXT {
            errors.add(
                "synonyms",
                format!("Synonyms must be at most {MAX_TEXT} characters."),
            );
        }
        let mut list: Vec<String> = Vec::new();
        for synonym in synonyms
            .split(',')
            .map(|s| s.trim().to_lowercase())
            .filter(|s| !s.is_empty())
        {
            if synonym.contains('|') {
                errors.add("synonyms", "Synonyms cannot contain the | character.");
            } else if !list.contains(&synonym) {
                list.push(synonym);
            }
        }
        errors.into_result(NewSector {
            slug,
            name,
            synonyms: list,
        })
    }
}

/// A sector of the built-in list.
pub struct DefaultSector {
    pub slug: &'static str,
    pub name: &'static str,
    pub synonyms: &'static [&'static str],
}

/// The built-in list; admins can add more.
pub const DEFAULT_SECTORS: &[DefaultSector] = &[
    DefaultSector {
        slug: "trade",
        name: "Trade",
        synonyms: &[
            "trade",
            "trade and economic",
            "export",
            "import",
            "commerce",
            "commercial",
        ],
    },
    DefaultSector {
        slug: "industry",
        name: "Industry",
        synonyms: &[
            "industry",
            "industrial",
            "manufacturing",
            "industrial cooperation",
        ],
    },
    DefaultSector {
        slug: "transport-logistics",
        name: "Transport and logistics",
        synonyms: &[
            "transport",
            "logistics",
            "transit",
            "middle corridor",
            "railway",
            "port",
            "freight",
            "aviation",
            "air link",
        ],
    },
    DefaultSector {
        slug: "energy",
        name: "Energy",
        synonyms: &[
            "energy",
            "oil and gas",
            "renewable",
            "hydrogen",
            "nuclear",
            "power",
        ],
    },
    DefaultSector {
        slug: "chemicals",
        name: "Chemicals and petrochemicals",
        synonyms: &["chemical", "chemicals", "petrochemical", "petrochemicals"],
    },
    DefaultSector {
        slug: "pharma-biotech",
        name: "Pharmaceuticals and biotechnology",
        synonyms: &[
            "pharmaceutical",
            "pharmaceuticals",
            "pharma",
            "biotechnology",
            "biotech",
        ],
    },
    DefaultSector {
        slug: "agri-food",
        name: "Agriculture and food",
        synonyms: &[
            "agriculture",
            "agro-industrial",
            "agro-food",
            "agrifood",
            "food",
            "agricultural",
        ],
    },
    DefaultSector {
        slug: "digital-ai",
        name: "Digital and AI",
        synonyms: &[
            "digital",
            "artificial intelligence",
            "ai",
            "it",
            "information technology",
            "digitalisation",
            "digitalization",
        ],
    },
    DefaultSector {
        slug: "science-innovation",
        name: "Science and innovation",
        synonyms: &[
            "science",
            "scientific",
            "innovation",
            "research",
            "r&d",
            "technology",
        ],
    },
    DefaultSector {
        slug: "education",
        name: "Education",
        synonyms: &[
            "education",
            "educational",
            "university",
            "universities",
            "academic",
            "students",
        ],
    },
    DefaultSector {
        slug: "health",
        name: "Health",
        synonyms: &["health", "healthcare", "medicine", "medical"],
    },
    DefaultSector {
        slug: "culture-tourism",
        name: "Culture and tourism",
        synonyms: &[
            "culture",
            "cultural",
            "tourism",
            "humanitarian",
            "people-to-people",
        ],
    },
    DefaultSector {
        slug: "finance-investment",
        name: "Finance and investment",
        synonyms: &[
            "finance",
            "financial",
            "investment",
            "investments",
            "banking",
            "investor",
        ],
    },
    DefaultSector {
        slug: "environment-climate",
        name: "Environment and climate",
        synonyms: &["environment", "environmental", "climate", "green", "water"],
    },
    DefaultSector {
        slug: "security",
        name: "Security",
        synonyms: &["security", "defence", "defense", "counter-terrorism"],
    },
    DefaultSector {
        slug: "political-dialogue",
        name: "Political dialogue",
        synonyms: &[
            "political",
            "political dialogue",
            "consultations",
            "diplomatic",
            "parliamentary",
        ],
    },
];

/// The built-in sector list as the readout extractor's input.
pub fn default_sector_synonyms() -> Vec<crate::readout::SectorSynonyms> {
    DEFAULT_SECTORS
        .iter()
        .map(|s| crate::readout::SectorSynonyms {
            slug: s.slug.to_string(),
            name: s.name.to_string(),
            synonyms: s.synonyms.iter().map(|x| x.to_string()).collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn new_sectors_normalise_their_synonyms() {
        let sector = NewSector::parse("Space industry", " Space, satellites,SPACE ,, launch")
            .expect("valid");
        assert_eq!(sector.slug, "space-industry");
        assert_eq!(sector.synonyms, ["space", "satellites", "launch"]);
        assert!(NewSector::parse(" ", "").is_err());
        assert!(NewSector::parse("Дипломатия", "").is_err());
        assert!(NewSector::parse("Ok", "a|b").is_err());
    }

    #[test]
    fn a_name_without_latin_letters_takes_a_typed_key() {
        let input = SectorInput {
            name: "Ғарыш саласы".into(),
            slug: " Space ".into(),
            synonyms: "ғарыш, космос".into(),
        };
        let sector = input.parse().expect("valid");
        assert_eq!(
            (sector.name.as_str(), sector.slug.as_str()),
            ("Ғарыш саласы", "space")
        );
        assert_eq!(sector.synonyms, ["ғарыш", "космос"]);
        let refused = SectorInput {
            slug: "space industry!".into(),
            ..input
        }
        .parse();
        assert!(
            matches!(refused, Err(AppError::Validation(errors)) if errors.get("slug").is_some())
        );
    }

    #[test]
    fn default_sectors_have_unique_slugs_and_lower_case_synonyms() {
        let slugs: HashSet<_> = DEFAULT_SECTORS.iter().map(|s| s.slug).collect();
        assert_eq!(slugs.len(), DEFAULT_SECTORS.len());
        assert_eq!(DEFAULT_SECTORS.len(), 16);
        for sector in DEFAULT_SECTORS {
            assert!(!sector.synonyms.is_empty(), "{}", sector.slug);
            for synonym in sector.synonyms {
                assert_eq!(*synonym, synonym.to_lowercase());
            }
        }
    }
}
