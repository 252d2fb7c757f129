//! Sectors in the store.

use super::{Store, StoreError, with_db};
use crate::domain::Sector;
use crate::domain::sector::DEFAULT_SECTORS;

#[derive(sqlx::FromRow)]
struct SectorRow {
    id: i64,
    slug: String,
    name: String,
    synonyms: String,
}

impl From<SectorRow> for Sector {
    fn from(row: SectorRow) -> Self {
        Sector {
            id: row.id,
            slug: row.slug,
            name: row.name,
            synonyms: row
                .synonyms
                .split('|')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        }
    }
}

impl Store {
    /// Adds the built-in sectors that are missing; leaves existing ones (and admins' edits) alone.
    pub(crate) async fn ensure_default_sectors(&self) -> Result<(), StoreError> {
        with_db!(self.db(), pool => {
            for sector in DEFAULT_SECTORS {
                sqlx::query(
                    "INSERT INTO sectors (slug, name, synonyms) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING",
                )
                .bind(sector.slug)
                .bind(sector.name)
                .bind(sector.synonyms.join("|"))
                .execute(pool)
                .await?;
            }
        });
        Ok(())
    }

    /// Every sector, by name.
    pub async fn list_sectors(&self) -> Result<Vec<Sector>, StoreError> {
        let rows: Vec<SectorRow> = with_db!(self.db(), pool => {
            sqlx::query_as("SELECT id, slug, name, synonyms FROM sectors ORDER BY name, id").fetch_all(pool).await?
        });
        Ok(rows.into_iter().map(Sector::from).collect())
    }

    pub async fn sector_by_slug(&self, slug: &str) -> Result<Option<Sector>, StoreError> {
        let row: Option<SectorRow> = with_db!(self.db(), pool => {
            sqlx::query_as("SELECT id, slug, name, synonyms FROM sectors WHERE slug = $1")
                .bind(slug)
                .fetch_optional(pool)
                .await?
        });
        Ok(row.map(Sector::from))
    }
}
