//! Server functions for initiatives: the list, one record with its history, and the forms
//! that create, edit and move them along.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::listing::ListQuery;
use crate::domain::{
    AuditEvent, DeadlineMoveEntry, Health, Initiative, InitiativeInput, InitiativeSummary, Status,
    StatusChangeInput,
};
use crate::error::AppError;

mod options;

pub use options::{Choice, FormOptions};

/// How many rows a list page shows.
pub const LIST_PAGE_SIZE: i64 = 50;
/// How many initiatives "My initiatives" and a partner brief show at most.
pub const ATTENTION_LIMIT: i64 = 200;

/// A page of the initiative list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListResult {
    pub rows: Vec<InitiativeSummary>,
    pub total: i64,
    /// The `after` value of the next page, if there is one.
    pub next: Option<String>,
}

/// Names for the ids an initiative's history mentions: people, partners, sectors.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryNames {
    pub users: std::collections::HashMap<i64, String>,
    pub partners: std::collections::HashMap<i64, String>,
    pub sectors: std::collections::HashMap<i64, String>,
}

/// An initiative as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InitiativeDetail {
    pub initiative: Initiative,
    pub health: Health,
    pub sectors: Vec<String>,
    pub meeting_title: Option<String>,
    /// Its audit events, newest first, as stored (the interface words them).
    pub history: Vec<AuditEvent>,
    /// Every move of its deadline, newest first.
    pub deadline_moves: Vec<DeadlineMoveEntry>,
    pub names: HistoryNames,
    /// The signed-in user may edit this initiative and change its status.
    pub can_edit: bool,
    /// The signed-in user may delete it (admins, with a reason).
    pub can_delete: bool,
}

impl InitiativeDetail {
    pub fn next_statuses(&self) -> &'static [Status] {
        self.initiative.status.next()
    }
}

#[cfg(feature = "ssr")]
pub(crate) mod server {
    use super::Choice;

    use crate::domain::permission::{Action, RecordFacts, can};
    use crate::domain::{Initiative, Role, User};
    use crate::error::AppError;
    use crate::server::store::Store;

    pub fn facts(initiative: &Initiative) -> RecordFacts {
        initiative.facts()
    }

    pub fn not_found_status<T>(result: Result<T, AppError>) -> Result<T, AppError> {
        if let Err(AppError::NotFound(_)) = &result {
            crate::server::response::set_status(axum::http::StatusCode::NOT_FOUND);
        }
        result
    }

    /// The initiative, if this user may read it. Restricted records do not exist for viewers.
    pub async fn readable(store: &Store, user: &User, id: i64) -> Result<Initiative, AppError> {
        let initiative = store.initiative(id).await?;
        if !crate::domain::permission::can(user.actor(), Action::ReadInitiative, facts(&initiative))
        {
            return Err(AppError::not_found("Initiative"));
        }
        Ok(initiative)
    }

    /// Every sector, for selects.
    pub async fn sector_choices(store: &Store) -> Result<Vec<Choice>, AppError> {
        Ok(store
            .list_sectors()
            .await?
            .into_iter()
            .map(|s| Choice {
                id: s.id,
                label: if s.is_retired() {
                    format!("{} (retired)", s.name)
                } else {
                    s.name
                },
            })
            .collect())
    }

    /// The retired sectors' ids.
    pub async fn retired_sector_ids(store: &Store) -> Result<Vec<i64>, AppError> {
        Ok(store
            .list_sectors()
            .await?
            .into_iter()
            .filter(|s| s.is_retired())
            .map(|s| s.id)
            .collect())
    }

    /// People who may own initiatives (`active_only`: those who may be given one now).
    pub async fn owner_choices(store: &Store, active_only: bool) -> Result<Vec<Choice>, AppError> {
        Ok(store
            .list_users()
            .await?
            .into_iter()
            .filter(|u| (u.active || !active_only) && u.role != Role::Viewer)
            .map(|u| Choice {
                id: u.id,
                label: u.display_name,
            })
            .collect())
    }

