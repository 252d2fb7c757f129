//! `seed --synthetic N`: many realistic initiatives over hundreds of partners, with history,
//! deterministic from a seed, for load tests. Written in bulk, in one transaction.

use chrono::{DateTime, Days, NaiveDate, Utc};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::conn::{Conn, on_conn};
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
async fn insert_rows<'c>(
    conn: impl Into<Conn<'c>>,
    head: &str,
    width: usize,
    rows: &[Vec<Arg>],
) -> Result<(), StoreError> {
    let mut conn = conn.into();
    for chunk in rows.chunks(CHUNK) {
        let mut sql = format!("INSERT INTO {head} VALUES ");
        let mut args = Vec::with_capacity(chunk.len() * width);
        for (index, row) in chunk.iter().enumerate() {
            if index > 0 {
                sql.push_str(", ");
            }
            let placeholders: Vec<String> = (1..=width)
                .map(|column| format!("${}", args.len() + column))
                .collect();
            sql.push_str(&format!("({})", placeholders.join(", ")));
            args.extend(row.iter().cloned());
        }
        on_conn!(conn.again(), connection => {
            bind_all!(sqlx::query(&sql), &args).execute(connection).await?;
        });
    }
    Ok(())
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
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            let partner_ids = synthetic_partners(&mut *tx, at).await?;
            let owner_ids = synthetic_owners(&mut *tx, at).await?;
            let sector_ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM sectors ORDER BY id").fetch_all(&mut *tx).await?;
            let first_id: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM initiatives")
                .fetch_one(&mut *tx)
                .await?;
            let pools = Pools { partner_ids: &partner_ids, owner_ids: &owner_ids, sector_ids: &sector_ids, anchor, at };
            let mut rows = SyntheticRows::default();
            for n in 0..count {
                rows.add(&mut rng, first_id + n as i64, &pools);
            }
            rows.insert(&mut *tx).await?;
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

/// Countries, each with regions under it (existing ones are kept); answers their ids.
async fn synthetic_partners<'c>(
    conn: impl Into<Conn<'c>>,
    at: DateTime<Utc>,
) -> Result<Vec<i64>, StoreError> {
    const REGIONS: [WorldRegion; 8] = [
        WorldRegion::Europe,
        WorldRegion::CentralAsia,
        WorldRegion::EasternAsia,
        WorldRegion::WesternAsia,
        WorldRegion::SouthernAsia,
        WorldRegion::SouthEasternAsia,
        WorldRegion::Africa,
        WorldRegion::LatinAmerica,
    ];
    let mut conn = conn.into();
    on_conn!(conn.again(), connection => {
        for country in 0..COUNTRIES {
            let region = REGIONS[country % REGIONS.len()];
            sqlx::query(
                "INSERT INTO partners (slug, name, kind, iso_code, parent_id, world_region, created_at) \
                 VALUES ($1, $2, 'country', NULL, NULL, $3, $4) ON CONFLICT (slug) DO NOTHING",
            )
            .bind(format!("synthetic-{country:02}"))
            .bind(format!("Synthetic country {country:02}"))
            .bind(region.as_str())
            .bind(at)
            .execute(&mut *connection)
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
                .execute(&mut *connection)
                .await?;
            }
        }
    });
    Ok(on_conn!(conn, connection => {
        sqlx::query_scalar("SELECT id FROM partners WHERE slug LIKE 'synthetic-%' ORDER BY id")
            .fetch_all(connection)
            .await?
    }))
}

/// The synthetic officers (existing ones are kept); answers their ids.
async fn synthetic_owners<'c>(
    conn: impl Into<Conn<'c>>,
    at: DateTime<Utc>,
) -> Result<Vec<i64>, StoreError> {
    let mut conn = conn.into();
    for owner in 0..OWNERS {
        on_conn!(conn.again(), connection => {
            sqlx::query(
                "INSERT INTO users (email, display_name, role, active, created_at) VALUES ($1, $2, 'officer', $3, $4) \
                 ON CONFLICT (email) DO NOTHING",
            )
            .bind(format!("officer{owner:02}@synthetic.accord.test"))
            .bind(format!("Synthetic Officer {owner:02}"))
            .bind(true)
            .bind(at)
            .execute(connection)
            .await?;
        });
    }
    Ok(on_conn!(conn, connection => {
        sqlx::query_scalar("SELECT id FROM users WHERE email LIKE '%@synthetic.accord.test' ORDER BY id")
            .fetch_all(connection)
            .await?
    }))
}

