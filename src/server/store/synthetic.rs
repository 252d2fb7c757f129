//! `seed --synthetic N`: many realistic initiatives over hundreds of partners, with history,
//! deterministic from a seed, for load tests. Written in bulk, in one transaction.

use chrono::{Days, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::{Arg, BeginWrite, Store, StoreError, bind_all, with_db};
use crate::domain::{Status, WorldRegion};

/// What a synthetic run added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntheticReport {
    pub partners: usize,
    pub users: usize,
    pub initiatives: usize,
}

impl std::fmt::Display for SyntheticReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} initiatives over {} synthetic partners and {} synthetic owners",
            self.initiatives, self.partners, self.users
        )
    }
}

const COUNTRIES: usize = 60;
const REGIONS_PER_COUNTRY: usize = 5;
const OWNERS: usize = 40;
/// Rows per INSERT statement: well under both engines' limits on bound parameters.
const CHUNK: usize = 500;

const TOPICS: &[&str] = &[
    "Joint working group on",
    "Memorandum of understanding on",
    "Business forum on",
    "Feasibility study of",
    "Exchange programme in",
    "Investment roadshow for",
    "Pilot project in",
    "Road map for",
];
const FIELDS: &[&str] = &[
    "transit freight",
    "green hydrogen",
    "pharmaceutical production",
    "grain exports",
    "digital customs",
    "university partnerships",
    "critical raw materials",
    "tourism promotion",
    "water management",
    "petrochemical clusters",
];

fn weighted_status(rng: &mut ChaCha8Rng) -> Status {
    match rng.random_range(0..100) {
        0..15 => Status::Proposed,
        15..60 => Status::Active,
        60..68 => Status::Blocked,
        68..92 => Status::Completed,
        _ => Status::Dropped,
    }
}

fn shift(date: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        date.checked_add_days(Days::new(days as u64))
            .unwrap_or(date)
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
            .unwrap_or(date)
    }
}

/// Runs `INSERT INTO {head} VALUES` for `rows` in chunks; each row is `width` args.
macro_rules! insert_rows {
    ($tx:expr, $head:expr, $width:expr, $rows:expr) => {{
        let rows: &[Vec<Arg>] = $rows;
        for chunk in rows.chunks(CHUNK) {
            let mut sql = format!("INSERT INTO {} VALUES ", $head);
            let mut args = Vec::with_capacity(chunk.len() * $width);
            for (index, row) in chunk.iter().enumerate() {
                if index > 0 {
                    sql.push_str(", ");
                }
                sql.push('(');
                for column in 0..$width {
                    if column > 0 {
                        sql.push_str(", ");
                    }
                    sql.push_str(&format!("${}", args.len() + column + 1));
                }
                sql.push(')');
                args.extend(row.iter().cloned());
            }
            bind_all!(sqlx::query(&sql), &args)
                .execute(&mut *$tx)
                .await?;
        }
    }};
}

impl Store {
    /// Adds `count` initiatives (with sectors, history and audit events) over synthetic
    /// partners and owners, reusing those from earlier runs. Dates are spread around `anchor`.
    pub async fn seed_synthetic(
        &self,
        count: usize,
        seed: u64,
        anchor: NaiveDate,
    ) -> Result<SyntheticReport, StoreError> {
        let report = self.insert_synthetic(count, seed, anchor).await?;
        // A bulk load changes the data's shape at once: give the planner fresh statistics.
        self.refresh_statistics(true).await?;
        Ok(report)
    }

