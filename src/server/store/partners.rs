//! Partners in the store.

use chrono::{DateTime, Utc};

use super::audit::{AuditEntry, changes, insert_audit};
use super::conn::{Conn, on_conn};
use super::decode::decode;
use super::reference::ReferenceTable;
use super::{BeginWrite, Store, StoreError, with_db};

mod retire;

use crate::domain::{NewPartner, Partner, WorldRegion};
use crate::error::FieldErrors;
pub use retire::MergeReport;
pub(crate) use retire::usable_partner;

#[derive(sqlx::FromRow, Clone)]
struct PartnerRow {
    id: i64,
    slug: String,
    name: String,
    kind: String,
    iso_code: Option<String>,
    parent_id: Option<i64>,
    world_region: String,
    version: i64,
    retired_at: Option<DateTime<Utc>>,
    merged_into: Option<i64>,
}

impl TryFrom<PartnerRow> for Partner {
    type Error = StoreError;

    fn try_from(row: PartnerRow) -> Result<Self, StoreError> {
        Ok(Partner {
            id: row.id,
            kind: decode("partner kind", &row.kind)?,
            world_region: decode("world region", &row.world_region)?,
            slug: row.slug,
            name: row.name,
            iso_code: row.iso_code,
            parent_id: row.parent_id,
            version: row.version,
            retired_at: row.retired_at,
            merged_into: row.merged_into,
        })
    }
}

/// Checks that the slug is free (for anyone but `own_id`) and that the parent exists and is
/// neither the partner itself nor one of its descendants.
async fn check_partner<'c>(
    conn: impl Into<Conn<'c>>,
    partner: &NewPartner,
    own_id: Option<i64>,
) -> Result<(), StoreError> {
    let mut conn = conn.into();
    let mut errors = FieldErrors::new();
    let taken: Option<i64> = on_conn!(conn.again(), connection => {
        sqlx::query_scalar("SELECT id FROM partners WHERE slug = $1")
            .bind(&partner.slug)
            .fetch_optional(connection)
            .await?
    });
    if taken.is_some() && taken != own_id {
        errors.add("slug", "Another partner already uses this key.");
    }
    if let Some(parent_id) = partner.parent_id {
        let parent: Option<i64> = on_conn!(conn.again(), connection => {
            sqlx::query_scalar("SELECT id FROM partners WHERE id = $1")
                .bind(parent_id)
                .fetch_optional(connection)
                .await?
        });
        if parent.is_none() {
            errors.add("parent_id", "Choose a parent partner that exists.");
        } else if let Some(own_id) = own_id
            && (parent_id == own_id || is_below(conn, parent_id, own_id).await?)
        {
            errors.add(
                "parent_id",
                "A partner cannot sit under itself or one of its own parts.",
            );
        }
    }
    errors.into_result(()).map_err(StoreError::Invalid)
}

/// Whether partner `id` sits somewhere under partner `top`.
pub(super) async fn is_below(conn: Conn<'_>, id: i64, top: i64) -> Result<bool, StoreError> {
    let found: Option<i64> = on_conn!(conn, connection => {
        sqlx::query_scalar(
            "WITH RECURSIVE below (id) AS (SELECT id FROM partners WHERE parent_id = $1 \
             UNION ALL SELECT p.id FROM partners p JOIN below b ON p.parent_id = b.id) \
             SELECT id FROM below WHERE id = $2",
        )
        .bind(top)
        .bind(id)
        .fetch_optional(connection)
        .await?
    });
    Ok(found.is_some())
}

/// Reads one partner.
pub(super) async fn fetch_partner<'c>(
    conn: impl Into<Conn<'c>>,
    id: i64,
) -> Result<Option<Partner>, StoreError> {
    let sql = format!("SELECT {PARTNER_COLUMNS} FROM partners WHERE id = $1");
    let row: Option<PartnerRow> = on_conn!(conn.into(), connection => {
        sqlx::query_as(&sql).bind(id).fetch_optional(connection).await?
    });
    row.map(Partner::try_from).transpose()
}

/// Puts every partner under `id` (not `id` itself) into `region`, each change audited.
pub(super) async fn move_parts_to_region<'c>(
    conn: impl Into<Conn<'c>>,
    id: i64,
    region: WorldRegion,
    actor: Option<i64>,
    at: DateTime<Utc>,
) -> Result<(), StoreError> {
    let mut conn = conn.into();
    let sql = format!(
        "WITH RECURSIVE below (id) AS (SELECT id FROM partners WHERE parent_id = $1 \
         UNION ALL SELECT p.id FROM partners p JOIN below b ON p.parent_id = b.id) \
         SELECT {PARTNER_COLUMNS} FROM partners WHERE id IN (SELECT id FROM below) ORDER BY id"
    );
    let rows: Vec<PartnerRow> = on_conn!(conn.again(), connection => {
        sqlx::query_as(&sql).bind(id).fetch_all(connection).await?
    });
    for row in rows {
        let part = Partner::try_from(row)?;
        if part.world_region == region {
            continue;
        }
        on_conn!(conn.again(), connection => {
            sqlx::query("UPDATE partners SET world_region = $1, version = version + 1 WHERE id = $2")
                .bind(region.as_str())
                .bind(part.id)
                .execute(connection)
                .await?;
        });
        let moved = Partner {
            world_region: region,
            version: part.version + 1,
            ..part.clone()
        };
        let audit = AuditEntry {
            actor,
            at,
            entity: "partner",
            entity_id: part.id,
            action: "update",
            changes: changes(Some(&part), &moved),
        };
        insert_audit(conn.again(), audit).await?;
    }
    Ok(())
}

