//! Partners in the store.

use super::{BeginWrite, Store, StoreError, now, with_db};
use crate::domain::{NewPartner, Partner, PartnerKind, WorldRegion};
use crate::error::AppError;

#[derive(sqlx::FromRow)]
struct PartnerRow {
    id: i64,
    slug: String,
    name: String,
    kind: String,
    iso_code: Option<String>,
    parent_id: Option<i64>,
    world_region: String,
}

impl TryFrom<PartnerRow> for Partner {
    type Error = StoreError;

    fn try_from(row: PartnerRow) -> Result<Self, StoreError> {
        Ok(Partner {
            id: row.id,
            kind: PartnerKind::parse(&row.kind)
                .ok_or_else(|| StoreError::corrupt("partner kind", &row.kind))?,
            world_region: WorldRegion::parse(&row.world_region)
                .ok_or_else(|| StoreError::corrupt("world region", &row.world_region))?,
            slug: row.slug,
            name: row.name,
            iso_code: row.iso_code,
            parent_id: row.parent_id,
        })
    }
}

const PARTNER_COLUMNS: &str = "id, slug, name, kind, iso_code, parent_id, world_region";

impl Store {
    /// Creates a partner. A taken slug or an unknown parent is a validation error.
    pub async fn create_partner(&self, partner: &NewPartner) -> Result<Partner, StoreError> {
        let now = now();
        let row: PartnerRow = with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM partners WHERE slug = $1")
                .bind(&partner.slug)
                .fetch_optional(&mut *tx)
                .await?;
            if taken.is_some() {
                return Err(StoreError::Invalid(AppError::field("slug", "Another partner already uses this key.")));
            }
            if let Some(parent_id) = partner.parent_id {
                let parent: Option<i64> = sqlx::query_scalar("SELECT id FROM partners WHERE id = $1")
                    .bind(parent_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                if parent.is_none() {
                    return Err(StoreError::Invalid(AppError::field("parent_id", "Choose a parent partner that exists.")));
                }
            }
            let row = sqlx::query_as(&format!(
                "INSERT INTO partners (slug, name, kind, iso_code, parent_id, world_region, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING {PARTNER_COLUMNS}"
            ))
            .bind(&partner.slug)
            .bind(&partner.name)
            .bind(partner.kind.as_str())
            .bind(&partner.iso_code)
            .bind(partner.parent_id)
            .bind(partner.world_region.as_str())
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
            tx.commit().await?;
            row
        });
        row.try_into()
    }

    /// The partner with this slug, if any.
    pub async fn partner_by_slug(&self, slug: &str) -> Result<Option<Partner>, StoreError> {
        let sql = format!("SELECT {PARTNER_COLUMNS} FROM partners WHERE slug = $1");
        let row: Option<PartnerRow> = with_db!(self.db(), pool => {
            sqlx::query_as(&sql).bind(slug).fetch_optional(pool).await?
        });
        row.map(Partner::try_from).transpose()
    }

    /// The partner with this id.
    pub async fn partner(&self, id: i64) -> Result<Partner, StoreError> {
        let sql = format!("SELECT {PARTNER_COLUMNS} FROM partners WHERE id = $1");
        let row: Option<PartnerRow> = with_db!(self.db(), pool => {
            sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?
        });
        row.ok_or(StoreError::NotFound("Partner"))?.try_into()
    }

    /// Every partner, by name.
    pub async fn list_partners(&self) -> Result<Vec<Partner>, StoreError> {
        let sql = format!("SELECT {PARTNER_COLUMNS} FROM partners ORDER BY name, id");
        let rows: Vec<PartnerRow> = with_db!(self.db(), pool => {
            sqlx::query_as(&sql).fetch_all(pool).await?
        });
        rows.into_iter().map(Partner::try_from).collect()
    }
}
