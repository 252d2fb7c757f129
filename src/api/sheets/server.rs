//! The server side of the spreadsheet review: who may import, whose file it is, and the dry
//! run with the installation's partners, users and sectors.

use crate::domain::permission::{Action, RecordFacts, can};
use crate::domain::spreadsheet::file::read_sheet;
use crate::domain::spreadsheet::{RowOutcome, SheetColumn, SheetPlan, SheetReview};
use crate::domain::{Role, User, WorldRegion};
use crate::error::AppError;
use crate::server::sheets::dry_run;
use crate::server::store::{PlannedPartner, SheetDraft, Store};

use super::{
    RowProblemView, SHOWN_PROBLEM_ROWS, SHOWN_ROWS, SheetImportView, SheetRowView,
    UnknownPartnerView,
};

/// The signed-in user who may import initiatives, and the store.
pub async fn importer() -> Result<(User, Store), AppError> {
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::CreateInitiative, RecordFacts::default())?;
    Ok((user, crate::server::state::store()?))
}

/// An uploaded file is its uploader's (and visible to admins); to anyone else it does not
/// exist.
pub async fn own_draft(store: &Store, user: &User, raw_id: &str) -> Result<SheetDraft, AppError> {
    let id = crate::api::path_id(raw_id, "Spreadsheet")?;
    let draft = store.sheet_draft(id).await?;
    if draft.created_by != user.id && user.role != Role::Admin {
        return Err(AppError::not_found("Spreadsheet"));
    }
    Ok(draft)
}

/// The dry run, with the partners it would add.
pub struct Checked {
    pub headers: Vec<String>,
    pub plan: SheetPlan,
    pub review: SheetReview,
    pub partners: Vec<PlannedPartner>,
    /// The plan places new partners by their number in the review's list, and that list is
    /// no longer the one the user saw (someone added one of them meanwhile).
    pub partners_changed: bool,
}

/// The query name of the digest of the unknown partners the review listed.
const PARTNERS_DIGEST: &str = "pd";

/// A short fingerprint of the unknown partners' names in order: what the plan's numbers
/// refer to.
fn partners_digest(names: &[String]) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(names.join("\n").as_bytes());
    format!("{digest:x}").chars().take(16).collect()
}

/// The dry run of `draft` under `raw_plan` for `user`: partners are added only by those who
/// may manage them; a row for another owner is refused to those who may not reassign.
pub async fn checked(
    store: &Store,
    user: &User,
    draft: &SheetDraft,
    raw_plan: &str,
) -> Result<Checked, AppError> {
    let file =
        read_sheet(&draft.body).map_err(|problem| AppError::field("file", problem.message()))?;
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(raw_plan.trim_start_matches('?')).unwrap_or_default();
    let mut plan = SheetPlan::read(&file.headers, &pairs);
    if !can(user.actor(), Action::ManagePartners, RecordFacts::default()) {
        plan.new_partners.clear();
    }
    let only_owned_by = (!can(
        user.actor(),
        Action::ReassignInitiative,
        RecordFacts::default(),
    ))
    .then_some(user.id);
    let review = dry_run(store, &file, &plan, only_owned_by).await?;
    let partners: Vec<PlannedPartner> = plan
        .new_partners
        .iter()
        .filter_map(|(index, place)| {
            let name = review.unknown_partners.get(*index)?;
            Some(PlannedPartner {
                index: *index,
                name: name.clone(),
                place: *place,
            })
        })
        .collect();
    let seen = pairs
        .iter()
        .find(|(name, _)| name == PARTNERS_DIGEST)
        .map(|(_, value)| value.as_str());
    let partners_changed = !partners.is_empty()
        && seen.is_some_and(|seen| seen != partners_digest(&review.unknown_partners));
    Ok(Checked {
        headers: file.headers,
        plan,
        review,
        partners,
        partners_changed,
    })
}

fn row_view(
    row: &crate::domain::spreadsheet::review::ReviewedRow,
    headers: &[String],
    plan: &SheetPlan,
) -> SheetRowView {
    let header_of = |column: SheetColumn| -> String {
        plan.mapping
            .iter()
            .position(|m| *m == Some(column))
            .and_then(|k| headers.get(k).cloned())
            .unwrap_or_default()
    };
    let (outcome, initiative_id, problems) = match &row.outcome {
        RowOutcome::Create(_) => ("create", None, Vec::new()),
        RowOutcome::AlreadyImported(id) => ("imported", Some(*id), Vec::new()),
        RowOutcome::Skipped => ("skipped", None, Vec::new()),
        RowOutcome::Problems(problems) => (
            "problems",
            None,
            problems
                .iter()
                .map(|p| RowProblemView {
                    header: p.column.map(header_of).unwrap_or_default(),
                    column: p.column.map(|c| c.as_str().to_owned()).unwrap_or_default(),
                    message: p.message.clone(),
                })
                .collect(),
        ),
    };
    SheetRowView {
        line: row.line,
        title: row.title.chars().take(200).collect(),
        partner: row.partner.chars().take(200).collect(),
        outcome: outcome.to_owned(),
        initiative_id,
        problems,
    }
}