/// Binds a partner's six columns in the order INSERT and UPDATE list them: slug, name, kind,
/// iso_code, parent_id, world_region. (A macro because the query's type differs by engine;
/// it only binds.)
macro_rules! bind_partner {
    ($query:expr, $partner:expr) => {{
        let partner: &NewPartner = $partner;
        $query
            .bind(&partner.slug)
            .bind(&partner.name)
            .bind(partner.kind.as_str())
            .bind(&partner.iso_code)
            .bind(partner.parent_id)
            .bind(partner.world_region.as_str())
    }};
}

const PARTNER_COLUMNS: &str =
    "id, slug, name, kind, iso_code, parent_id, world_region, version, retired_at, merged_into";

/// Inserts a checked partner with its audit event (inside the caller's transaction).
pub(super) async fn insert_partner<'c>(
    conn: impl Into<Conn<'c>>,
    partner: &NewPartner,
    actor: Option<i64>,
    at: DateTime<Utc>,
) -> Result<Partner, StoreError> {
    let mut conn = conn.into();
    check_partner(conn.again(), partner, None).await?;
    let insert = format!(
        "INSERT INTO partners (slug, name, kind, iso_code, parent_id, world_region, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING {PARTNER_COLUMNS}"
    );
    let row: PartnerRow = on_conn!(conn.again(), connection => {
        bind_partner!(sqlx::query_as(&insert), partner)
            .bind(at)
            .fetch_one(connection)
            .await?
    });
    let created = Partner::try_from(row)?;
    let audit = AuditEntry {
        actor,
        at,
        entity: "partner",
        entity_id: created.id,
        action: "create",
        changes: changes(None, &created),
    };
    insert_audit(conn, audit).await?;
    Ok(created)
}

impl Store {
    /// Creates a partner. A taken slug or an unknown parent is a validation error.
    pub async fn create_partner(
        &self,
        partner: &NewPartner,
        actor: Option<i64>,
    ) -> Result<Partner, StoreError> {
        let at = self.now();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let created = insert_partner(&mut *tx, partner, actor, at).await?;
            tx.commit().await?;
            Ok(created)
        })
    }

    /// Changes a partner if it is still at `expected_version` (otherwise
    /// [`StoreError::Changed`] and nothing is written). Besides the checks of creation, a
    /// partner cannot be put under itself or under one of its own parts. A new world region
    /// moves every partner under it too (parts share their partner's region), each audited.
    pub async fn update_partner(
        &self,
        id: i64,
        expected_version: i64,
        partner: &NewPartner,
        actor: Option<i64>,
    ) -> Result<Partner, StoreError> {
        let at = self.now();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let current = fetch_partner(&mut *tx, id).await?.ok_or(StoreError::NotFound("Partner"))?;
            if current.version != expected_version {
                return Err(StoreError::Changed("Partner"));
            }
            check_partner(&mut *tx, partner, Some(id)).await?;
            let update = sqlx::query(
                "UPDATE partners SET slug = $1, name = $2, kind = $3, iso_code = $4, parent_id = $5, \
                    world_region = $6, version = version + 1 \
                 WHERE id = $7 AND version = $8",
            );
            let written = bind_partner!(update, partner).bind(id).bind(expected_version).execute(&mut *tx).await?;
            if written.rows_affected() == 0 {
                return Err(StoreError::Changed("Partner"));
            }
            let changed = Partner {
                id,
                slug: partner.slug.clone(),
                name: partner.name.clone(),
                kind: partner.kind,
                iso_code: partner.iso_code.clone(),
                parent_id: partner.parent_id,
                world_region: partner.world_region,
                version: current.version + 1,
                ..current.clone()
            };
            let audit = AuditEntry {
                actor,
                at,
                entity: "partner",
                entity_id: id,
                action: "update",
                changes: changes(Some(&current), &changed),
            };
            insert_audit(&mut *tx, audit).await?;
            if changed.world_region != current.world_region {
                move_parts_to_region(&mut *tx, id, changed.world_region, actor, at).await?;
            }
            tx.commit().await?;
            Ok(changed)
        })
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

    /// Every partner, by name (kept between requests while the table is unchanged).
    pub async fn list_partners(&self) -> Result<Vec<Partner>, StoreError> {
        self.kept_rows(
            ReferenceTable::Partners,
            |kept| &kept.partners,
            async || self.read_partners().await,
        )
        .await
    }

    /// Every partner, by name, from the database.
    pub(crate) async fn read_partners(&self) -> Result<Vec<Partner>, StoreError> {
        let sql = format!("SELECT {PARTNER_COLUMNS} FROM partners ORDER BY name, id");
        let rows: Vec<PartnerRow> = with_db!(self.db(), pool => {
            sqlx::query_as(&sql).fetch_all(pool).await?
        });
        rows.into_iter().map(Partner::try_from).collect()
    }
}