    pub fn may(user: &User, action: Action, initiative: &Initiative) -> bool {
        can(user.actor(), action, facts(initiative))
    }

    /// Names for the ids an audit event may mention.
    pub async fn history_names(store: &Store) -> Result<super::HistoryNames, AppError> {
        Ok(super::HistoryNames {
            users: store
                .list_users()
                .await?
                .into_iter()
                .map(|u| (u.id, u.display_name))
                .collect(),
            partners: store
                .list_partners()
                .await?
                .into_iter()
                .map(|p| (p.id, p.name))
                .collect(),
            sectors: store
                .list_sectors()
                .await?
                .into_iter()
                .map(|s| (s.id, s.name))
                .collect(),
        })
    }
}

/// A page of initiatives matching the list's URL query.
#[server(endpoint = "list_initiatives")]
pub async fn list_initiatives(query: ListQuery) -> Result<ListResult, AppError> {
    use crate::domain::listing::encode_cursor;
    use crate::domain::permission::{Action, RecordFacts};
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::ReadInitiative, RecordFacts::default())?;
    let store = crate::server::state::store()?;
    let mut filter = query.filter();
    filter.hide_restricted = !crate::domain::permission::reads_restricted(user.role);
    let page = store
        .list_initiatives(
            &filter,
            query.sort(),
            query.cursor().as_ref(),
            LIST_PAGE_SIZE,
            crate::server::auth::today(),
        )
        .await?;
    // The rows, their count and the filter's choices are all named by the versions read with
    // the reader (the records' among them): the page may be served again until one changes.
    crate::server::http::kept_pages::may_keep_this_page();
    Ok(ListResult {
        rows: page.rows,
        total: page.total,
        next: page.next.as_ref().map(encode_cursor),
    })
}

/// The signed-in user's initiatives, what needs attention first: overdue, due soon, stale,
/// on track, then closed.
#[server(endpoint = "my_initiatives")]
pub async fn my_initiatives() -> Result<Vec<InitiativeSummary>, AppError> {
    use crate::domain::listing::attention_rank;
    use crate::domain::permission::{Action, RecordFacts};
    use crate::domain::{InitiativeFilter, InitiativeSort};
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::ReadInitiative, RecordFacts::default())?;
    let store = crate::server::state::store()?;
    let filter = InitiativeFilter {
        owner_id: Some(user.id),
        hide_restricted: !crate::domain::permission::reads_restricted(user.role),
        ..Default::default()
    };
    let mut rows = store
        .list_initiatives(
            &filter,
            InitiativeSort::Deadline,
            None,
            ATTENTION_LIMIT,
            crate::server::auth::today(),
        )
        .await?
        .rows;
    // Stable: within a health, the deadline order from the store stays.
    rows.sort_by_key(|row| attention_rank(row.health));
    Ok(rows)
}

/// Partners, sectors and possible owners for the forms and filters.
#[server(endpoint = "form_options")]
pub async fn load_form_options() -> Result<FormOptions, AppError> {
    use crate::domain::permission::{Action, RecordFacts, can};
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::ReadInitiative, RecordFacts::default())?;
    let store = crate::server::state::store()?;
    let (partners, tree) = store.partner_tree().await?;
    // Depth-first, children under their parent, each level by name.
    let partner_choices = tree
        .picker_order()
        .iter()
        .filter_map(|(position, depth)| {
            let partner = partners.get(*position)?;
            let retired = if partner.is_retired() {
                " (retired)"
            } else {
                ""
            };
            Some(Choice {
                id: partner.id,
                label: format!("{}{}{retired}", "\u{2003}".repeat(*depth), partner.name),
            })
        })
        .collect();
    let sectors = server::sector_choices(&store).await?;
    let retired_sectors = server::retired_sector_ids(&store).await?;
    let owners = server::owner_choices(&store, true).await?;
    let retired_partners = partners
        .iter()
        .filter(|p| p.is_retired())
        .map(|p| p.id)
        .collect();
    Ok(FormOptions {
        partners: partner_choices,
        retired_partners,
        sectors,
        retired_sectors,
        owners,
        can_reassign: can(
            user.actor(),
            Action::ReassignInitiative,
            RecordFacts::default(),
        ),
        user_id: user.id,
    })
}