/// What synthetic initiatives are drawn from.
struct Pools<'a> {
    partner_ids: &'a [i64],
    owner_ids: &'a [i64],
    sector_ids: &'a [i64],
    anchor: NaiveDate,
    at: DateTime<Utc>,
}

/// The rows of the synthetic initiatives, for bulk inserts.
#[derive(Default)]
struct SyntheticRows {
    initiatives: Vec<Vec<Arg>>,
    sectors: Vec<Vec<Arg>>,
    updates: Vec<Vec<Arg>>,
    audits: Vec<Vec<Arg>>,
}

impl SyntheticRows {
    /// Draws initiative `id` with one or two sectors, its history and its audit event.
    fn add(&mut self, rng: &mut ChaCha8Rng, id: i64, pools: &Pools) {
        let Pools { anchor, at, .. } = *pools;
        let status = weighted_status(rng);
        let partner_id = pools.partner_ids[rng.random_range(0..pools.partner_ids.len())];
        let owner_id = pools.owner_ids[rng.random_range(0..pools.owner_ids.len())];
        let created_on = shift(anchor, -rng.random_range(30..540));
        let deadline = (status != Status::Proposed || rng.random_bool(0.5))
            .then(|| shift(anchor, rng.random_range(-180..400)));
        let last_activity_on = shift(anchor, -rng.random_range(0..150)).max(created_on);
        let completed_on = (status == Status::Completed).then(|| {
            let due = deadline.unwrap_or(anchor);
            shift(due, rng.random_range(-60..30))
                .min(anchor)
                .max(created_on)
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
        let blocked =
            (status == Status::Blocked).then(|| "Waiting for the partner's reply".to_owned());
        self.initiatives.push(vec![
            Arg::Int(id),
            Arg::Text(title),
            Arg::Text(String::new()),
            Arg::Int(partner_id),
            Arg::Int(owner_id),
            Arg::OptDate(deadline),
            Arg::Text(status.as_str().to_owned()),
            Arg::OptText(blocked),
            Arg::Text(["us", "them", "joint"][rng.random_range(0..3)].to_owned()),
            Arg::Text(if rng.random_bool(0.7) { "firm" } else { "soft" }.to_owned()),
            Arg::Text(confidentiality.to_owned()),
            Arg::OptDate(completed_on),
            Arg::Date(last_activity_on),
            Arg::Int(1),
            Arg::Time(at),
            Arg::Time(at),
        ]);
        let sector_ids = pools.sector_ids;
        let first = rng.random_range(0..sector_ids.len());
        self.sectors
            .push(vec![Arg::Int(id), Arg::Int(sector_ids[first])]);
        if rng.random_bool(0.5) {
            let second = (first + 1 + rng.random_range(0..sector_ids.len() - 1)) % sector_ids.len();
            self.sectors
                .push(vec![Arg::Int(id), Arg::Int(sector_ids[second])]);
        }
        let entry = |from: Option<Status>, to: Status, note: &str| {
            vec![
                Arg::Int(id),
                Arg::Int(owner_id),
                Arg::Time(at),
                Arg::OptText(from.map(|s| s.as_str().to_owned())),
                Arg::Text(to.as_str().to_owned()),
                Arg::Text(note.to_owned()),
            ]
        };
        self.updates.push(entry(None, Status::Proposed, ""));
        if status != Status::Proposed {
            self.updates
                .push(entry(Some(Status::Proposed), status, "Synthetic history"));
        }
        self.audits.push(vec![
            Arg::Time(at),
            Arg::Int(owner_id),
            Arg::Text("initiative".to_owned()),
            Arg::Int(id),
            Arg::Text("create".to_owned()),
            Arg::Text(format!(r#"{{"status":[null,"{}"]}}"#, status.as_str())),
        ]);
    }

    async fn insert(&self, conn: impl Into<Conn<'_>>) -> Result<(), StoreError> {
        let mut conn = conn.into();
        insert_rows(
            conn.again(),
            "initiatives (id, title, description, partner_id, owner_id, deadline, status, blocked_reason, obligor, \
             strength, confidentiality, completed_on, last_activity_on, version, created_at, updated_at)",
            16,
            &self.initiatives,
        )
        .await?;
        insert_rows(
            conn.again(),
            "initiative_sectors (initiative_id, sector_id)",
            2,
            &self.sectors,
        )
        .await?;
        insert_rows(
            conn.again(),
            "updates (initiative_id, author_id, created_at, from_status, to_status, note)",
            6,
            &self.updates,
        )
        .await?;
        insert_rows(
            conn,
            "audit_events (occurred_at, actor_id, entity, entity_id, action, changes)",
            6,
            &self.audits,
        )
        .await
    }
}