    async fn insert_synthetic(
        &self,
        count: usize,
        seed: u64,
        anchor: NaiveDate,
    ) -> Result<SyntheticReport, StoreError> {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let at = self.now();
        let regions = [
            WorldRegion::Europe,
            WorldRegion::CentralAsia,
            WorldRegion::EasternAsia,
            WorldRegion::WesternAsia,
            WorldRegion::SouthernAsia,
            WorldRegion::SouthEasternAsia,
            WorldRegion::Africa,
            WorldRegion::LatinAmerica,
        ];
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;

            // Partners: countries, each with regions under it. Existing ones are kept.
            for country in 0..COUNTRIES {
                let region = regions[country % regions.len()];
                sqlx::query(
                    "INSERT INTO partners (slug, name, kind, iso_code, parent_id, world_region, created_at) \
                     VALUES ($1, $2, 'country', NULL, NULL, $3, $4) ON CONFLICT (slug) DO NOTHING",
                )
                .bind(format!("synthetic-{country:02}"))
                .bind(format!("Synthetic country {country:02}"))
                .bind(region.as_str())
                .bind(at)
                .execute(&mut *tx)
                .await?;
                for sub in 0..REGIONS_PER_COUNTRY {
                    sqlx::query(
                        "INSERT INTO partners (slug, name, kind, iso_code, parent_id, world_region, created_at) \
                         SELECT $1, $2, 'region', NULL, id, world_region, $3 FROM partners WHERE slug = $4 \
                         ON CONFLICT (slug) DO NOTHING",
                    )
                    .bind(format!("synthetic-{country:02}-{sub}"))
                    .bind(format!("Synthetic region {country:02}-{sub}"))
                    .bind(at)
                    .bind(format!("synthetic-{country:02}"))
                    .execute(&mut *tx)
                    .await?;
                }
            }
            let partner_ids: Vec<i64> =
                sqlx::query_scalar("SELECT id FROM partners WHERE slug LIKE 'synthetic-%' ORDER BY id")
                    .fetch_all(&mut *tx)
                    .await?;

            for owner in 0..OWNERS {
                sqlx::query(
                    "INSERT INTO users (email, display_name, role, active, created_at) VALUES ($1, $2, 'officer', $3, $4) \
                     ON CONFLICT (email) DO NOTHING",
                )
                .bind(format!("officer{owner:02}@synthetic.accord.test"))
                .bind(format!("Synthetic Officer {owner:02}"))
                .bind(true)
                .bind(at)
                .execute(&mut *tx)
                .await?;
            }
            let owner_ids: Vec<i64> =
                sqlx::query_scalar("SELECT id FROM users WHERE email LIKE '%@synthetic.accord.test' ORDER BY id")
                    .fetch_all(&mut *tx)
                    .await?;
            let sector_ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM sectors ORDER BY id").fetch_all(&mut *tx).await?;
            let first_id: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM initiatives")
                .fetch_one(&mut *tx)
                .await?;

            let mut initiatives = Vec::with_capacity(count);
            let mut sectors = Vec::with_capacity(count * 2);
            let mut updates = Vec::with_capacity(count * 2);
            let mut audits = Vec::with_capacity(count);
            for n in 0..count {
                let id = first_id + n as i64;
                let status = weighted_status(&mut rng);
                let partner_id = partner_ids[rng.random_range(0..partner_ids.len())];
                let owner_id = owner_ids[rng.random_range(0..owner_ids.len())];
                let created_on = shift(anchor, -rng.random_range(30..540));
                let deadline = (status != Status::Proposed || rng.random_bool(0.5))
                    .then(|| shift(anchor, rng.random_range(-180..400)));
                let last_activity_on = shift(anchor, -rng.random_range(0..150)).max(created_on);
                let completed_on = (status == Status::Completed).then(|| {
                    let due = deadline.unwrap_or(anchor);
                    shift(due, rng.random_range(-60..30)).min(anchor).max(created_on)
                });
                let title = format!(
                    "{} {} #{id}",
                    TOPICS[rng.random_range(0..TOPICS.len())],
                    FIELDS[rng.random_range(0..FIELDS.len())]
                );
                let confidentiality = match rng.random_range(0..10) {
                    0 => "restricted",
                    1..4 => "public",
                    _ => "internal",
                };
                initiatives.push(vec![
                    Arg::Int(id),
                    Arg::Text(title),
                    Arg::Text(String::new()),
                    Arg::Int(partner_id),
                    Arg::Int(owner_id),
                    Arg::OptDate(deadline),
                    Arg::Text(status.as_str().to_owned()),
                    Arg::OptText((status == Status::Blocked).then(|| "Waiting for the partner's reply".to_owned())),
                    Arg::Text(["us", "them", "joint"][rng.random_range(0..3)].to_owned()),
                    Arg::Text(if rng.random_bool(0.7) { "firm" } else { "soft" }.to_owned()),
                    Arg::Text(confidentiality.to_owned()),
                    Arg::OptDate(completed_on),
                    Arg::Date(last_activity_on),
                    Arg::Int(1),
                    Arg::Time(at),
                    Arg::Time(at),
                ]);
                let first = rng.random_range(0..sector_ids.len());
                sectors.push(vec![Arg::Int(id), Arg::Int(sector_ids[first])]);
                if rng.random_bool(0.5) {
                    let second = (first + 1 + rng.random_range(0..sector_ids.len() - 1)) % sector_ids.len();
                    sectors.push(vec![Arg::Int(id), Arg::Int(sector_ids[second])]);
                }
                updates.push(vec![
                    Arg::Int(id),
                    Arg::Int(owner_id),
                    Arg::Time(at),
                    Arg::OptText(None),
                    Arg::Text(Status::Proposed.as_str().to_owned()),
                    Arg::Text(String::new()),
                ]);
                if status != Status::Proposed {
                    updates.push(vec![
                        Arg::Int(id),
                        Arg::Int(owner_id),
                        Arg::Time(at),
                        Arg::OptText(Some(Status::Proposed.as_str().to_owned())),
                        Arg::Text(status.as_str().to_owned()),
                        Arg::Text("Synthetic history".to_owned()),
                    ]);
                }
                audits.push(vec![
                    Arg::Time(at),
                    Arg::Int(owner_id),
                    Arg::Int(id),
                    Arg::Text(format!(r#"{{"status":[null,"{}"]}}"#, status.as_str())),
                ]);
            }
            insert_rows!(
                tx,
                "initiatives (id, title, description, partner_id, owner_id, deadline, status, blocked_reason, obligor, \
                 strength, confidentiality, completed_on, last_activity_on, version, created_at, updated_at)",
                16,
                &initiatives
            );
            insert_rows!(tx, "initiative_sectors (initiative_id, sector_id)", 2, &sectors);
            insert_rows!(
                tx,
                "updates (initiative_id, author_id, created_at, from_status, to_status, note)",
                6,
                &updates
            );
            for chunk in audits.chunks(CHUNK) {
                let mut sql = String::from(
                    "INSERT INTO audit_events (occurred_at, actor_id, entity, entity_id, action, changes) VALUES ",
                );
                let mut args = Vec::with_capacity(chunk.len() * 4);
                for (index, row) in chunk.iter().enumerate() {
                    let base = args.len();
                    if index > 0 {
                        sql.push_str(", ");
                    }
                    sql.push_str(&format!(
                        "(${}, ${}, 'initiative', ${}, 'create', ${})",
                        base + 1,
                        base + 2,
                        base + 3,
                        base + 4
                    ));
                    args.extend(row.iter().cloned());
                }
                bind_all!(sqlx::query(&sql), &args).execute(&mut *tx).await?;
            }
            // The dashboard summary too: built afresh from every initiative on next use.
            sqlx::query("UPDATE dashboard_state SET as_of = NULL WHERE id = 1").execute(&mut *tx).await?;
            if let Some(sql) = pool.resync_identity_sql("initiatives") {
                sqlx::query(&sql).execute(&mut *tx).await?;
            }
            // The tally, counted afresh: the bulk insert bypassed the per-change bookkeeping.
            sqlx::query("DELETE FROM partner_status_counts").execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO partner_status_counts (partner_id, status, n) \
                 SELECT partner_id, status, COUNT(*) FROM initiatives GROUP BY partner_id, status",
            )
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(SyntheticReport { partners: partner_ids.len(), users: owner_ids.len(), initiatives: count })
        })
    }
}