/// Where a new partner may go: a country of a world region, or a region of a tracked
/// partner.
async fn partner_places(store: &Store) -> Result<Vec<(String, String)>, AppError> {
    use crate::domain::spreadsheet::PartnerPlace;
    let mut places: Vec<(String, String)> = WorldRegion::ALL
        .iter()
        .map(|region| {
            (
                PartnerPlace::CountryIn(*region).as_value(),
                format!("A country or organisation in {}", region.label()),
            )
        })
        .collect();
    for partner in store.list_partners().await? {
        if !partner.is_retired() {
            places.push((
                PartnerPlace::PartOf(partner.id).as_value(),
                format!("A region of {}", partner.name),
            ));
        }
    }
    Ok(places)
}

/// What the review page shows.
/// What the review page shows of a file already imported (its text is gone).
pub fn imported_view(draft: &SheetDraft) -> SheetImportView {
    SheetImportView {
        id: draft.id,
        file_name: draft.file_name.clone(),
        created_count: draft.created_count,
        ..SheetImportView::default()
    }
}

/// The rows the review lists, and how many it leaves unlisted.
struct Listed {
    rows: Vec<SheetRowView>,
    unlisted: usize,
    unlisted_problems: usize,
}

/// Rows with problems (up to [`SHOWN_PROBLEM_ROWS`]), the others (up to [`SHOWN_ROWS`]),
/// and every row left out, so that checking again keeps it out.
fn listed_rows(review: &SheetReview, headers: &[String], plan: &SheetPlan) -> Listed {
    let (mut listed, mut listed_problems) = (0, 0);
    let mut listing = Listed {
        rows: Vec::new(),
        unlisted: 0,
        unlisted_problems: 0,
    };
    for row in &review.rows {
        let (shown, unshown, limit) = match row.outcome {
            RowOutcome::Skipped => {
                listing.rows.push(row_view(row, headers, plan));
                continue;
            }
            RowOutcome::Problems(_) => (
                &mut listed_problems,
                &mut listing.unlisted_problems,
                SHOWN_PROBLEM_ROWS,
            ),
            _ => (&mut listed, &mut listing.unlisted, SHOWN_ROWS),
        };
        if *shown < limit {
            *shown += 1;
            listing.rows.push(row_view(row, headers, plan));
        } else {
            *unshown += 1;
        }
    }
    listing
}

/// What the review page shows of `draft` under its dry run.
pub async fn view(
    store: &Store,
    user: &User,
    draft: &SheetDraft,
    checked: Checked,
) -> Result<SheetImportView, AppError> {
    let Checked {
        headers,
        plan,
        review,
        ..
    } = checked;
    let may_add_partners = can(user.actor(), Action::ManagePartners, RecordFacts::default());
    let Listed {
        rows,
        unlisted,
        unlisted_problems,
    } = listed_rows(&review, &headers, &plan);
    let unknown_partners = review
        .unknown_partners
        .iter()
        .enumerate()
        .map(|(index, name)| UnknownPartnerView {
            index,
            name: name.clone(),
            chosen: plan
                .new_partners
                .get(&index)
                .map(|place| place.as_value())
                .unwrap_or_default(),
        })
        .collect();
    let mut plan_pairs = plan.to_pairs();
    plan_pairs.push((
        PARTNERS_DIGEST.to_owned(),
        partners_digest(&review.unknown_partners),
    ));
    let plan_query = serde_urlencoded::to_string(plan_pairs).unwrap_or_default();
    Ok(SheetImportView {
        id: draft.id,
        file_name: draft.file_name.clone(),
        created_count: draft.created_count,
        mapping: plan
            .mapping
            .iter()
            .map(|c| c.map(SheetColumn::as_str).unwrap_or_default().to_owned())
            .collect(),
        headers,
        rows,
        unlisted,
        unlisted_problems,
        total: review.rows.len(),
        creates: review.creates(),
        already_imported: review.count(|o| matches!(o, RowOutcome::AlreadyImported(_))),
        invalid: review.invalid(),
        skipped: review.count(|o| matches!(o, RowOutcome::Skipped)),
        unknown_partners,
        partner_places: if may_add_partners {
            partner_places(store).await?
        } else {
            Vec::new()
        },
        missing: review
            .missing
            .iter()
            .map(|c| c.label().to_owned())
            .collect(),
        plan: plan_query,
        ready: review.ready() && review.creates() > 0,
    })
}
