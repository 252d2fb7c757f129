//! Sectors in the store.

use super::audit::{AuditEntry, changes, insert_audit};
use super::conn::{Conn, on_conn};
use super::{BeginWrite, Store, StoreError, with_db};
use crate::domain::Sector;
use crate::domain::sector::DEFAULT_SECTORS;
use crate::domain::sector::NewSector;
use crate::error::AppError;

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

/// A sector's key must be free for anyone but `own_id`.
async fn check_sector_slug<'c>(
    conn: impl Into<Conn<'c>>,
    sector: &NewSector,
    own_id: Option<i64>,
) -> Result<(), StoreError> {
    let taken: Option<i64> = on_conn!(conn.into(), connection => {
        sqlx::query_scalar("SELECT id FROM sectors WHERE slug = $1")
            .bind(&sector.slug)
            .fetch_optional(connection)
            .await?
    });
    if taken.is_some() && taken != own_id {
        return Err(StoreError::Invalid(AppError::field(
            "name",
            "A sector with this name already exists.",
        )));
    }
    Ok(())
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

    /// Creates a sector. A name whose key is taken is a validation error.
    pub async fn create_sector(
        &self,
        sector: &NewSector,
        actor: Option<i64>,
    ) -> Result<Sector, StoreError> {
        let at = self.now();
        with_db!(self.db(), pool => {
                    let mut tx = pool.begin_write().await?;
                    check_sector_slug(&mut *tx, sector, None).await?;
                    let row: SectorRow = sqlx::query_as(
                        "INSERT INTO sectors (slug, name, synonyms) VALUES ($1, $2, $3) RETURNING id, slug, name, synonyms",
                    )
                    .bind(&sector.slug)
                    .bind(&sector.name)
                    .bind(sector.synonyms.join("|"))
                    .fetch_one(&mut *tx)
                    .await?;
                    let created = Sector::from(row);
                    insert_audit(
            &mut *tx,
            AuditEntry { actor, at, entity: "sector", entity_id: created.id, action: "create", changes: changes(None, &created) },
        ).await?;
                    tx.commit().await?;
                    Ok(created)
                })
    }

    /// Renames a sector or changes its synonyms.
    pub async fn update_sector(
        &self,
        id: i64,
        sector: &NewSector,
        actor: Option<i64>,
    ) -> Result<Sector, StoreError> {
        let at = self.now();
        let select = "SELECT id, slug, name, synonyms FROM sectors WHERE id = $1";
        with_db!(self.db(), pool => {
                    let mut tx = pool.begin_write().await?;
                    let current: Option<SectorRow> = sqlx::query_as(select).bind(id).fetch_optional(&mut *tx).await?;
                    let current = Sector::from(current.ok_or(StoreError::NotFound("Sector"))?);
                    check_sector_slug(&mut *tx, sector, Some(id)).await?;
                    sqlx::query("UPDATE sectors SET slug = $1, name = $2, synonyms = $3 WHERE id = $4")
                        .bind(&sector.slug)
                        .bind(&sector.name)
                        .bind(sector.synonyms.join("|"))
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                    let row: SectorRow = sqlx::query_as(select).bind(id).fetch_one(&mut *tx).await?;
                    let changed = Sector::from(row);
                    insert_audit(
            &mut *tx,
            AuditEntry { actor, at, entity: "sector", entity_id: id, action: "update", changes: changes(Some(&current), &changed) },
        ).await?;
                    tx.commit().await?;
                    Ok(changed)
                })
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
