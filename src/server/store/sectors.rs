//! Sectors in the store.

use super::audit::{AuditEntry, changes, insert_audit};
use super::conn::{Conn, on_conn};
use super::reference::ReferenceTable;
use super::{BeginWrite, Store, StoreError, with_db};
use crate::domain::Sector;
use crate::domain::sector::DEFAULT_SECTORS;
use crate::domain::sector::NewSector;
use crate::error::AppError;
use chrono::{DateTime, Utc};

#[derive(sqlx::FromRow)]
struct SectorRow {
    id: i64,
    slug: String,
    name: String,
    synonyms: String,
    version: i64,
    retired_at: Option<DateTime<Utc>>,
}

/// The columns a [`SectorRow`] reads.
const SECTOR_COLUMNS: &str = "id, slug, name, synonyms, version, retired_at";

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
            version: row.version,
            retired_at: row.retired_at,
        }
    }
}

/// Reads a sector that must exist, locked against other writers until the transaction ends.
async fn locked_sector(conn: Conn<'_>, id: i64) -> Result<Sector, StoreError> {
    let lock = match conn {
        Conn::Sqlite(_) => "",
        Conn::Postgres(_) => " FOR UPDATE",
    };
    let sql = format!("SELECT {SECTOR_COLUMNS} FROM sectors WHERE id = $1{lock}");
    let row: Option<SectorRow> = on_conn!(conn, connection => {
        sqlx::query_as(&sql).bind(id).fetch_optional(connection).await?
    });
    Ok(row.ok_or(StoreError::NotFound("Sector"))?.into())
}

/// Writes `changed` over `current` (name, key, synonyms, retirement; the version moves on if
/// it is still `current`'s) and its audit event.
async fn write_sector(
    mut conn: Conn<'_>,
    (current, changed): (&Sector, &Sector),
    action: &'static str,
    actor: Option<i64>,
    at: DateTime<Utc>,
) -> Result<(), StoreError> {
    let written = on_conn!(conn.again(), connection => {
        sqlx::query(
            "UPDATE sectors SET slug = $1, name = $2, synonyms = $3, retired_at = $4, \
                version = version + 1 WHERE id = $5 AND version = $6",
        )
        .bind(&changed.slug)
        .bind(&changed.name)
        .bind(changed.synonyms.join("|"))
        .bind(changed.retired_at)
        .bind(current.id)
        .bind(current.version)
        .execute(connection)
        .await?
        .rows_affected()
    });
    if written == 0 {
        return Err(StoreError::Changed("Sector"));
    }
    let audit = AuditEntry {
        actor,
        at,
        entity: "sector",
        entity_id: current.id,
        action,
        changes: changes(Some(current), changed),
    };
    insert_audit(conn, audit).await
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
                        "INSERT INTO sectors (slug, name, synonyms) VALUES ($1, $2, $3) RETURNING id, slug, name, synonyms, version, retired_at",
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

    /// Renames a sector, changes its key or its synonyms, if it is still at
    /// `expected_version` (otherwise [`StoreError::Changed`] and nothing is written).
    pub async fn update_sector(
        &self,
        id: i64,
        expected_version: i64,
        sector: &NewSector,
        actor: Option<i64>,
    ) -> Result<Sector, StoreError> {
        let at = self.now();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let current = locked_sector((&mut *tx).into(), id).await?;
            if current.version != expected_version {
                return Err(StoreError::Changed("Sector"));
            }
            check_sector_slug(&mut *tx, sector, Some(id)).await?;
            let changed = Sector {
                slug: sector.slug.clone(),
                name: sector.name.clone(),
                synonyms: sector.synonyms.clone(),
                version: current.version + 1,
                ..current.clone()
            };
            write_sector((&mut *tx).into(), (&current, &changed), "update", actor, at).await?;
            tx.commit().await?;
            Ok(changed)
        })
    }

    /// Retires sector `id` (seen at `version`): no longer offered to new initiatives nor
    /// matched in readouts, kept on the initiatives that have it; or brings it back.
    pub async fn retire_sector(
        &self,
        id: i64,
        expected_version: i64,
        retire: bool,
        actor: Option<i64>,
    ) -> Result<Sector, StoreError> {
        let at = self.now();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let current = locked_sector((&mut *tx).into(), id).await?;
            if current.version != expected_version {
                return Err(StoreError::Changed("Sector"));
            }
            let changed = Sector {
                retired_at: if retire { current.retired_at.or(Some(at)) } else { None },
                version: current.version + 1,
                ..current.clone()
            };
            let action = if retire { "retire" } else { "restore" };
            write_sector((&mut *tx).into(), (&current, &changed), action, actor, at).await?;
            tx.commit().await?;
            Ok(changed)
        })
    }

    /// One sector.
    pub async fn sector(&self, id: i64) -> Result<Sector, StoreError> {
        let sql = format!("SELECT {SECTOR_COLUMNS} FROM sectors WHERE id = $1");
        let row: Option<SectorRow> = with_db!(self.db(), pool => {
            sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?
        });
        Ok(row.ok_or(StoreError::NotFound("Sector"))?.into())
    }

    /// How many initiatives carry each sector (sectors no initiative has are left out).
    pub async fn sector_uses(&self) -> Result<std::collections::HashMap<i64, i64>, StoreError> {
        let rows: Vec<(i64, i64)> = with_db!(self.db(), pool => {
            sqlx::query_as("SELECT sector_id, COUNT(*) FROM initiative_sectors GROUP BY sector_id")
                .fetch_all(pool)
                .await?
        });
        Ok(rows.into_iter().collect())
    }

    /// Every sector, by name (kept between requests while the table is unchanged).
    pub async fn list_sectors(&self) -> Result<Vec<Sector>, StoreError> {
        self.kept_rows(ReferenceTable::Sectors, |kept| &kept.sectors, async || {
            let rows: Vec<SectorRow> = with_db!(self.db(), pool => {
                sqlx::query_as(&format!("SELECT {SECTOR_COLUMNS} FROM sectors ORDER BY name, id")).fetch_all(pool).await?
            });
            Ok(rows.into_iter().map(Sector::from).collect())
        })
        .await
    }

    pub async fn sector_by_slug(&self, slug: &str) -> Result<Option<Sector>, StoreError> {
        let row: Option<SectorRow> = with_db!(self.db(), pool => {
            sqlx::query_as(&format!("SELECT {SECTOR_COLUMNS} FROM sectors WHERE slug = $1"))
                .bind(slug)
                .fetch_optional(pool)
                .await?
        });
        Ok(row.map(Sector::from))
    }
}