/// One initiative with its history, for its page. 404 when it does not exist (or the user
/// may not know it does).
#[server(endpoint = "get_initiative")]
pub async fn get_initiative(id: String) -> Result<InitiativeDetail, AppError> {
    use crate::domain::permission::Action;
    let result = async {
        let user = crate::server::auth::require_user().await?;
        let id = crate::api::path_id(&id, "Initiative")?;
        let store = crate::server::state::store()?;
        let initiative = server::readable(&store, &user, id).await?;
        let names = server::history_names(&store).await?;
        let events = store.initiative_events(id).await?;
        let deadline_moves = match initiative.deadline_moves {
            0 => Vec::new(),
            _ => store.deadline_moves(id).await?,
        };
        let meeting_title = match initiative.meeting_id {
            // A meeting this reader may not see is not named; any other failure is the page's
            // (never kept as a page without its meeting).
            Some(meeting_id) => {
                match crate::api::meetings::readable_meeting(&store, &user, meeting_id).await {
                    Ok(meeting) => Some(meeting.title),
                    Err(AppError::NotFound(_) | AppError::Forbidden) => None,
                    Err(error) => return Err(error),
                }
            }
            None => None,
        };
        // The record, its history (audit events) and its meeting are named by the records'
        // version, the names by the reference tables', the permissions by the reader: the
        // page may be served again until one changes.
        crate::server::http::kept_pages::may_keep_this_page();
        Ok(InitiativeDetail {
            health: initiative.health(crate::server::auth::today()),
            sectors: initiative
                .sector_ids
                .iter()
                .filter_map(|id| names.sectors.get(id).cloned())
                .collect(),
            meeting_title,
            history: events,
            deadline_moves,
            names,
            can_edit: server::may(&user, Action::EditInitiative, &initiative),
            can_delete: server::may(&user, Action::DeleteRecord, &initiative),
            initiative,
        })
    }
    .await;
    server::not_found_status(result)
}

/// The values a new initiative's form starts with; from a meeting (`?meeting=ID`), its
/// partner, the sectors of the meeting's other initiatives, and the meeting itself.
#[server(endpoint = "new_initiative_defaults")]
pub async fn new_initiative_defaults(meeting: String) -> Result<InitiativeInput, AppError> {
    use crate::domain::permission::{Action, RecordFacts};
    use crate::domain::{InitiativeFilter, InitiativeSort};
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::CreateInitiative, RecordFacts::default())?;
    let mut input = InitiativeInput {
        owner_id: user.id.to_string(),
        status: "proposed".into(),
        obligor: "joint".into(),
        strength: "firm".into(),
        confidentiality: "internal".into(),
        ..Default::default()
    };
    let Ok(meeting_id) = crate::api::path_id(&meeting, "Meeting") else {
        return Ok(input);
    };
    let store = crate::server::state::store()?;
    // A link naming a meeting that is gone starts a blank form (never a server failure).
    let meeting = match store.meeting(meeting_id).await {
        Ok(meeting) => meeting,
        Err(crate::server::store::StoreError::NotFound(_)) => return Ok(input),
        Err(error) => return Err(error.into()),
    };
    input.partner_id = meeting.partner_id.to_string();
    input.meeting_id = meeting.id.to_string();
    // What came out of a restricted meeting starts restricted too.
    if meeting.confidentiality == crate::domain::Confidentiality::Restricted {
        input.confidentiality = meeting.confidentiality.as_str().to_owned();
    }
    let siblings = store
        .list_initiatives(
            &InitiativeFilter {
                meeting_id: Some(meeting.id),
                ..Default::default()
            },
            InitiativeSort::Deadline,
            None,
            ATTENTION_LIMIT,
            crate::server::auth::today(),
        )
        .await?;
    let mut sectors: Vec<i64> = Vec::new();
    for row in siblings.rows {
        if let Ok(initiative) = store.initiative(row.id).await {
            for id in initiative.sector_ids {
                if !sectors.contains(&id) {
                    sectors.push(id);
                }
            }
        }
    }
    input.sector_ids = sectors.iter().map(i64::to_string).collect();
    Ok(input)
}

