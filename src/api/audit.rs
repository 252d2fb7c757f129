//! Server function for the audit trail an admin reads.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api::initiatives::{Choice, HistoryNames};
use crate::domain::AuditEvent;
use crate::domain::audit::AuditQuery;
use crate::error::AppError;

/// One page of the audit trail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub query: AuditQuery,
    pub events: Vec<AuditEvent>,
    /// `(field, message)` for each filter value that made no sense (that filter was left out).
    pub errors: Vec<(String, String)>,
    /// Everyone who may have acted, for the "who" filter.
    pub people: Vec<Choice>,
    /// The link to older events with the same filters, when there are more.
    pub next: Option<String>,
    /// Names for the ids the events mention.
    pub names: HistoryNames,
}

/// Audit events newest first, filtered by who acted, the kind of record, the record and the
/// days. Admins only.
#[server(endpoint = "admin_audit")]
pub async fn get_audit(query: AuditQuery) -> Result<AuditPage, AppError> {
    use crate::domain::audit::AUDIT_PAGE_SIZE;
    use crate::domain::permission::{Action, RecordFacts};
    let user = crate::server::auth::require_user().await?;
    crate::server::auth::authorize(&user, Action::ReadAudit, RecordFacts::default())?;
    let store = crate::server::state::store()?;
    let (filter, errors) = query.filter();
    // One more than a page tells whether there is a next one.
    let mut events = store.audit_events(&filter, AUDIT_PAGE_SIZE + 1).await?;
    let next = (events.len() as i64 > AUDIT_PAGE_SIZE).then(|| {
        events.truncate(AUDIT_PAGE_SIZE as usize);
        events.last().map(|last| query.next_page(last.id))
    });
    let names = crate::api::initiatives::server::history_names(&store).await?;
    let mut people: Vec<Choice> = names
        .users
        .iter()
        .map(|(id, name)| Choice {
            id: *id,
            label: name.clone(),
        })
        .collect();
    people.sort_by(|a, b| a.label.cmp(&b.label));
    Ok(AuditPage {
        errors: errors
            .iter()
            .map(|(field, message)| (field.to_owned(), message.to_owned()))
            .collect(),
        query,
        events,
        people,
        next: next.flatten(),
        names,
    })
}
