//! Uploaded spreadsheets kept for review, and the one transaction that turns a reviewed
//! file into initiatives (and the partners the user chose to add), all or nothing.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};

use super::conn::{Conn, on_conn};
use super::initiatives::{Recorded, insert_noted_initiative, write_change};
use super::partners::insert_partner;
use super::{BeginWrite, Store, StoreError, with_db};
use crate::domain::partner::slugify;
use crate::domain::spreadsheet::review::planned_partner_index;
use crate::domain::spreadsheet::{PartnerPlace, SheetReview, SheetRow};
use crate::domain::{NewInitiative, NewPartner, PartnerKind, Status, StatusChange};
use crate::error::AppError;

/// An uploaded file, as kept for its review.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SheetDraft {
    pub id: i64,
    pub created_by: i64,
    pub created_at: DateTime<Utc>,
    pub file_name: String,
    pub body: String,
    pub imported_at: Option<DateTime<Utc>>,
    pub created_count: Option<i64>,
}

/// A partner the user chose to add in the review: the `index`th unknown one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedPartner {
    pub index: usize,
    pub name: String,
    pub place: PartnerPlace,
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SheetImportReport {
    pub created: i64,
    /// Rows found among earlier imports at the moment of writing (not created again).
    pub already_imported: i64,
    pub partners_created: i64,
}

/// How long an uploaded file waits for its import.
pub const DRAFT_LIFETIME: chrono::TimeDelta = chrono::TimeDelta::days(7);

/// Keys looked up per query (well under both engines' limits on bound values).
const KEYS_PER_QUERY: usize = 500;

/// Which of `keys` an initiative already carries, and its id.
async fn imported_keys(
    mut conn: Conn<'_>,
    keys: &[String],
) -> Result<HashMap<String, i64>, StoreError> {
    let mut found = HashMap::new();
    for chunk in keys.chunks(KEYS_PER_QUERY) {
        let marks: Vec<String> = (1..=chunk.len()).map(|k| format!("${k}")).collect();
        let sql = format!(
            "SELECT external_ref, id FROM initiatives WHERE external_ref IN ({})",
            marks.join(", ")
        );
        let rows: Vec<(String, i64)> = on_conn!(conn.again(), connection => {
            let mut query = sqlx::query_as(&sql);
            for key in chunk {
                query = query.bind(key);
            }
            query.fetch_all(connection).await?
        });
        found.extend(rows);
    }
    Ok(found)
}

/// The partner to create for `planned`: a slug from its name (or `partner`), made free by a
/// number when taken.
async fn new_partner(
    mut conn: Conn<'_>,
    planned: &PlannedPartner,
) -> Result<NewPartner, StoreError> {
    let (kind, parent_id, region) = match planned.place {
        PartnerPlace::CountryIn(region) => (PartnerKind::Country, None, region),
        PartnerPlace::PartOf(parent_id) => {
            let parent: Option<(String, Option<DateTime<Utc>>)> = on_conn!(conn.again(), connection => {
                sqlx::query_as("SELECT world_region, retired_at FROM partners WHERE id = $1")
                    .bind(parent_id)
                    .fetch_optional(connection)
                    .await?
            });
            let region = match parent {
                Some((region, None)) => super::decode::decode("world_region", &region)?,
                _ => {
                    return Err(StoreError::Invalid(AppError::field(
                        &format!("p{}", planned.index),
                        crate::domain::spreadsheet::review::PARENT_RETIRED,
                    )));
                }
            };
            (PartnerKind::Region, Some(parent_id), region)
        }
    };
    let base = match slugify(&planned.name) {
        slug if slug.is_empty() => "partner".to_owned(),
        slug => slug.chars().take(70).collect(),
    };
    let mut slug = base.clone();
    for n in 2.. {
        let taken: Option<i64> = on_conn!(conn.again(), connection => {
            sqlx::query_scalar("SELECT id FROM partners WHERE slug = $1")
                .bind(&slug)
                .fetch_optional(connection)
                .await?
        });
        if taken.is_none() {
            break;
        }
        slug = format!("{base}-{n}");
    }
    Ok(NewPartner {
        slug,
        name: planned.name.clone(),
        kind,
        iso_code: None,
        parent_id,
        world_region: region,
    })
}

/// What a row's history begins with: where it came from.
fn import_note(file_name: &str, row: &SheetRow) -> String {
    let mut note = format!(
        "Imported from the spreadsheet “{file_name}”, row {}.",
        row.line
    );
    if let Some(met) = row.meeting_on {
        note.push_str(&format!(" Agreed at a meeting on {met}."));
    }
    note
}

