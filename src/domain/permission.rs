//! Who may do what: one function of role × action × record, used by every server function
//! and route (and by the UI only to hide what cannot be done).

use serde::{Deserialize, Serialize};

use super::initiative::Confidentiality;
use super::user::Role;

/// The signed-in user, as far as permissions are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub user_id: i64,
    pub role: Role,
}

/// Who writes a record: a person, whose permission the store checks against the record as it
/// is inside the write's transaction, or a trusted caller (the seed, the CLI, tests), named in
/// the audit trail by its id if it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writer {
    Person(Actor),
    Trusted(Option<i64>),
}

impl Writer {
    /// The user the audit trail and the history name.
    pub fn user_id(self) -> Option<i64> {
        match self {
            Self::Person(actor) => Some(actor.user_id),
            Self::Trusted(id) => id,
        }
    }

    /// Whether this writer may do `action` on a record with `facts`.
    pub fn may(self, action: Action, facts: RecordFacts) -> bool {
        match self {
            Self::Person(actor) => can(actor, action, facts),
            Self::Trusted(_) => true,
        }
    }
}

impl From<Option<i64>> for Writer {
    fn from(user_id: Option<i64>) -> Self {
        Self::Trusted(user_id)
    }
}

/// What is being attempted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Action {
    /// Read an initiative (restricted ones are hidden from viewers).
    ReadInitiative,
    CreateInitiative,
    /// Edit fields or record a status update or note.
    EditInitiative,
    /// Give an initiative to another owner.
    ReassignInitiative,
    /// Read a meeting (restricted ones are hidden from viewers, like initiatives).
    ReadMeeting,
    CreateMeeting,
    EditMeeting,
    ViewDashboard,
    ManageUsers,
    ManagePartners,
    ManageSectors,
    /// Read the audit trail of every record.
    ReadAudit,
    /// Delete a meeting or an initiative, with a stated reason (kept in the audit trail).
    DeleteRecord,
}

/// The facts about a record that decide access to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RecordFacts {
    pub owner_id: Option<i64>,
    pub confidentiality: Option<Confidentiality>,
}

/// Whether `actor` may perform `action` on a record with `facts` (default facts for actions
/// that concern no particular record).
pub fn can(actor: Actor, action: Action, facts: RecordFacts) -> bool {
    let restricted = facts.confidentiality == Some(Confidentiality::Restricted);
    let owns = facts.owner_id == Some(actor.user_id);
    match (actor.role, action) {
        (Role::Admin, _) => true,
        (
            _,
            Action::ManageUsers
            | Action::ManagePartners
            | Action::ManageSectors
            | Action::ReadAudit
            | Action::DeleteRecord,
        ) => false,
        (Role::Manager, _) => true,
        (Role::Officer, Action::ReadInitiative | Action::ReadMeeting | Action::ViewDashboard) => {
            true
        }
        (Role::Officer, Action::CreateInitiative | Action::CreateMeeting | Action::EditMeeting) => {
            true
        }
        (Role::Officer, Action::EditInitiative) => owns,
        (Role::Officer, Action::ReassignInitiative) => false,
        (Role::Viewer, Action::ReadInitiative | Action::ReadMeeting) => !restricted,
        (Role::Viewer, Action::ViewDashboard) => true,
        (Role::Viewer, _) => false,
    }
}

/// Whether someone with `role` may read restricted initiatives at all, whoever owns them: lists,
/// "my initiatives", dashboards and briefs leave them out for those who may not (a restricted
/// initiative whose owner became a viewer included).
pub fn reads_restricted(role: Role) -> bool {
    let anyone = Actor { user_id: 0, role };
    let restricted = RecordFacts {
        owner_id: None,
        confidentiality: Some(Confidentiality::Restricted),
    };
    can(anyone, Action::ReadInitiative, restricted)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_ACTIONS: [Action; 13] = [
        Action::ReadInitiative,
        Action::CreateInitiative,
        Action::EditInitiative,
        Action::ReassignInitiative,
        Action::ReadMeeting,
        Action::CreateMeeting,
        Action::EditMeeting,
        Action::ViewDashboard,
        Action::ManageUsers,
        Action::ManagePartners,
        Action::ManageSectors,
        Action::ReadAudit,
        Action::DeleteRecord,
    ];

    fn actor(role: Role) -> Actor {
        Actor { user_id: 7, role }
    }

    fn owned_by(owner: i64, confidentiality: Confidentiality) -> RecordFacts {
        RecordFacts {
            owner_id: Some(owner),
            confidentiality: Some(confidentiality),
        }
    }

    #[test]
    fn admins_may_do_everything_and_only_admins_administer() {
        for action in ALL_ACTIONS {
            assert!(
                can(actor(Role::Admin), action, RecordFacts::default()),
                "{action:?}"
            );
        }
        for role in [Role::Manager, Role::Officer, Role::Viewer] {
            for action in [
                Action::ManageUsers,
                Action::ManagePartners,
                Action::ManageSectors,
                Action::ReadAudit,
                Action::DeleteRecord,
            ] {
                assert!(
                    !can(actor(role), action, RecordFacts::default()),
                    "{role:?} {action:?}"
                );
            }
        }
    }

    #[test]
    fn officers_edit_their_own_initiatives_only() {
        let officer = actor(Role::Officer);
        assert!(can(
            officer,
            Action::EditInitiative,
            owned_by(7, Confidentiality::Internal)
        ));
        assert!(!can(
            officer,
            Action::EditInitiative,
            owned_by(8, Confidentiality::Internal)
        ));
        assert!(!can(
            officer,
            Action::EditInitiative,
            RecordFacts::default()
        ));
        assert!(!can(
            officer,
            Action::ReassignInitiative,
            owned_by(7, Confidentiality::Internal)
        ));
        assert!(can(
            officer,
            Action::CreateInitiative,
            RecordFacts::default()
        ));
        assert!(can(officer, Action::CreateMeeting, RecordFacts::default()));
        assert!(can(
            officer,
            Action::ReadInitiative,
            owned_by(8, Confidentiality::Restricted)
        ));
    }

    #[test]
    fn managers_edit_and_reassign_everything() {
        let manager = actor(Role::Manager);
        assert!(can(
            manager,
            Action::EditInitiative,
            owned_by(8, Confidentiality::Restricted)
        ));
        assert!(can(
            manager,
            Action::ReassignInitiative,
            owned_by(8, Confidentiality::Internal)
        ));
    }

    #[test]
    fn viewers_read_what_is_not_restricted_and_change_nothing() {
        let viewer = actor(Role::Viewer);
        assert!(can(
            viewer,
            Action::ReadInitiative,
            owned_by(8, Confidentiality::Public)
        ));
        assert!(can(
            viewer,
            Action::ReadInitiative,
            owned_by(8, Confidentiality::Internal)
        ));
        assert!(!can(
            viewer,
            Action::ReadInitiative,
            owned_by(8, Confidentiality::Restricted)
        ));
        let meeting = |confidentiality| RecordFacts {
            owner_id: None,
            confidentiality: Some(confidentiality),
        };
        assert!(can(
            viewer,
            Action::ReadMeeting,
            meeting(Confidentiality::Internal)
        ));
        assert!(!can(
            viewer,
            Action::ReadMeeting,
            meeting(Confidentiality::Restricted)
        ));
        for action in [
            Action::CreateInitiative,
            Action::EditInitiative,
            Action::CreateMeeting,
            Action::EditMeeting,
        ] {
            assert!(
                !can(viewer, action, owned_by(7, Confidentiality::Public)),
                "{action:?}"
            );
        }
    }
}