/// Creates an initiative and goes to its page.
#[server(endpoint = "create_initiative")]
pub async fn create_initiative(input: InitiativeInput) -> Result<i64, AppError> {
    use crate::api::forms::saved_or_rejected;
    let result = async {
        use crate::domain::NewInitiative;
        use crate::domain::permission::{Action, RecordFacts};
        let user = crate::server::auth::require_user().await?;
        crate::server::auth::authorize(&user, Action::CreateInitiative, RecordFacts::default())?;
        let today = crate::server::auth::today();
        let new = NewInitiative::parse(&input, today)?;
        // Giving a new initiative to someone else is reassigning it.
        if new.fields.owner_id.is_some_and(|owner| owner != user.id) {
            crate::server::auth::authorize(
                &user,
                Action::ReassignInitiative,
                RecordFacts::default(),
            )
            .map_err(|_| AppError::field("owner_id", "You can only create initiatives you own."))?;
        }
        let store = crate::server::state::store()?;
        if let Some(meeting_id) = new.fields.meeting_id {
            let meeting = store.meeting(meeting_id).await?;
            crate::domain::initiative::check_deadline_after_meeting(
                new.fields.deadline,
                meeting.held_on,
            )?;
        }
        let created = store.create_initiative(&new, Some(user.id), today).await?;
        Ok(created.id)
    }
    .await;
    saved_or_rejected(result, "initiative", &input, "/initiatives").await
}

/// Saves an edit made on top of `version`. When someone else saved first the answer is
/// [`AppError::Conflict`] and nothing is written.
#[server(endpoint = "update_initiative")]
pub async fn update_initiative(
    id: i64,
    version: i64,
    input: InitiativeInput,
) -> Result<i64, AppError> {
    use crate::api::forms::saved_or_rejected;
    let result = async {
        use crate::domain::InitiativeFields;
        use crate::domain::permission::Writer;
        // The store judges the permission, the version and the status rules on the row
        // inside its transaction (404 for a record this user may not read, 403 for one they
        // may read but not change).
        let user = crate::server::auth::require_user().await?;
        let store = crate::server::state::store()?;
        let fields = InitiativeFields::parse_edit(&input)?;
        let saved = store
            .update_initiative(
                id,
                version,
                &fields,
                &input.deadline_reason,
                Writer::Person(user.actor()),
                crate::server::auth::today(),
            )
            .await?;
        Ok(saved.id)
    }
    .await;
    saved_or_rejected(result, "initiative", &input, "/initiatives").await
}

/// Records a status change or a progress note on top of `version`.
#[server(endpoint = "change_status")]
pub async fn change_status(
    id: i64,
    version: i64,
    input: StatusChangeInput,
) -> Result<(), AppError> {
    use crate::api::forms::{redirect_plain_form, reject};
    let result = async {
        use crate::domain::permission::Writer;
        let user = crate::server::auth::require_user().await?;
        let store = crate::server::state::store()?;
        store
            .change_status(
                id,
                version,
                &input,
                Writer::Person(user.actor()),
                crate::server::auth::today(),
            )
            .await?;
        Ok(())
    }
    .await;
    match result {
        Ok(()) => {
            redirect_plain_form(&format!("/initiatives/{id}"));
            Ok(())
        }
        Err(error) => Err(reject("status", error, &input).await),
    }
}