/// Writes one checked row: the initiative (as proposed when the sheet says it is already
/// blocked, completed or dropped, then moved there, so its history shows both), its key.
async fn write_row(
    mut conn: Conn<'_>,
    row: &SheetRow,
    key: &str,
    note: &str,
    actor: Option<i64>,
    at: DateTime<Utc>,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let starts = match row.status {
        Status::Proposed | Status::Active => row.status,
        _ => Status::Proposed,
    };
    let new = NewInitiative {
        fields: row.fields.clone(),
        status: starts,
    };
    let created = insert_noted_initiative(conn.again(), &new, note, actor, at, today).await?;
    on_conn!(conn.again(), connection => {
        sqlx::query("UPDATE initiatives SET external_ref = $1 WHERE id = $2")
            .bind(key)
            .bind(created.id)
            .execute(connection)
            .await?;
    });
    if row.status != starts {
        let change = StatusChange {
            to: row.status,
            note: format!(
                "The spreadsheet has it as {}.",
                row.status.label().to_lowercase()
            ),
            evidence_url: None,
        };
        let changed = created.with_status(&change, today, at);
        let recorded = Recorded::status_change(&created, change, actor, at);
        write_change(conn, &created, &changed, recorded).await?;
    }
    Ok(())
}

impl Store {
    /// Keeps an uploaded file's text for its review; returns its id. Files uploaded more than
    /// [`DRAFT_LIFETIME`] ago and never imported go at the same time, so abandoned reviews
    /// (up to 10 MB each) do not pile up.
    pub async fn save_sheet_draft(
        &self,
        file_name: &str,
        body: &str,
        created_by: i64,
    ) -> Result<i64, StoreError> {
        let at = self.now();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            sqlx::query("DELETE FROM sheet_imports WHERE imported_at IS NULL AND created_at < $1")
                .bind(at - DRAFT_LIFETIME)
                .execute(&mut *tx)
                .await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO sheet_imports (created_by, created_at, file_name, body) \
                 VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(created_by)
            .bind(at)
            .bind(file_name)
            .bind(body)
            .fetch_one(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(id)
        })
    }

    /// One uploaded file.
    pub async fn sheet_draft(&self, id: i64) -> Result<SheetDraft, StoreError> {
        let draft: Option<SheetDraft> = with_db!(self.db(), pool => {
            sqlx::query_as(
                "SELECT id, created_by, created_at, file_name, body, imported_at, created_count \
                 FROM sheet_imports WHERE id = $1",
            )
            .bind(id)
            .fetch_optional(pool)
            .await?
        });
        draft.ok_or(StoreError::NotFound("Spreadsheet"))
    }

    /// Which of `keys` earlier imports created, and the initiatives they became.
    pub async fn imported_initiatives(
        &self,
        keys: &[String],
    ) -> Result<HashMap<String, i64>, StoreError> {
        with_db!(self.db(), pool => {
            let mut connection = pool.acquire().await?;
            imported_keys(Conn::from(&mut *connection), keys).await
        })
    }

    /// Imports reviewed draft `draft_id`: creates the planned partners, then an initiative
    /// for each row of `review` to create (rows an earlier import created meanwhile are left
    /// alone), and marks the draft imported. All or nothing; a draft imported already answers
    /// what its import did and writes nothing.
    // Long because: one transaction, in the order its parts depend on each other.
    pub async fn import_sheet(
        &self,
        draft_id: i64,
        review: &SheetReview,
        partners: &[PlannedPartner],
        actor: Option<i64>,
        today: NaiveDate,
    ) -> Result<SheetImportReport, StoreError> {
        let at = self.now();
        with_db!(self.db(), pool => {
            let mut tx = pool.begin_write().await?;
            // Claiming the draft first makes a second confirmation (a double click, another
            // tab, another instance) wait for this one and then find it done.
            let claimed = sqlx::query(
                "UPDATE sheet_imports SET imported_at = $1 WHERE id = $2 AND imported_at IS NULL",
            )
            .bind(at)
            .bind(draft_id)
            .execute(&mut *tx)
            .await?;
            let (file_name, done): (String, Option<i64>) = sqlx::query_as(
                "SELECT file_name, created_count FROM sheet_imports WHERE id = $1",
            )
            .bind(draft_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound("Spreadsheet"))?;
            if claimed.rows_affected() == 0 {
                let created = done.unwrap_or_default();
                return Ok(SheetImportReport { created, ..SheetImportReport::default() });
            }
            let mut report = SheetImportReport::default();
            let mut partner_ids: HashMap<usize, i64> = HashMap::new();
            for planned in partners {
                let new = new_partner(Conn::from(&mut *tx), planned).await?;
                let created = insert_partner(&mut *tx, &new, actor, at).await?;
                partner_ids.insert(planned.index, created.id);
                report.partners_created += 1;
            }
            let rows = review.to_create();
            let keys: Vec<String> = rows.iter().map(|(_, key)| (*key).to_owned()).collect();
            let imported = imported_keys(Conn::from(&mut *tx), &keys).await?;
            for (row, key) in rows {
                if imported.contains_key(key) {
                    report.already_imported += 1;
                    continue;
                }
                let mut row = row.clone();
                if let Some(index) = planned_partner_index(row.fields.partner_id) {
                    row.fields.partner_id = *partner_ids
                        .get(&index)
                        .ok_or(StoreError::NotFound("Partner"))?;
                }
                let note = import_note(&file_name, &row);
                write_row(Conn::from(&mut *tx), &row, key, &note, actor, at, today).await?;
                report.created += 1;
            }
            // The file's text has served its purpose: a 10 MB upload keeps only its count.
            sqlx::query("UPDATE sheet_imports SET created_count = $1, body = '' WHERE id = $2")
            .bind(report.created)
            .bind(draft_id)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(report)
        })
    }
}
